/**
 * How the knowledge base's aliases find their terms in text: an alias becomes a regex (metrics.ts documents the alias
 * conventions), and overlapping matches resolve to the longest.
 */
import { longestWins, type ListedSpan } from './longestMatch';

const K = String.raw`(?:k|\d+)(?!\.?\d)`;
const SEP = String.raw`[-\s\u2010\u2011\u2013]?`;

/**
 * Turns an alias into a regex source following the alias conventions (see metrics.ts). Regex
 * metacharacters are escaped; "@" and "²" are not metacharacters and stay literal.
 */
function aliasSource(alias: string): string {
  const body = alias.replace(/@k\b|\bat k\b|\btop-k\b|[-\s]+|[.*+?^${}()|[\]\\]/g, (token) => {
    if (token === '@k') return String.raw`\s*@\s*` + K;
    if (token === 'at k') return String.raw`at\s+` + K;
    if (token === 'top-k') return 'top' + SEP + K;
    if (/^[-\s]+$/.test(token)) return SEP;
    return '\\' + token;
  });
  // Custom boundaries: \b fails next to non-word characters such as "²", "]" or "@".
  return String.raw`(?<![A-Za-z0-9_])` + body + String.raw`(?![A-Za-z0-9_])`;
}

/** A global regex for one alias, following the alias conventions; `exactCase` keeps its capitalisation. */
export function aliasPattern(alias: string, exactCase = false): RegExp {
  return new RegExp(aliasSource(alias), exactCase ? 'g' : 'gi');
}

export interface Match<T> {
  item: T;
  index: number;
  length: number;
}

/**
 * Matches of any pattern in `text`, in order of position, as the longest-match policy (longestMatch.ts) keeps them:
 * where matches overlap the longest wins (the earlier one on a tie, then the pattern listed first), so matches never
 * overlap, except two on the very same words that `sameSpanTies` keeps together.
 */
export function longestMatches<T>(
  text: string,
  patterns: readonly { item: T; pattern: RegExp }[],
  sameSpanTies: (a: T, b: T) => boolean = () => false,
): Match<T>[] {
  const finds: (ListedSpan & { item: T })[] = [];
  patterns.forEach(({ item, pattern }, order) => {
    // exec on the shared global pattern: matchAll would copy the regex for every call on every line of every document.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      finds.push({ item, start: match.index, end: match.index + match[0].length, order });
    }
  });
  // The very same words can name two things at once when `sameSpanTies` says so (a merged heading).
  const kept = longestWins(
    finds,
    (find, taken) => find.start !== taken.start || find.end !== taken.end || !sameSpanTies(find.item, taken.item),
  );
  return kept.map(({ item, start, end }) => ({ item, index: start, length: end - start }));
}
