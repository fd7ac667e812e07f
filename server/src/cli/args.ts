/**
 * The `mlsd` commands: each one's options and help (the specs), and the typed arguments read from a command line.
 * Mistakes are thrown as UsageError (exit code 2, one line and a pointer to the command's help).
 */
import { closest } from '../engine';
import {
  choiceOption,
  countOption,
  flag,
  parseCommandLine,
  stringOption,
  UsageError,
  type CommandLine,
  type CommandSpec,
} from './commandLine';

export { UsageError } from './commandLine';

export const outputFormats = ['text', 'json', 'sarif', 'junit', 'github'] as const;
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
  /** Read one design doc from standard input (`-` or `--stdin`), named `stdinFilename` when given. */
  stdin: boolean;
  stdinFilename?: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Insert the fixes in the files (`write`) or print them as a diff (`dry-run`). */
  fix?: 'write' | 'dry-run';
  /** False with --no-color; otherwise colours follow the terminal. */
  color: boolean;
  /** How many files are linted at once (the main thread and jobs - 1 worker threads); unset: one per core. */
  jobs?: number;
}

/** `mlsd export FILE --html OUT.html [--force]`: a self-contained HTML page of the preview. */
export interface ExportArgs {
  command: 'export';
  file: string;
  html: string;
  config?: string;
  /** Replace an existing OUT.html (never the design doc itself). */
  force: boolean;
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

/**
 * `mlsd report FILE [--format text|json|html] [-o OUT [--force]] [-c FILE] [--session SESSION.json]`: the readiness
 * report of one design doc, with a practice session's time per step when a session file is given.
 */
export interface ReportArgs {
  command: 'report';
  file: string;
  format: 'text' | 'json' | 'html';
  output?: string;
  /** Replace an existing OUT (never the design doc, its config or its session file). */
  force: boolean;
  config?: string;
  session?: string;
}

/** `mlsd help [COMMAND]`, `mlsd COMMAND --help`, `mlsd --help`: the overview, or one command's help. */
export interface HelpArgs {
  command: 'help';
  topic?: CommandSpec;
}

export type CliArgs =
  LintArgs | ExportArgs | NewArgs | ExplainArgs | ReportArgs | HelpArgs | { command: 'cases' } | { command: 'version' };

const lintSpec: CommandSpec = {
  name: 'lint',
  summary: 'Lint design docs: files, folders, quoted glob patterns, or - for standard input.',
  usage: ['mlsd lint [options] PATH...', 'mlsd lint [options] - | --stdin [--stdin-filename NAME]'],
  description: [
    'A file named on the command line is always linted. Folders and quoted glob patterns ("docs/**/*.md") are',
    "searched for design docs: files named *.mlsd.md, *.mlsd.yaml, *.mlsd.yml (or the config's designDocGlobs)",
    'and Markdown or YAML files with an mlsd: key. Files matched by .gitignore or the config\'s "ignore" are left',
    'out, and so are hidden folders and node_modules. Binary files, files that are not UTF-8 and files over 8 MB',
    'are skipped with the reason. Each file uses its nearest .mlsdrc.json / .mlsdrc.yaml / .mlsdrc.yml.',
    '',
    'Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 bad usage, a path that',
    'does not exist, no design doc found, unreadable input or a broken config file.',
  ],
  options: [
    {
      name: 'format',
      short: 'f',
      value: 'FORMAT',
      help: 'text (default), json, sarif (SARIF 2.1.0 for code scanning), junit (JUnit XML for test dashboards) or github (GitHub Actions annotations).',
    },
    {
      name: 'config',
      short: 'c',
      value: 'FILE',
      help: 'Use this config file for every file instead of the nearest one.',
    },
    { name: 'quiet', short: 'q', help: 'Report errors only.' },
    {
      name: 'no-diagrams',
      help: "Do not parse Mermaid diagrams with Mermaid (skips mermaid-syntax and mermaid-unknown-type, and Mermaid's start-up time).",
    },
    { name: 'max-warnings', value: 'N', help: 'Exit 1 when there are more than N warnings.' },
    {
      name: 'jobs',
      short: 'j',
      value: 'N',
      help: 'Lint N files at once, in worker threads (default: one per core); the output is the same for any N.',
    },
    {
      name: 'fix',
      help: 'Insert the fixes mlsd has (missing steps, prompts, sub-topic skeletons) into the files; each is listed on stderr.',
    },
    {
      name: 'fix-dry-run',
      help: 'Print the fixes as a unified diff (for git apply) and change nothing; the exit code is the one --fix would give.',
    },
    { name: 'stdin', help: 'Lint the design doc read from standard input (the same as the path -).' },
    {
      name: 'stdin-filename',
      value: 'NAME',
      help: 'The path standard input stands for: its format, its config file and the name in the report.',
    },
    {
      name: 'no-color',
      help: 'No colours. Colours are used only when the output is a terminal (and NO_COLOR is unset).',
    },
  ],
};

const explainSpec: CommandSpec = {
  name: 'explain',
  summary: 'Show why each step of a design doc got its state.',
  usage: ['mlsd explain FILE [--step ID] [--format text|json]'],
  description: [
    'Shows, for each step (or the one given by id or number, e.g. "model" or 4), what its state rests on: the',
    'headings naming it, the evidence found and where, what counted and what did not (negated, deferred, asked).',
    '',
    'Exit codes: 0 done, 2 bad usage, a missing file or an unknown step.',
  ],
  options: [
    { name: 'step', value: 'ID', help: 'Only this step: an id (requirements ... monitoring) or a number (1-7).' },
    { name: 'format', short: 'f', value: 'FORMAT', help: 'text (default) or json.' },
  ],
};

const exportSpec: CommandSpec = {
  name: 'export',
  summary: 'Write the preview of a design doc as a self-contained HTML page.',
  usage: ['mlsd export FILE --html OUT.html [--config FILE] [--force]'],
  description: [
    'The page holds the text, the Mermaid diagrams (rendered in the page) and the step coverage, and loads',
    'nothing from the network.',
    '',
    'Exit codes: 0 written, 2 bad usage, unreadable input, a broken config file or an output that cannot be written.',
  ],
  options: [
    { name: 'html', value: 'OUT.html', help: 'The page to write.' },
    { name: 'config', short: 'c', value: 'FILE', help: 'Use this config file instead of the nearest one.' },
    { name: 'force', help: 'Replace OUT.html when it exists.' },
  ],
};

const reportSpec: CommandSpec = {
  name: 'report',
  summary: 'Readiness report of a design doc: coverage, rubric signals, ML Test Score and a 0-100 score.',
  usage: ['mlsd report FILE [--format text|json|html] [-o OUT [--force]] [--config FILE] [--session SESSION.json]'],
  description: [
    'Per step its state, the sub-topics covered and missing and its findings; the rubric signals with the lines',
    'they rest on; the ML Test Score; a score from 0 to 100. html: one self-contained page with a chart.',
    "With --session, the time spent on each step against its budget and the earlier sessions' scores, from a",
    'session file the editor exported ("mlsd: Export Practice Session").',
    '',
    'Exit codes: 0 done, 2 bad usage, unreadable input, a broken config or session file or an output that cannot be',
    'written.',
  ],
  options: [
    { name: 'format', short: 'f', value: 'FORMAT', help: 'text (default), json or html.' },
    { name: 'output', short: 'o', value: 'OUT', help: 'Write the report to OUT instead of printing it.' },
    { name: 'force', help: 'Replace OUT when it exists.' },
    { name: 'config', short: 'c', value: 'FILE', help: 'Use this config file instead of the nearest one.' },
    { name: 'session', value: 'SESSION.json', help: 'A practice session exported by the editor.' },
  ],
};

const newSpec: CommandSpec = {
  name: 'new',
  summary: 'Print a new design doc for a case study, or write it to a file.',
  usage: ['mlsd new CASE [--yaml] [-o FILE] [--force]'],
  description: [
    'CASE is a case study id (see mlsd cases), "blank" or "quick-45". Without -o the doc is printed.',
    '',
    'Exit codes: 0 done, 2 bad usage, an unknown case or a file that cannot be written.',
  ],
  options: [
    { name: 'yaml', help: 'A YAML design doc (implied when FILE ends in .yaml or .yml).' },
    { name: 'output', short: 'o', value: 'FILE', help: 'Write the doc to FILE.' },
    { name: 'force', help: 'Replace FILE when it exists.' },
  ],
};

const casesSpec: CommandSpec = {
  name: 'cases',
  summary: 'List the template ids with a one-line description each.',
  usage: ['mlsd cases'],
  description: [],
  options: [],
};

const helpSpec: CommandSpec = {
  name: 'help',
  summary: 'Show the help of a command.',
  usage: ['mlsd help [COMMAND]'],
  description: [],
  options: [],
};

/** Every command, in the order the overview lists them. */
export const commandSpecs: readonly CommandSpec[] = [
  lintSpec,
  explainSpec,
  reportSpec,
  exportSpec,
  newSpec,
  casesSpec,
  helpSpec,
];

function commandNamed(name: string): CommandSpec {
  const spec = commandSpecs.find((candidate) => candidate.name === name);
  if (spec) return spec;
  const guess = closest(
    name,
    commandSpecs.map((candidate) => candidate.name),
  );
  throw new UsageError(`unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const [first, ...rest] = argv;
  if (first === undefined)
    throw new UsageError('a command is needed: lint, explain, report, export, new, cases or help');
  if (first === '-h' || first === '--help') return { command: 'help' };
  if (first === '-v' || first === '--version') return { command: 'version' };
  if (first.startsWith('-')) throw new UsageError(`"${first}" is not a command; the command comes first`);
  const spec = commandNamed(first);
  const line = parseCommandLine(spec, rest);
  if (flag(line, 'help')) return { command: 'help', topic: spec };
  switch (spec.name) {
    case 'lint':
      return lintArgs(line);
    case 'explain':
      return explainArgs(line);
    case 'export':
      return exportArgs(line);
    case 'new':
      return newArgs(line);
    case 'report':
      return reportArgs(line);
    case 'help':
      if (line.positionals.length > 1) throw new UsageError('help takes one command at most', 'help');
      return {
        command: 'help',
        topic: line.positionals[0] === undefined ? undefined : commandNamed(line.positionals[0]),
      };
    default:
      if (line.positionals.length)
        throw new UsageError(`cases takes no arguments, got "${line.positionals[0]}"`, 'cases');
      return { command: 'cases' };
  }
}

function lintArgs(line: CommandLine): LintArgs {
  const stdin = flag(line, 'stdin') || line.positionals.includes('-');
  const paths = line.positionals.filter((path) => path !== '-');
  const stdinFilename = stringOption(line, 'stdin-filename');
  const format = choiceOption(line, 'lint', 'format', outputFormats);
  if (stdin && paths.length) throw new UsageError('standard input (- or --stdin) cannot be linted with paths', 'lint');
  if (!stdin && paths.length === 0) throw new UsageError('lint needs a file, a folder, a glob pattern or -', 'lint');
  if (stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename goes with - or --stdin', 'lint');
  const fix = flag(line, 'fix') ? 'write' : flag(line, 'fix-dry-run') ? 'dry-run' : undefined;
  if (flag(line, 'fix') && flag(line, 'fix-dry-run')) throw new UsageError('choose --fix or --fix-dry-run', 'lint');
  if (fix === 'write' && stdin)
    throw new UsageError('--fix writes files; for standard input use --fix-dry-run to see the diff', 'lint');
  if (fix === 'dry-run' && format !== undefined)
    throw new UsageError('--fix-dry-run prints a diff; it takes no --format', 'lint');
  const maxWarnings = countOption(line, 'lint', 'max-warnings', 0);
  const jobs = countOption(line, 'lint', 'jobs', 1);
  const config = stringOption(line, 'config');
  return {
    command: 'lint',
    format: format ?? 'text',
    quiet: flag(line, 'quiet'),
    diagrams: !flag(line, 'no-diagrams'),
    ...(config ? { config } : {}),
    paths,
    stdin,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
    ...(fix ? { fix } : {}),
    color: !flag(line, 'no-color'),
  };
}

function oneFile(line: CommandLine, command: string, what: string): string {
  if (line.positionals.length !== 1) throw new UsageError(`${command} needs exactly one ${what}`, command);
  return line.positionals[0];
}

function explainArgs(line: CommandLine): ExplainArgs {
  const step = stringOption(line, 'step');
  return {
    command: 'explain',
    file: oneFile(line, 'explain', 'design doc'),
    ...(step !== undefined ? { step } : {}),
    format: choiceOption(line, 'explain', 'format', ['text', 'json'] as const) ?? 'text',
  };
}

function exportArgs(line: CommandLine): ExportArgs {
  const file = oneFile(line, 'export', 'design doc');
  const html = stringOption(line, 'html');
  if (!html) throw new UsageError('export needs --html OUT.html', 'export');
  const config = stringOption(line, 'config');
  return { command: 'export', file, html, ...(config ? { config } : {}), force: flag(line, 'force') };
}

function newArgs(line: CommandLine): NewArgs {
  const output = stringOption(line, 'output');
  return {
    command: 'new',
    template: oneFile(line, 'new', 'template id (see "mlsd cases")'),
    ...(flag(line, 'yaml') ? { format: 'yaml' as const } : {}),
    ...(output ? { output } : {}),
    force: flag(line, 'force'),
  };
}

function reportArgs(line: CommandLine): ReportArgs {
  const file = oneFile(line, 'report', 'design doc');
  const output = stringOption(line, 'output');
  const config = stringOption(line, 'config');
  const session = stringOption(line, 'session');
  return {
    command: 'report',
    file,
    format: choiceOption(line, 'report', 'format', ['text', 'json', 'html'] as const) ?? 'text',
    ...(output ? { output } : {}),
    ...(config ? { config } : {}),
    ...(session ? { session } : {}),
    force: flag(line, 'force'),
  };
}
