/**
 * Folding ranges: every section that spans more than its heading line (steps, sub-sections, YAML keys), the
 * Markdown front matter, and multi-line top-level YAML metadata such as `tags` or `diagrams`.
 *
 * A document checked for its structure only folds its steps and, in document order, at most `maxStructureOnlyEntries`
 * other sections.
 *
 * Only asked for design docs: an editor drops its own indentation folding for a language as soon as a provider
 * answers with a list, so for other files the server answers null and the editor keeps its default.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { DesignDoc } from '../engine';
import { maxStructureOnlyEntries, sectionRange, stepSections } from './outline';
import { keyBlockRange } from './symbols';

export function foldingRanges(doc: DesignDoc): FoldingRange[] {
  const steps = new Set(stepSections(doc));
  const spans: { start: number; end: number }[] = doc.sections
    .filter((section) => section.kind !== 'list-item' || steps.has(section))
    .map((section) => ({ start: section.headingRange.start.line, end: sectionRange(doc, section).end.line }));

  const frontMatter = doc.frontMatter;
  if (doc.format === 'markdown' && frontMatter) {
    spans.push({ start: frontMatter.range.start.line, end: frontMatter.range.end.line });
  } else if (doc.format === 'yaml' && frontMatter) {
    const sectionLines = new Set(doc.sections.map((s) => s.headingRange.start.line));
    for (const key of Object.values(frontMatter.keyRanges)) {
      if (!sectionLines.has(key.start.line))
        spans.push({ start: key.start.line, end: keyBlockRange(doc, key, doc.lines.length).end.line });
    }
  }

  // One range per start line (the longest): a bold label and its paragraph can share a line with nothing else.
  const byStart = new Map<number, number>();
  for (const { start, end } of spans) {
    if (end > start) byStart.set(start, Math.max(end, byStart.get(start) ?? end));
  }
  const ranges = [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([startLine, endLine]) => ({ startLine, endLine }));
  if (!doc.structureOnly) return ranges;
  const stepLines = new Set([...steps].map((step) => step.headingRange.start.line));
  let left = maxStructureOnlyEntries;
  return ranges.filter(({ startLine }) => stepLines.has(startLine) || left-- > 0);
}
