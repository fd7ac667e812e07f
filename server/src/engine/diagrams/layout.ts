/**
 * Where a diagram's source sits in the document. A Markdown fence (in a list or a quote too) or a YAML block scalar
 * (`diagram: |`) holds the source line for line, each line shifted right by its indentation or quote markers; that is
 * checked, not assumed, so a folded or quoted YAML scalar, whose lines were joined or unescaped, maps to the start of
 * the value instead of a wrong column.
 */
import type { MermaidBlock, Position } from '../model/designDoc';

export class DiagramLayout {
  /** Per source line, how far right the document shifts it; undefined when the lines do not map one to one. */
  private readonly shifts: number[] | undefined;

  constructor(
    docLines: readonly string[],
    private readonly diagram: MermaidBlock,
  ) {
    const sourceLines = diagram.source.split(/\r\n|\r|\n/);
    const shifts: number[] = [];
    for (let k = 0; k < sourceLines.length; k++) {
      const line = docLines[diagram.firstLine + k];
      const shift =
        line === undefined
          ? -1
          : line.endsWith(sourceLines[k])
            ? line.length - sourceLines[k].length
            : sourceLines.length === 1
              ? line.indexOf(sourceLines[k])
              : -1;
      // A one-line value in quotes or followed by a comment still has its text in one piece.
      if (shift < 0) break;
      shifts.push(shift);
    }
    this.shifts = shifts.length === sourceLines.length ? shifts : undefined;
  }

  /** Whether each source line sits on a document line of its own (a fence or a YAML block scalar). */
  get linesMatch(): boolean {
    return this.shifts !== undefined;
  }

  /** The document position of a point in the diagram source; the start of the value when lines do not match. */
  documentPoint(point: Position): Position {
    const shift = this.shifts?.[point.line];
    if (shift === undefined) return this.diagram.range.start;
    return { line: this.diagram.firstLine + point.line, character: shift + point.character };
  }
}
