import type { Position, Range } from '../../../../common/types';

/** Maps string offsets to 0-based line/character positions, never past the end of a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    // \n, \r\n and a lone \r all end a line, as in LSP and markdown-it.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    // An offset on a line break (a parser's error "at the end of the line") is the line's end.
    return { line: low, character: Math.max(0, Math.min(offset, this.lineEnd(low)) - this.starts[low]) };
  }

  /** The offset of a position (a character past the end of its line counts as the line's end). */
  offset(position: Position): number {
    const line = Math.min(Math.max(position.line, 0), this.starts.length - 1);
    return Math.min(this.starts[line] + Math.max(position.character, 0), this.lineEnd(line));
  }

  private lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1];
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset of a position; a line past the end is the end of the text, clamped to the text. */
  offsetAt(position: Position, textLength: number): number {
    if (position.line >= this.starts.length) return textLength;
    return Math.min(this.starts[position.line] + position.character, textLength);
  }
}

export function lineRange(lines: readonly string[], line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } };
}

/** From the start of `first` to the end of `last` (inclusive lines). */
export function linesRange(lines: readonly string[], first: number, last: number): Range {
  return { start: { line: first, character: 0 }, end: { line: last, character: lines[last]?.length ?? 0 } };
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The lines of a new version of a text, with the lines an edit left as they were (those before its first change and
 * after its last) taken from `previous`: the same string objects, which every table keyed by a line finds at once.
 */
export function keepUnchangedLines(lines: string[], previous: readonly string[]): string[] {
  let first = 0;
  while (first < lines.length && first < previous.length && lines[first] === previous[first]) {
    lines[first] = previous[first];
    first++;
  }
  for (
    let last = lines.length - 1, old = previous.length - 1;
    last >= first && old >= first && lines[last] === previous[old];
    last--, old--
  )
    lines[last] = previous[old];
  return lines;
}
