/**
 * Inline suppression comments, parsed from the source into the model (rules never see raw comments);
 * model/suppressions.ts turns them into the check lint() applies to every rule's findings.
 *
 * Markdown: `<!-- mlsd-disable a b -->` … `<!-- mlsd-enable a -->` (a range; no ids means every rule),
 * `<!-- mlsd-disable-next-line a -->`, `<!-- mlsd-disable-line a -->` (on the line itself, e.g. after a heading) and
 * `<!-- mlsd-disable-file a -->`. YAML: the same directives as `#` comments. Text after ` -- ` is a free-form reason.
 * Comments inside fenced code blocks, inline code spans and YAML block scalars do not count; inside Markdown front
 * matter (YAML) only `#` comments do, so that front-matter findings can be silenced without breaking the YAML.
 */
import { Lexer } from 'yaml';
import type { DocFormat, Range, SuppressionComment, SuppressionKind } from '../model/designDoc';
import { closest } from '../text/closest';

const directives: Record<string, SuppressionKind> = {
  'mlsd-disable': 'disable',
  'mlsd-enable': 'enable',
  'mlsd-disable-line': 'disable-line',
  'mlsd-disable-next-line': 'disable-next-line',
  'mlsd-disable-file': 'disable-file',
};

export const suppressionDirectives: readonly string[] = Object.keys(directives);

// The directive ends where its letters and hyphens do (short of a closing `-->`); the comment, at its first `-->`
// (never past another `<!--`).
const htmlComment = /<!--\s*(mlsd-(?:[a-z]|-(?!->))*)(?![a-z]|-(?!->))((?:(?!<!--)[\s\S])*?)-->/g;
const yamlDirective = /^#\s*(mlsd-[a-z-]*)(?![a-z-])(.*)$/;

/**
 * Parses the suppression comments of a document. `skipLines` lines at the top (Markdown front matter) are not read.
 */
export function parseSuppressions(
  text: string,
  lines: readonly string[],
  format: DocFormat,
  skipLines = 0,
  codeLines: ReadonlySet<number> = new Set(),
): SuppressionComment[] {
  return format === 'yaml' ? yamlSuppressions(text) : markdownSuppressions(lines, skipLines, codeLines);
}

function markdownSuppressions(
  lines: readonly string[],
  skipLines: number,
  codeLines: ReadonlySet<number>,
): SuppressionComment[] {
  // Front matter is YAML between a first and a closing `---` line: its `#` comments, shifted past the first line.
  const comments: SuppressionComment[] =
    skipLines > 2
      ? yamlSuppressions(lines.slice(1, skipLines - 1).join('\n')).map((c) => ({
          ...c,
          range: shift(c.range),
          rules: c.rules.map((r) => ({ ...r, range: shift(r.range) })),
        }))
      : [];
  for (let line = skipLines; line < lines.length; line++) {
    // Code blocks as markdown-it sees them (fenced, indented, inside quotes and lists) hold examples, not directives.
    if (codeLines.has(line)) continue;
    const text = lines[line];
    if (!text.includes('<!--')) continue;
    for (const match of blankCodeSpans(text).matchAll(htmlComment)) {
      const comment = toComment(match[1], match[2], line, match.index + match[0].indexOf(match[1]));
      if (comment) comments.push(comment);
    }
  }
  return comments;
}

const shift = (range: Range): Range => ({
  start: { line: range.start.line + 1, character: range.start.character },
  end: { line: range.end.line + 1, character: range.end.character },
});

/**
 * Replaces inline code spans with spaces, so their text is ignored and columns stay true. A span opens with a run of
 * backticks and closes at the next run of the same length; each run is looked at once (a regex with a backreference
 * rescans the rest of the line from every unclosed opener).
 */
function blankCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < text.length;) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    const start = i;
    while (text[i] === '`') i++;
    runs.push({ start, length: i - start });
  }
  // For each run, the index of the next run of the same length: one pass from the end.
  const nextSame = new Array<number>(runs.length);
  const latest = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    nextSame[r] = latest.get(runs[r].length) ?? -1;
    latest.set(runs[r].length, r);
  }
  let out = '';
  let from = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = nextSame[r];
    if (close < 0 || runs[r].start < from) continue;
    const end = runs[close].start + runs[close].length;
    out += text.slice(from, runs[r].start) + ' '.repeat(end - runs[r].start);
    from = end;
    r = close;
  }
  return out + text.slice(from);
}

/**
 * YAML comments from the YAML lexer: `#` inside strings and block scalars is text, not a comment. The lexer breaks
 * lines at \n only, so a lone \r (a line break for LSP and the model) becomes \n: same length, columns unchanged.
 */
function yamlSuppressions(text: string): SuppressionComment[] {
  // Every directive starts with `mlsd-`: a text without it has none, and is not lexed again for them.
  if (!text.includes('mlsd-')) return [];
  const comments: SuppressionComment[] = [];
  let line = 0;
  let character = 0;
  let previous = '';
  for (const token of new Lexer().lex(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text)) {
    // Control tokens (document start, scalar and flow-error markers) are not source text.
    if (token === '\x02' || token === '\x18' || token === '\x1f') {
      previous = token;
      continue;
    }
    if (token.startsWith('#') && previous !== '\x1f') {
      const match = yamlDirective.exec(token);
      if (match) {
        const comment = toComment(match[1], match[2], line, character + token.indexOf(match[1]));
        if (comment) comments.push(comment);
      }
    }
    for (const char of token) {
      if (char === '\n') {
        line++;
        character = 0;
      } else character += char.length;
    }
    previous = token;
  }
  return comments;
}

/**
 * A comment starting with `mlsd-disable…` or `mlsd-enable…`, or with a word a few letters away from a directive
 * (`mlsd-disabel-line`), is a directive: a misspelt one is 'unknown', so it can be reported. Other `mlsd-` words are
 * ordinary comments.
 */
function toComment(directive: string, rest: string, line: number, column: number): SuppressionComment | undefined {
  const misspelt =
    /^mlsd-(?:disable|enable)/.test(directive) || closest(directive, suppressionDirectives) !== undefined;
  const kind = directives[directive] ?? (misspelt ? 'unknown' : undefined);
  if (!kind) return undefined;
  const reason = /\s--(?:\s|$)/.exec(rest);
  const idText = reason ? rest.slice(0, reason.index) : rest;
  const idStart = column + directive.length;
  const rules = [...idText.matchAll(/[^\s,]+/g)].map((m) => ({
    id: m[0],
    range: span(line, idStart + m.index, m[0].length),
  }));
  return { kind, directive, range: span(line, column, directive.length), rules };
}

function span(line: number, character: number, length: number): Range {
  return { start: { line, character }, end: { line, character: character + length } };
}
