/**
 * The edits every quick fix is built from. Every edit only inserts text: a fix never deletes or rewrites what the
 * user wrote, and it keeps the doc's own line endings.
 */
import type { DesignDoc, Position, Section, TextEdit } from '../model/designDoc';
import { LineIndex } from '../text/positions';

/** An insertion in the doc's own line endings (those of its first line break), so a CRLF or CR file stays so. */
export function edit(doc: DesignDoc, range: TextEdit['range'], text: string): TextEdit {
  const eol = /\r\n?|\n/.exec(doc.text)?.[0] ?? '\n';
  return { range, newText: eol === '\n' ? text : text.replace(/\n/g, eol) };
}

/** The text with the edits applied (positions refer to the text before any of them). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => index.offset(b.range.start) - index.offset(a.range.start));
  return sorted.reduce(
    (t, e) => t.slice(0, index.offset(e.range.start)) + e.newText + t.slice(index.offset(e.range.end)),
    text,
  );
}

/** Inserts whole lines before `line`; past the end of the doc they are appended after a line break. */
export function insertLines(doc: DesignDoc, line: number, lines: string[]): TextEdit {
  if (line >= doc.lines.length) {
    const last = doc.lines.length - 1;
    const end: Position = { line: last, character: doc.lines[last].length };
    const separator = doc.lines[last] === '' ? '' : '\n';
    const blank = doc.format === 'markdown' && doc.lines[last].trim() !== '' ? '\n' : '';
    return edit(doc, { start: end, end }, `${separator}${blank}${lines.join('\n')}\n`);
  }
  const at: Position = { line, character: 0 };
  return edit(doc, { start: at, end: at }, `${lines.join('\n')}\n`);
}

/** A Markdown heading needs a blank line above it to read well after a paragraph. */
export function spaced(doc: DesignDoc, line: number, lines: string[]): string[] {
  const previous = doc.lines[Math.min(line, doc.lines.length) - 1];
  return doc.format === 'markdown' && line > 0 && line < doc.lines.length && previous?.trim() ? ['', ...lines] : lines;
}

/** The last line of a section that is not blank. */
export function lastContentLine(doc: DesignDoc, section: Section): number {
  let last = Math.min(Math.max(section.bodyRange.end.line, section.headingRange.end.line), doc.lines.length - 1);
  while (last > section.headingRange.start.line && !doc.lines[last].trim()) last--;
  return last;
}

export const endOf = (doc: DesignDoc, line: number): Position => ({ line, character: doc.lines[line].length });
