/** Command-line parsing for `mlsd`; usage errors are thrown as UsageError (exit code 2). */

export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json';

export interface LintArgs {
  command: 'lint';
  format: OutputFormat;
  quiet: boolean;
  paths: string[];
}

export type CliArgs = LintArgs | { command: 'help' } | { command: 'version' };

export const usage = `Usage: mlsd <command> [options]

Commands:
  lint [--format text|json] [--quiet] PATH...   Lint design docs (files or folders).
                                                Folders are searched for *.mlsd.md, *.mlsd.yaml,
                                                *.mlsd.yml and Markdown/YAML files with an mlsd: key;
                                                every file named explicitly is linted.
Options:
  -h, --help      Show this help.
  -v, --version   Show the version.

Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'lint') throw new UsageError(`unknown command "${command}" (expected "lint")`);
  const args: LintArgs = { command: 'lint', format: 'text', quiet: false, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--quiet' || arg === '-q') args.quiet = true;
    else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be "text" or "json", got "${value ?? ''}"`);
      args.format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) throw new UsageError('lint needs at least one file or folder');
  return args;
}
