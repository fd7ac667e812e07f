/** Command-line parsing for `mlsd`; usage errors are thrown as UsageError (exit code 2). */

export class UsageError extends Error {}

export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface LintArgs {
  command: 'lint';
  format: OutputFormat;
  quiet: boolean;
  /** Parse Mermaid diagrams with Mermaid (mermaid-syntax, mermaid-unknown-type); off with --no-diagrams. */
  diagrams: boolean;
  /** An explicit config file for every file; otherwise each file's nearest `.mlsdrc.*` applies. */
  config?: string;
  paths: string[];
}

/** `mlsd export FILE --html OUT.html`: a self-contained HTML page of the preview. */
export interface ExportArgs {
  command: 'export';
  file: string;
  html: string;
  config?: string;
}

/** `mlsd new CASE [--yaml] [-o FILE] [--force]`: a template, printed or written to FILE. */
export interface NewArgs {
  command: 'new';
  template: string;
  /** Unset: YAML when FILE ends in .yaml / .yml, Markdown otherwise. */
  format?: 'markdown' | 'yaml';
  output?: string;
  force: boolean;
}

/** `mlsd explain FILE [--step ID] [--format text|json]`: why each step got its state. */
export interface ExplainArgs {
  command: 'explain';
  file: string;
  /** A step id or number as typed; checked against the steps when the command runs. */
  step?: string;
  format: 'text' | 'json';
}

export type CliArgs =
  LintArgs | ExportArgs | NewArgs | ExplainArgs | { command: 'cases' } | { command: 'help' } | { command: 'version' };

export const usage = `Usage: mlsd <command> [options]

Commands:
  lint [options] PATH...   Lint design docs (files or folders).
                           Folders are searched for *.mlsd.md, *.mlsd.yaml, *.mlsd.yml and
                           Markdown/YAML files with an mlsd: key (minus the config's "ignore"
                           globs); every file named explicitly is linted.
Lint options:
  -f, --format text|json|sarif   Output format (default text). sarif: SARIF 2.1.0 for GitHub
                                 code scanning.
  -c, --config FILE              Use this config file for every file instead of the nearest
                                 .mlsdrc.json / .mlsdrc.yaml / .mlsdrc.yml up the folder tree.
  -q, --quiet                    Print errors only.
      --no-diagrams              Do not parse Mermaid diagrams with Mermaid (skips mermaid-syntax
                                 and mermaid-unknown-type, and Mermaid's start-up time).
  explain FILE [--step ID] [-f, --format text|json]
                           Show why each step (or the one given by id or number, e.g. "model"
                           or 4) got its state: the headings naming it, the evidence found and
                           where, what counted and what did not (negated, deferred, asked).
  export FILE --html OUT.html    Write a self-contained HTML preview of a design doc: text,
         [-c, --config FILE]     Mermaid diagrams (rendered in the page) and step coverage.
  report FILE [-f, --format text|json|html] [-o, --output OUT] [-c, --config FILE]
                           Readiness report: per step its state, sub-topics covered and missing
                           and findings; rubric signals with the lines they rest on; the ML Test
                           Score; a 0-100 score. html: one self-contained page with a chart.
  new CASE [--yaml] [-o FILE] [--force]
                           Print a new design doc for a case study (or "blank", "quick-45"), or
                           write it to FILE (--yaml is implied by FILE ending in .yaml or .yml).
                           An existing FILE is only replaced with --force.
  cases                    List the template ids with a one-line description each.
Options:
  -h, --help      Show this help.
  -v, --version   Show the version.

Exit codes: 0 no errors (explain: done), 1 errors found (lint), 2 bad usage, unreadable input or a broken config file.`;

/** The value of `--name VALUE` or `--name=VALUE`; advances past it. */
function optionValue(arg: string, rest: readonly string[], at: { i: number }): string | undefined {
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++at.i];
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'export') return parseExportArgs(rest);
  if (command === 'new') return parseNewArgs(rest);
  if (command === 'explain') return parseExplainArgs(rest);
  if (command === 'cases') {
    if (rest.length) throw new UsageError(`cases takes no arguments, got "${rest[0]}"`);
    return { command: 'cases' };
  }
  if (command !== 'lint')
    throw new UsageError(`unknown command "${command}" (expected "lint", "explain", "export", "new" or "cases")`);
  const args: LintArgs = { command: 'lint', format: 'text', quiet: false, diagrams: true, paths: [] };
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const arg = rest[at.i];
    if (arg === '--quiet' || arg === '-q') args.quiet = true;
    else if (arg === '--no-diagrams') args.diagrams = false;
    else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = optionValue(arg, rest, at);
      if (!outputFormats.includes(value as OutputFormat)) {
        throw new UsageError(`--format must be "text", "json" or "sarif", got "${value ?? ''}"`);
      }
      args.format = value as OutputFormat;
    } else if (arg === '--config' || arg === '-c' || arg.startsWith('--config=')) {
      const value = optionValue(arg, rest, at);
      if (!value) throw new UsageError('--config needs a file');
      args.config = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) throw new UsageError('lint needs at least one file or folder');
  return args;
}

function parseExportArgs(rest: readonly string[]): ExportArgs {
  const files: string[] = [];
  let html: string | undefined;
  let config: string | undefined;
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const arg = rest[at.i];
    if (arg === '--html' || arg.startsWith('--html=')) {
      html = optionValue(arg, rest, at);
      if (!html) throw new UsageError('--html needs an output file');
    } else if (arg === '--config' || arg === '-c' || arg.startsWith('--config=')) {
      config = optionValue(arg, rest, at);
      if (!config) throw new UsageError('--config needs a file');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError('export needs exactly one design doc');
  if (!html) throw new UsageError('export needs --html OUT.html');
  return { command: 'export', file: files[0], html, ...(config ? { config } : {}) };
}

function parseNewArgs(rest: readonly string[]): NewArgs {
  const ids: string[] = [];
  const args: NewArgs = { command: 'new', template: '', force: false };
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const arg = rest[at.i];
    if (arg === '--yaml') args.format = 'yaml';
    else if (arg === '--force') args.force = true;
    else if (arg === '--output' || arg === '-o' || arg.startsWith('--output=')) {
      args.output = optionValue(arg, rest, at);
      if (!args.output) throw new UsageError(`${arg.replace(/=.*$/, '')} needs a file`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else ids.push(arg);
  }
  if (ids.length !== 1) throw new UsageError('new needs exactly one template id (see "mlsd cases")');
  args.template = ids[0];
  return args;
}

function parseExplainArgs(rest: readonly string[]): ExplainArgs {
  const files: string[] = [];
  const args: ExplainArgs = { command: 'explain', file: '', format: 'text' };
  for (const at = { i: 0 }; at.i < rest.length; at.i++) {
    const arg = rest[at.i];
    if (arg === '--step' || arg.startsWith('--step=')) {
      args.step = optionValue(arg, rest, at);
      if (!args.step) throw new UsageError('--step needs a step id or number (1-7)');
    } else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = optionValue(arg, rest, at);
      if (value !== 'text' && value !== 'json')
        throw new UsageError(`explain --format must be "text" or "json", got "${value ?? ''}"`);
      args.format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError('explain needs exactly one design doc');
  args.file = files[0];
  return args;
}
