import { resolve } from 'node:path';
import { parseArgs, UsageError, usage, type LintArgs } from './cli/args';
import { runExport } from './cli/export';
import { collectDesignDocs, InputError } from './cli/files';
import { casesText, runNew } from './cli/new';
import { formatJson, formatText, type FileReport } from './cli/report';
import { formatSarif } from './cli/sarif';
import { allRules, coverageSummary, designDocFormat, lint, parseDesignDoc } from './engine';
import { designDocGlobsFor, effectiveSeverities, isIgnored, resolveConfig, type ConfigProblem, type ResolvedConfig } from './engine/config';
import { ConfigLoader, fileSystemConfigHost } from './engine/configFile';
import { formatProblem } from './cli/problems';

declare const MLSD_VERSION: string | undefined;
const version = typeof MLSD_VERSION === 'string' ? MLSD_VERSION : 'dev';

/** A config file with problems: the CLI stops (exit 2) rather than lint with settings the user did not mean. */
class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super('broken config file');
  }
}

/** The config of each file: the one given with --config, else the nearest `.mlsdrc.*` up the tree. */
function configSource(args: LintArgs): (path: string) => ResolvedConfig | undefined {
  const explicit = args.config ? resolveConfig(resolve(args.config), fileSystemConfigHost) : undefined;
  const loader = new ConfigLoader();
  return (path) => {
    const config = explicit ?? loader.forDocument(resolve(path));
    if (config?.problems.length) throw new ConfigError(config.problems);
    return config;
  };
}


function lintFiles(args: LintArgs): FileReport[] {
  const configFor = configSource(args);
  const files = collectDesignDocs(args.paths, (path, text) => {
    const absolute = resolve(path);
    const config = configFor(absolute);
    if (config && isIgnored(absolute, config.ignore)) return undefined;
    const { globs, path: matched } = designDocGlobsFor(absolute, config);
    return designDocFormat(matched, text, globs);
  });
  return files.map((file) => {
    const doc = parseDesignDoc(file.text, file.format);
    const severities = effectiveSeverities(configFor(resolve(file.path)));
    return { path: file.path, steps: coverageSummary(doc).steps, findings: lint(doc, { severities }) };
  });
}

/** `mlsd lint`: exit 0 without errors, 1 with errors, 2 on bad usage, unreadable input or a broken config file. */
function main(argv: readonly string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`mlsd: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (args.command === 'export') {
    const { code, messages } = runExport(args);
    for (const message of messages) (code === 0 ? process.stdout : process.stderr).write(`${code === 0 ? '' : 'mlsd: '}${message}\n`);
    return code;
  }
  if (args.command === 'cases') {
    process.stdout.write(`${casesText()}\n`);
    return 0;
  }
  if (args.command === 'new') {
    const { code, stdout, errors } = runNew(args);
    process.stdout.write(stdout);
    for (const error of errors) process.stderr.write(`mlsd: ${error}\n`);
    return code;
  }
  let reports: FileReport[];
  try {
    reports = lintFiles(args);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`mlsd: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`mlsd: ${formatProblem(problem)}\n`);
      return 2;
    }
    // Input the engine cannot process is bad input too: exit 2, never 1 ("errors found").
    process.stderr.write(`mlsd: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 2;
  }
  const output =
    args.format === 'json'
      ? formatJson(reports)
      : args.format === 'sarif'
        ? formatSarif(reports, { rules: allRules, version, cwd: process.cwd() })
        : formatText(reports, args.quiet);
  if (output) process.stdout.write(`${output}\n`);
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
