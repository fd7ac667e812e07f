import type { Position, Statement } from './designDoc';

/** Where an offset into a statement's text lies in the document, for statements wrapped over several lines too. */
export function positionIn(statement: Pick<Statement, 'line' | 'start' | 'wraps'>, offset: number): Position {
  let line = statement.line;
  let character = statement.start + offset;
  for (const wrap of statement.wraps ?? []) {
    if (wrap.offset > offset) break;
    line = wrap.line;
    character = wrap.column + offset - wrap.offset;
  }
  return { line, character };
}

/** A stretch [start, end) of a statement's text as column spans, one per line it covers. */
export function lineSpans(
  statement: Pick<Statement, 'line' | 'start' | 'text' | 'wraps'>,
  start: number,
  end: number,
): { line: number; start: number; end: number }[] {
  const pieces = [{ offset: 0, line: statement.line, column: statement.start }, ...(statement.wraps ?? [])];
  const spans: { line: number; start: number; end: number }[] = [];
  pieces.forEach((piece, i) => {
    const pieceEnd = i + 1 < pieces.length ? pieces[i + 1].offset : statement.text.length;
    const from = Math.max(start, piece.offset);
    const to = Math.min(end, pieceEnd);
    if (from < to)
      spans.push({
        line: piece.line,
        start: piece.column + from - piece.offset,
        end: piece.column + to - piece.offset,
      });
  });
  return spans;
}
