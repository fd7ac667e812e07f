import type { Position, TextEdit } from '../model/designDoc';
import { LineIndex } from '../text/positions';

/**
 * Applies edits the way an editor does: every position refers to the original text, and edits at one place land in
 * the order given. The edits must not overlap.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const offset = (position: Position): number => index.offsetAt(position, text.length);
  const ordered = edits
    .map((edit, order) => ({ edit, order, start: offset(edit.range.start), end: offset(edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let result = '';
  let at = 0;
  for (const { edit, start, end } of ordered) {
    result += text.slice(at, start) + edit.newText;
    at = Math.max(at, end);
  }
  return result + text.slice(at);
}
