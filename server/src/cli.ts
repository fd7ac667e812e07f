import { resolve } from 'node:path';
import { commandSpecs, parseArgs, UsageError, type LintArgs } from './cli/args';
import { runExplain } from './cli/explain';
import { runReport } from './cli/readiness';
import { runExport } from './cli/export';
import { collectDesignDocs, InputError } from './cli/files';
import { casesText, runNew } from './cli/new';
import { commandHelp, overviewHelp } from './cli/help';
import { formatProblem } from './cli/problems';
import { formatJson, formatText, type FileReport } from './cli/report';
import { formatSarif } from './cli/sarif';
import {
  ConfigLoader,
  coverageSummary,
  defaultRules,
  lint,
  parseDesignDoc,
  planDocument,
  plannedFormat,
  type ConfigProblem,
  type DocumentPlan,
} from './engine';
import { nodeConfigHost } from './workspace';
import { diagramOutcomes } from './cli/diagrams';

declare const MLSD_VERSION: string | undefined;
const version = typeof MLSD_VERSION === 'string' ? MLSD_VERSION : 'dev';

/** A config file with problems: the CLI stops (exit 2) rather than lint with settings the user did not mean. */
class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super('broken config file');
  }
}

/** The plan of each file, with the config given with --config, else the nearest `.mlsdrc.*` up the tree. */
function planSource(args: LintArgs): (path: string) => DocumentPlan {
  const loader = new ConfigLoader(nodeConfigHost, args.config);
  return (path) => {
    const absolute = resolve(path);
    const config = loader.forDocument(absolute);
    if (config?.problems.length) throw new ConfigError(config.problems);
    return planDocument(absolute, { config });
  };
}

async function lintFiles(args: LintArgs): Promise<FileReport[]> {
  const planFor = planSource(args);
  const files = await collectDesignDocs(args.paths, (path, text) => plannedFormat(planFor(path), resolve(path), text));
  if (files.length === 0)
    throw new InputError(
      `no design doc found in ${args.paths.join(', ')} (design docs are *.mlsd.md, *.mlsd.yaml or Markdown/YAML files with an "mlsd:" key)`,
    );
  const docs = files.map((file) => parseDesignDoc(file.text, file.format));
  const diagrams = args.diagrams ? await diagramOutcomes(docs) : undefined;
  return files.map((file, i) => {
    const { severities } = planFor(file.path);
    return {
      path: file.path,
      steps: coverageSummary(docs[i]).steps,
      findings: lint(docs[i], { rules: defaultRules, severities, diagrams }),
    };
  });
}

/** Exit 0 without errors, 1 with errors, 2 on bad usage, unreadable input or a broken config file. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0) {
    process.stderr.write(
      `Usage: mlsd <command> [options]   (commands: ${commandSpecs.map((spec) => spec.name).join(', ')})\nSee "mlsd --help".\n`,
    );
    return 2;
  }
  if (argv[0] === 'report') {
    const { code, stdout, errors } = await runReport(argv.slice(1));
    process.stdout.write(stdout);
    for (const error of errors) process.stderr.write(`mlsd: ${error}\n`);
    return code;
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`mlsd: ${error.message}\nSee "mlsd ${error.command ? `${error.command} ` : ''}--help".\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(`${args.topic ? commandHelp(args.topic) : overviewHelp(commandSpecs)}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (args.command === 'export') {
    const { code, messages } = runExport(args);
    for (const message of messages)
      (code === 0 ? process.stdout : process.stderr).write(`${code === 0 ? '' : 'mlsd: '}${message}\n`);
    return code;
  }
  if (args.command === 'cases') {
    process.stdout.write(`${casesText()}\n`);
    return 0;
  }
  if (args.command === 'new' || args.command === 'explain') {
    const { code, stdout, errors } = args.command === 'new' ? runNew(args) : await runExplain(args);
    process.stdout.write(stdout);
    for (const error of errors) process.stderr.write(`mlsd: ${error}\n`);
    return code;
  }
  let reports: FileReport[];
  try {
    reports = await lintFiles(args);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`mlsd: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`mlsd: ${formatProblem(problem)}\n`);
      return 2;
    }
    // Input the engine cannot process is bad input too: exit 2, never 1 ("errors found"). This one is a bug in mlsd,
    // so its trace is worth reporting.
    process.stderr.write(
      `mlsd: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    return 2;
  }
  const output =
    args.format === 'json'
      ? formatJson(reports)
      : args.format === 'sarif'
        ? formatSarif(reports, { rules: defaultRules, version, cwd: process.cwd() })
        : formatText(reports, args.quiet);
  if (output) process.stdout.write(`${output}\n`);
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
