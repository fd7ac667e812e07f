/**
 * `mlsd lint`: finds the design docs (or reads standard input), lints each with its config, and prints the report.
 * Exit 0 without errors, 1 with errors or too many warnings, 2 on a missing path, nothing to lint, unreadable input
 * or a broken config file.
 */
import { cliConfigs } from './configHost';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import {
  defaultRules,
  namedFileFormat,
  planDocument,
  plannedFormat,
  type ConfigProblem,
  type DocumentPlan,
} from '../engine';
import { fileUri } from '../workspace/node';
import type { LintArgs } from './args';
import { lintDiagramChecker } from './diagrams';
import { decodeText } from '../workspace';
import { collectDesignDocs, InputError, type DesignDocs, type SkippedFile } from './files';
import { fixDiff } from './fix';
import { OutputError, replaceFile } from './outputFile';
import { LintLanes, type LintInput } from './parallelLint';
import type { CommandOutput } from './output';
import { formatGithub } from './githubAnnotations';
import { formatJunit } from './junit';
import { formatProblem } from './problems';
import { errorsOnly, formatJson, formatText, severityCounts, type FileReport } from './report';
import { formatSarif } from './sarif';

/** A config file with problems: the CLI stops (exit 2) rather than lint with settings the user did not mean. */
class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super('broken config file');
  }
}

export interface LintEnvironment {
  version: string;
  /** Standard input, read only for `-` / `--stdin`. */
  readStdin: () => Promise<Uint8Array>;
  /** Whether stdout is a terminal that shows colours. */
  colorTerminal: boolean;
}

/** What standard input is called in reports when --stdin-filename does not name it. */
const stdinName = '<stdin>';

/** The plan of each file, with the config given with --config, else the nearest `.mlsdrc.*` up the tree. */
function planSource(args: LintArgs): (path: string) => Promise<DocumentPlan> {
  const configOf = cliConfigs(args.paths, args.config);
  return async (path) => {
    const config = await configOf(path);
    if (config?.problems.length) throw new ConfigError(config.problems);
    return planDocument(fileUri(resolve(path)), { config });
  };
}

async function stdinDoc(args: LintArgs, env: LintEnvironment): Promise<DesignDocs> {
  const path = args.stdinFilename ?? stdinName;
  const read = decodeText(await env.readStdin());
  if ('skipped' in read) return { files: [], skipped: [{ path, reason: read.skipped }] };
  return { files: [{ path, text: read.text, format: namedFileFormat(path) }], skipped: [] };
}

export async function runLint(args: LintArgs, env: LintEnvironment): Promise<CommandOutput> {
  const planFor = planSource(args);
  let reports: FileReport[];
  let found: DesignDocs;
  const fixLines: string[] = [];
  let diff = '';
  const diagrams = args.diagrams ? lintDiagramChecker() : undefined;
  const lanes = new LintLanes({
    jobs: args.jobs ?? availableParallelism(),
    fix: args.fix !== undefined,
    // Fixes never touch a diagram, and outcomes are keyed by diagram source: one Mermaid worker serves every file.
    diagrams: diagrams && (async (sources) => (await diagrams.check(sources)).outcomes),
    workerScript: __filename,
  });
  try {
    found = args.stdin
      ? await stdinDoc(args, env)
      : await collectDesignDocs(
          args.paths,
          async (path, text) => plannedFormat(await planFor(path), resolve(path), text),
          (files) => lanes.expect(files),
        );
    const inputs: LintInput[] = [];
    for (const file of found.files)
      inputs.push({ text: file.text, format: file.format, config: (await planFor(file.path)).config });
    const linted = await lanes.lintFiles(inputs);
    reports = found.files.map((file, index) => {
      const { findings, steps, fixed } = linted[index];
      if (fixed && fixed.text !== file.text && args.fix === 'write') writeFile(file.path, fixed.text);
      if (fixed && fixed.text !== file.text && args.fix === 'dry-run')
        diff += fixDiff(file.path, file.text, fixed.text);
      fixLines.push(
        ...(fixed?.applied ?? []).map(
          (title) => `${file.path}: ${args.fix === 'write' ? 'fixed' : 'would fix'}: ${title}`,
        ),
      );
      return { path: file.path, steps, findings };
    });
  } catch (error) {
    if (error instanceof InputError) return { code: 2, stdout: '', errors: [error.message] };
    if (error instanceof ConfigError) return { code: 2, stdout: '', errors: error.problems.map(formatProblem) };
    throw error;
  } finally {
    await Promise.all([lanes.close(), diagrams?.stop()]);
  }
  const skippedLines = found.skipped.map((file) => `${file.path}: skipped: ${file.reason}`);
  if (reports.length === 0) {
    const none = found.skipped.length
      ? 'nothing to lint: every file found was skipped'
      : `no design doc found in ${args.paths.join(', ')} (design docs are *.mlsd.md, *.mlsd.yaml or Markdown/YAML files with an "mlsd:" key)`;
    return { code: 2, stdout: '', errors: [...skippedLines, none] };
  }
  const shown = args.quiet ? errorsOnly(reports) : reports;
  const output = args.fix === 'dry-run' ? diff.trimEnd() : formatReport(args, env, shown, found.skipped);
  const counts = severityCounts(reports);
  const tooManyWarnings = args.maxWarnings !== undefined && counts.warning > args.maxWarnings;
  return {
    code: counts.error > 0 || tooManyWarnings ? 1 : 0,
    stdout: output ? `${output}\n` : '',
    errors: [
      ...skippedLines,
      ...fixLines,
      ...(tooManyWarnings
        ? [`too many warnings: ${counts.warning}, at most ${args.maxWarnings} allowed (--max-warnings)`]
        : []),
    ],
  };
}

function formatReport(
  args: LintArgs,
  env: LintEnvironment,
  reports: readonly FileReport[],
  skipped: readonly SkippedFile[],
): string {
  switch (args.format) {
    case 'json':
      return formatJson(reports, skipped);
    case 'sarif':
      return formatSarif(reports, { rules: defaultRules, version: env.version, cwd: process.cwd() });
    case 'junit':
      return formatJunit(reports);
    case 'github':
      return formatGithub(reports);
    case 'text':
      return formatText(reports, {
        quiet: args.quiet,
        color: args.color && env.colorTerminal,
        skipped: skipped.length,
      });
  }
}

/** Writes a fixed file; a file that cannot be written is unreadable input in the other direction (exit 2). */
function writeFile(path: string, text: string): void {
  try {
    replaceFile(path, text);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    throw new InputError(`${path}: cannot write the fixes: ${error.message}`);
  }
}
