/**
 * How much of a document mlsd reads. A linter runs on every keystroke, on files nobody reviewed: past these sizes the
 * work would stall the editor (or exceed the parser's stack), so mlsd reads less and says so in one info finding
 * (rule input-limit) rather than crash or freeze. Each is far beyond what a design doc written by hand reaches.
 */
import type { SyntaxProblem } from '../model/designDoc';

/** YAML nesting levels (block indentation levels, compact `- ` items and flow brackets together). */
export const maxYamlDepth = 64;

/** Front matter larger than this is not parsed (its delimiters still bound it). */
export const maxFrontMatterBytes = 64 * 1024;

/** Characters of a line the content rules read; the rest of a longer line (an inlined image, say) is skipped. */
export const maxLineLength = 20_000;

/** A document larger than this is checked for its structure only: headings, steps, syntax, front matter. */
export const maxFullLintBytes = 2 * 1024 * 1024;

const kilobytes = (length: number): string =>
  length >= 1024 * 1024 ? `${(length / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(length / 1024)} KB`;

/** One finding for the lines the content rules read only in part: the first such line, and how many there are. */
export function lineLimits(lines: readonly string[]): SyntaxProblem[] {
  const long: number[] = [];
  lines.forEach((line, l) => {
    if (line.length > maxLineLength) long.push(l);
  });
  if (!long.length) return [];
  const first = long[0];
  const others =
    long.length > 1
      ? ` (and ${long.length - 1} more line${long.length > 2 ? 's' : ''} over ${maxLineLength.toLocaleString('en')})`
      : '';
  return [
    {
      message: `Line ${first + 1} is ${lines[first].length.toLocaleString('en')} characters long${others}; mlsd reads the first ${maxLineLength.toLocaleString('en')} characters of a line.`,
      range: { start: { line: first, character: 0 }, end: { line: first, character: maxLineLength } },
    },
  ];
}

/** The finding for a document checked for its structure only. */
export function sizeLimit(text: string, lines: readonly string[]): SyntaxProblem[] {
  if (text.length <= maxFullLintBytes) return [];
  return [
    {
      message: `This document is ${kilobytes(text.length)}; over ${kilobytes(maxFullLintBytes)} mlsd checks only its structure (headings, steps by their headings, syntax, front matter), not what the text says.`,
      range: {
        start: { line: 0, character: 0 },
        end: { line: 0, character: Math.min(lines[0]?.length ?? 0, maxLineLength) },
      },
    },
  ];
}
