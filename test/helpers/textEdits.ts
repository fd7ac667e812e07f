export { applyEdits } from '../../server/src/engine';

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
