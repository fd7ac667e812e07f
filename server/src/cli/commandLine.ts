/**
 * The command line of one `mlsd` command, read against its spec with Node's own parser (util.parseArgs, in its
 * lenient token mode) and checked here, so that every mistake gets one line naming it — with a suggestion for a
 * misspelt option — instead of Node's generic message.
 */
import { parseArgs } from 'node:util';
import { closest } from '../engine';

/** A mistake on the command line: exit code 2, one line, and a pointer to the command's help. */
export class UsageError extends Error {
  /** `command`: the command whose help the message points to (none: `mlsd --help`). */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

export interface OptionSpec {
  /** The long name, without the dashes. */
  name: string;
  short?: string;
  /** What the value is (`FILE`, `N`); a flag has none. */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** One line for `mlsd --help`. */
  summary: string;
  /** The synopsis lines of `mlsd CMD --help`. */
  usage: string[];
  /** What the command does, as lines of the help. */
  description: string[];
  options: OptionSpec[];
}

export interface CommandLine {
  /** Flags as true, valued options as their value (the last one given wins). */
  options: Record<string, string | true>;
  positionals: string[];
}

/** `--help` is understood by every command. */
export const helpOption: OptionSpec = { name: 'help', short: 'h', help: 'Show this help.' };

/** Reads `argv` (the words after the command name) against the command's options. */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): CommandLine {
  const specs = [...spec.options, helpOption];
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      specs.map((option) => [
        option.name,
        { type: option.value ? 'string' : 'boolean', ...(option.short ? { short: option.short } : {}) },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const result: CommandLine = { options: {}, positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') result.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = specs.find((candidate) => candidate.name === token.name);
    if (!option) {
      const known = specs.map((candidate) => `--${candidate.name}`);
      const guess = token.rawName.startsWith('--') ? closest(token.rawName, known) : undefined;
      throw new UsageError(`unknown option "${token.rawName}"${guess ? ` (did you mean "${guess}"?)` : ''}`, spec.name);
    }
    const label = optionLabel(option);
    if (option.value) {
      // A value that looks like another option ("--format --quiet") is a forgotten value, as Node's strict mode says.
      const forgotten = !token.inlineValue && token.value?.startsWith('-') && token.value !== '-';
      if (!token.value || forgotten) throw new UsageError(`${label} needs a value (${option.value})`, spec.name);
      result.options[option.name] = token.value;
    } else {
      if (token.value !== undefined) throw new UsageError(`${label} takes no value`, spec.name);
      result.options[option.name] = true;
    }
  }
  return result;
}

/** `-f, --format` or `--max-warnings`: how the help and the messages name an option. */
export function optionLabel(option: OptionSpec): string {
  return option.short ? `-${option.short}, --${option.name}` : `--${option.name}`;
}

/** The value of a valued option, if it was given. */
export function stringOption(line: CommandLine, name: string): string | undefined {
  const value = line.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(line: CommandLine, name: string): boolean {
  return line.options[name] === true;
}

/** A valued option that must be one of `choices`. */
export function choiceOption<T extends string>(
  line: CommandLine,
  command: string,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(line, name);
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, choices);
  throw new UsageError(
    `--${name} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, not "${value}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
    command,
  );
}

/** A valued option that must be a whole number of at least `minimum`. */
export function countOption(line: CommandLine, command: string, name: string, minimum: number): number | undefined {
  const value = stringOption(line, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < minimum)
    throw new UsageError(`--${name} must be a whole number of at least ${minimum}, not "${value}"`, command);
  return Number(value);
}
