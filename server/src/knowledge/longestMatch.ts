/**
 * The one longest-match policy: wherever the knowledge base's terms, aliases or patterns are found in a text and two
 * finds overlap, this decides which stands. Metric and glossary mentions, the step names in a heading and the concept
 * terms of a statement all go through it.
 */

/** A stretch of text that something of the knowledge base matched. Offsets are UTF-16, end exclusive. */
export interface ListedSpan {
  start: number;
  end: number;
  /** Where what matched stands in the knowledge's lists: the last tie-break between finds on the very same words. */
  order: number;
}

/**
 * Takes the finds longest first; on equal length the one that starts earlier, then the one the knowledge lists
 * first. A find that overlaps one already taken is dropped when `yields(find, taken)` says so (by default always, so
 * that no two finds overlap). Returns what stands in text order: by start, then end, then listing order.
 */
export function longestWins<T extends ListedSpan>(
  finds: readonly T[],
  yields: (find: T, taken: T) => boolean = () => true,
): T[] {
  if (finds.length < 2) return [...finds];
  const byPrecedence = [...finds].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const taken: T[] = [];
  for (const find of byPrecedence) {
    if (!taken.some((t) => find.start < t.end && t.start < find.end && yields(find, t))) taken.push(find);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
}
