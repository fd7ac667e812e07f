/**
 * The text Mermaid's grammar actually reads, with the place in the diagram source that every character came from.
 *
 * Before parsing, Mermaid rewrites the source: line endings become `\n`, the diagram's own `---` front matter is cut,
 * `%%{…}%%` directives and `%%` comment lines are removed (with the blank lines before a comment) and leading
 * whitespace is trimmed. Its "Parse error on line N" counts lines of that rewritten text, so line N is rarely line N
 * of the fence. Each step below is applied as Mermaid 11 applies it, but keeping an origin per character, so an error
 * position can be carried back to the exact source line and column. The tests check the mapping against Mermaid
 * itself.
 */
import type { Position } from '../types';

/** A text and, for each of its characters, the offset in the original source it came from. */
interface TrackedText {
  text: string;
  origins: number[];
}

/** Appends `input`'s characters from `from` to `to` (a loop: a spread of a long slice would overflow the stack). */
function append(output: TrackedText, input: TrackedText, from: number, to: number): void {
  output.text += input.text.slice(from, to);
  for (let i = from; i < to; i++) output.origins.push(input.origins[i]);
}

/** Replaces every match of a global pattern; inserted characters take the origin of the match's first character. */
function replaceTracked(input: TrackedText, pattern: RegExp, replacement: string): TrackedText {
  const output: TrackedText = { text: '', origins: [] };
  let last = 0;
  for (const match of input.text.matchAll(pattern)) {
    const start = match.index;
    append(output, input, last, start);
    output.text += replacement;
    for (let i = 0; i < replacement.length; i++) output.origins.push(input.origins[start] ?? 0);
    last = start + match[0].length;
  }
  append(output, input, last, input.text.length);
  return output;
}

/** `\r\n` and a lone `\r` read as `\n`. */
const lineBreak = /\r\n?/g;
/**
 * A `---` block at the very start, closed by `---` at the same indent, with the blank lines after it. Mermaid's
 * pattern (`---\s*\n` then the shortest block) backtracks into the blank lines after the opening; this is the same
 * match in linear time: the block starts after the last of those blank lines (an atomic lookahead), or else, when
 * `---` follows them directly, the block is those blank lines.
 */
const frontMatter = /^([ \t]*)---(?:(?=(\s*\n))\2[\s\S]*?\n\1---\s*\n|[^\S\n]*\n\s*\n\1---\s*\n)/g;
/** `%%{name …}%%`; an unclosed directive runs to the end of the text. */
const directive = /%%\{\s*\w[\s\S]*?(?:\}%%|$)/g;
/** A line that is a `%%` comment (not a directive); a comment after code on a line stays. */
const commentLine = /^[^\S\n]*%%(?!\{)[^\n]/;

/**
 * Removes `%%` comment lines with the blank lines before each, as Mermaid does (with a regex anchored at every line
 * start, quadratic on a long run of blank lines; this is one pass).
 */
function withoutCommentLines(input: TrackedText): TrackedText {
  const output: TrackedText = { text: '', origins: [] };
  let pending = -1;
  let at = 0;
  while (at < input.text.length) {
    const newline = input.text.indexOf('\n', at);
    const end = newline < 0 ? input.text.length : newline + 1;
    const line = input.text.slice(at, end);
    if (line.trim() === '') {
      if (pending < 0) pending = at;
    } else {
      append(output, input, commentLine.test(line) ? end : pending < 0 ? at : pending, end);
      pending = -1;
    }
    at = end;
  }
  if (pending >= 0) append(output, input, pending, input.text.length);
  return output;
}

function track(source: string): TrackedText {
  return { text: source, origins: Array.from(source, (_, i) => i) };
}

/** What Mermaid's grammar reads for this source, with origins. */
function parsedText(source: string): TrackedText {
  let tracked = replaceTracked(track(source), lineBreak, '\n');
  tracked = replaceTracked(tracked, frontMatter, '');
  tracked = replaceTracked(tracked, directive, '');
  tracked = withoutCommentLines(tracked);
  const trimmed = tracked.text.length - tracked.text.trimStart().length;
  return { text: tracked.text.slice(trimmed), origins: tracked.origins.slice(trimmed) };
}

/** Offsets of line starts in `text` (any line break). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function pointAt(starts: readonly number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/**
 * Positions in the text Mermaid parsed, carried back to the diagram source. Lines are given as Mermaid counts them
 * (1-based), columns 0-based.
 */
export class ParsedDiagramText {
  private readonly parsed: TrackedText;
  private readonly parsedStarts: number[];
  private readonly sourceStarts: number[];

  constructor(readonly source: string) {
    this.parsed = parsedText(source);
    this.parsedStarts = lineStarts(this.parsed.text);
    this.sourceStarts = lineStarts(source);
  }

  /** How long the text Mermaid parses is (what its `maxTextSize` limits). */
  get length(): number {
    return this.parsed.text.length;
  }

  /** How many lines Mermaid parsed. */
  get lineCount(): number {
    return this.parsedStarts.length;
  }

  /** The text of parsed line `line` (1-based), or undefined past the end. */
  lineText(line: number): string | undefined {
    const start = this.parsedStarts[line - 1];
    if (start === undefined) return undefined;
    const end = this.parsedStarts[line] ?? this.parsed.text.length + 1;
    return this.parsed.text.slice(start, end - 1);
  }

  /**
   * The source position of parsed line `line` (1-based), column `character`; a column past the line's end maps to
   * its end.
   */
  sourcePoint(line: number, character: number): Position | undefined {
    const text = this.lineText(line);
    if (text === undefined) return undefined;
    const start = this.parsedStarts[line - 1];
    if (character < text.length) return pointAt(this.sourceStarts, this.parsed.origins[start + character]);
    if (text.length === 0) {
      // An empty parsed line: the source line its line break came from, or the end of the source.
      const origin = this.parsed.origins[start];
      return origin === undefined ? pointAt(this.sourceStarts, this.source.length) : pointAt(this.sourceStarts, origin);
    }
    const last = pointAt(this.sourceStarts, this.parsed.origins[start + text.length - 1]);
    return { line: last.line, character: last.character + 1 };
  }
}
