import { DerivedByKey } from '../model/cache';
import type { DesignDoc, MermaidBlock, Position, Range } from '../model/designDoc';
import { DiagramLayout } from './layout';

const layouts = new DerivedByKey<MermaidBlock, DiagramLayout>((doc, block) => new DiagramLayout(doc.lines, block));

/** The layout of one of the doc's blocks, computed once per doc. */
export function diagramLayout(doc: DesignDoc, block: MermaidBlock): DiagramLayout {
  return layouts.get(doc, block);
}

/**
 * The document range of a span of a diagram's source (start and end on one source line); without a start, the
 * diagram's first line. A span that cannot be placed exactly covers the rest of the line it starts on.
 */
export function diagramRange(doc: DesignDoc, block: MermaidBlock, start?: Position, end?: Position): Range {
  const layout = diagramLayout(doc, block);
  const from = start ? layout.documentPoint(start) : block.range.start;
  const to = start && end ? layout.documentPoint(end) : undefined;
  if (to && to.line === from.line && to.character > from.character) return { start: from, end: to };
  const lineEnd = doc.lines[from.line]?.length ?? from.character;
  return { start: from, end: { line: from.line, character: Math.max(lineEnd, from.character) } };
}
