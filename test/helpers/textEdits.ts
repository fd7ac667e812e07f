import type { Position, TextEdit } from '../../server/src/engine';

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + position.character;
}

/** Applies non-overlapping edits the way an editor does: positions refer to the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) {
    result =
      result.slice(0, offsetAt(text, edit.range.start)) + edit.newText + result.slice(offsetAt(text, edit.range.end));
  }
  return result;
}

/** True when every line of `before` is still in `after`, in order: the edit only inserted. */
export function onlyInserted(before: string, after: string): boolean {
  const remaining = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    while (i < remaining.length && remaining[i] !== line) i++;
    if (i === remaining.length) return false;
    i++;
  }
  return true;
}
