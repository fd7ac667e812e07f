/**
 * Selection ranges, expanding outward: the word, its line, each enclosing section from the innermost sub-section
 * to the step (and a container heading above it, if any), the front matter or metadata key, the whole document.
 */
import type { Range, SelectionRange } from 'vscode-languageserver-types';
import { type DesignDoc, type Position, lineRange } from '../engine';
import { contains, documentRange, sectionRange, sectionsAt } from './outline';
import { keyBlockRange } from './symbols';

const wordPattern = /[\p{L}\p{N}_@'’-]+/gu;

export function selectionRange(doc: DesignDoc, position: Position): SelectionRange {
  const outerFirst: Range[] = [documentRange(doc)];
  const frontMatter = doc.frontMatter;
  if (frontMatter && doc.format === 'markdown' && position.line <= frontMatter.range.end.line)
    outerFirst.push(frontMatter.range);
  if (frontMatter) {
    const limit = doc.format === 'markdown' ? frontMatter.range.end.line : doc.lines.length;
    const sectionLines = new Set(doc.sections.map((s) => s.headingRange.start.line));
    for (const key of Object.values(frontMatter.keyRanges)) {
      if (sectionLines.has(key.start.line)) continue;
      const block = keyBlockRange(doc, key, limit);
      if (block.start.line <= position.line && position.line <= block.end.line) outerFirst.push(block);
    }
  }
  outerFirst.push(...sectionsAt(doc, position.line).map((section) => sectionRange(doc, section)));
  outerFirst.push(lineRange(doc.lines, position.line));
  const word = wordAt(doc.lines[position.line] ?? '', position);
  if (word) outerFirst.push(word);

  let result: SelectionRange | undefined;
  for (const range of outerFirst) {
    if (
      result &&
      (sameRange(result.range, range) || !contains(result.range, range.start) || !contains(result.range, range.end))
    )
      continue;
    result = result ? { range, parent: result } : { range };
  }
  return result as SelectionRange;
}

function wordAt(line: string, position: Position): Range | undefined {
  for (const match of line.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start <= position.character && position.character <= end) {
      return { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
    }
  }
  return undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
