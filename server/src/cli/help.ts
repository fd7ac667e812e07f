/** The help texts: `mlsd --help` lists the commands, `mlsd help CMD` (or `mlsd CMD --help`) shows one in full. */
import { helpOption, optionLabel, type CommandSpec } from './commandLine';

const width = 100;

/** Words of `text` on lines of at most `width` columns, each line after the first indented by `indent`. */
function wrap(text: string, indent: number, firstWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let limit = firstWidth;
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
      limit = width - indent;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((text, i) => (i === 0 ? text : `${' '.repeat(indent)}${text}`));
}

/** Rows of `label  text`, the texts aligned and wrapped. */
function table(rows: readonly [string, string][]): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.flatMap(([label, text]) => {
    const [first, ...rest] = wrap(text, labelWidth + 2, width - labelWidth - 2);
    return [`  ${label.padEnd(labelWidth)}${first}`, ...rest];
  });
}

export function overviewHelp(commands: readonly CommandSpec[]): string {
  return [
    'Usage: mlsd <command> [options]',
    '',
    'Lint, explain, preview and start machine-learning system design docs (the seven-step framework).',
    '',
    'Commands:',
    ...table(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'Show this help; mlsd help COMMAND (or mlsd COMMAND --help) shows a command in full.'],
      ['-v, --version', 'Show the version.'],
    ]),
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  const options = [...command.options, helpOption];
  return [
    ...command.usage.map((line, i) => `${i === 0 ? 'Usage: ' : '       '}${line}`),
    '',
    command.summary,
    ...(command.description.length ? ['', ...command.description] : []),
    '',
    'Options:',
    ...table(options.map((option) => [`${optionLabel(option)}${option.value ? ` ${option.value}` : ''}`, option.help])),
  ].join('\n');
}
