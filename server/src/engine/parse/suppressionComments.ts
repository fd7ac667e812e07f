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

const directives: Record<string, SuppressionKind> = {
  'mlsd-disable': 'disable',
  'mlsd-enable': 'enable',
  'mlsd-disable-line': 'disable-line',
  'mlsd-disable-next-line': 'disable-next-line',
  'mlsd-disable-file': 'disable-file',
};

export const suppressionDirectives: readonly string[] = Object.keys(directives);

// eslint-disable-next-line regexp/no-super-linear-backtracking -- polynomial only in a run of blanks within one line; a linear rewrite would change what it matches
const htmlComment = /<!--\s*(mlsd-[a-z-]*)([\s\S]*?)-->/g;
// eslint-disable-next-line regexp/no-super-linear-backtracking -- polynomial only in a run of blanks within one line; a linear rewrite would change what it matches
const yamlDirective = /^#\s*(mlsd-[a-z-]*)(.*)$/;

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

/** Replaces inline code spans with spaces, so their text is ignored and columns stay true. */
function blankCodeSpans(text: string): string {
  return text.includes('`') ? text.replace(/(`+)[^`][\s\S]*?\1/g, (span) => ' '.repeat(span.length)) : text;
}

/** YAML comments from the YAML lexer: `#` inside strings and block scalars is text, not a comment. */
function yamlSuppressions(text: string): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  let line = 0;
  let character = 0;
  let previous = '';
  for (const token of new Lexer().lex(text)) {
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
 * A comment starting with `mlsd-disable…` or `mlsd-enable…` is a directive (a misspelt one is 'unknown', so it
 * can be reported); other `mlsd-` words are ordinary comments.
 */
function toComment(directive: string, rest: string, line: number, column: number): SuppressionComment | undefined {
  const kind = directives[directive] ?? (/^mlsd-(?:disable|enable)/.test(directive) ? 'unknown' : undefined);
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
