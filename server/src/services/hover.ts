/**
 * Hover: the glossary for a metric or concept under the cursor (definition, formula, the tasks it fits), and on a
 * step heading the interviewer's checklist for that step with what the doc already covers, and why the step got its
 * state.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { DesignDoc, Position, Range } from '../engine';
import { findGlossaryMentions, type GlossaryEntry, findMetricMentions, type Metric } from '../knowledge';
import { contains, stepSections } from './outline';
import { stepWhy } from './stepWhy';
import { glossaryDetail, glossaryMarkdown, metricDetail, metricMarkdown, stepMarkdown, termHover } from './termDocs';

export type TermAt = { range: Range } & ({ metric: Metric } | { entry: GlossaryEntry });

/** The metric or glossary term written at `position`; where two overlap the longer wins, a metric on a tie. */
export function termAt(doc: DesignDoc, position: Position): TermAt | undefined {
  const line = doc.lines[position.line];
  if (line === undefined) return undefined;
  const at = (index: number, length: number): boolean =>
    index <= position.character && position.character < index + length;
  const candidates = [
    ...findMetricMentions(line)
      .filter((m) => at(m.index, m.length))
      .map((m) => ({ index: m.index, length: m.length, metric: m.metric })),
    ...findGlossaryMentions(line)
      .filter((m) => at(m.index, m.length))
      .map((m) => ({ index: m.index, length: m.length, entry: m.item })),
  ];
  const best = candidates.sort((a, b) => b.length - a.length)[0];
  if (!best) return undefined;
  const range: Range = {
    start: { line: position.line, character: best.index },
    end: { line: position.line, character: best.index + best.length },
  };
  return 'metric' in best ? { range, metric: best.metric } : { range, entry: best.entry };
}

export function hover(doc: DesignDoc, position: Position): Hover | undefined {
  const inFrontMatter = doc.format === 'markdown' && doc.frontMatter && position.line <= doc.frontMatter.range.end.line;
  const term = inFrontMatter ? undefined : termAt(doc, position);
  if (term) {
    const value =
      'metric' in term
        ? termHover(term.metric.name, metricDetail(term.metric), metricMarkdown(term.metric))
        : termHover(term.entry.term, glossaryDetail(term.entry), glossaryMarkdown(term.entry));
    return { contents: { kind: MarkupKind.Markdown, value }, range: term.range };
  }
  const heading = stepSections(doc).find((section) =>
    section.kind === 'yaml-key'
      ? contains(section.headingRange, position)
      : section.headingRange.start.line === position.line,
  );
  if (!heading) return undefined;
  const value = heading.headingSteps.map((id) => `${stepMarkdown(doc, id)}\n\n${stepWhy(doc, id)}`).join('\n\n---\n\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: heading.headingRange };
}
