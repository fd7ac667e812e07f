/**
 * How the knowledge base's aliases find their terms in text: an alias becomes a regex (metrics.ts documents the alias
 * conventions), and overlapping matches resolve to the longest.
 */
import { longestWins, type ListedSpan } from './longestMatch';
import type { PatternFilter } from './patternFilters';

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
function aliasPattern(alias: string, exactCase = false): RegExp {
  return new RegExp(aliasSource(alias), exactCase ? 'g' : 'gi');
}

/** What `longestMatches` looks for: a global regex naming `item`. */
export interface MatchPattern<T> {
  item: T;
  pattern: RegExp;
  /** Lower-case ASCII text that every match contains (see LiteralFilter). */
  literal?: string;
}

/**
 * An alias as `longestMatches` takes it. Its literal is the longest stretch of the alias that the regex matches as
 * written (up to case): the part between separators and number placeholders, kept only if it is plain ASCII, whose
 * case folds the same way in a regex and in `toLowerCase`.
 */
export function aliasMatcher<T>(item: T, alias: string, exactCase = false): MatchPattern<T> {
  const pieces = alias.split(/@k\b|\bat k\b|\btop-k\b|[-\s]+/).filter((piece) => /^[\x20-\x7e]+$/.test(piece));
  const literal = pieces.reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
  return { item, pattern: aliasPattern(alias, exactCase), ...(literal ? { literal: literal.toLowerCase() } : {}) };
}

export interface Match<T> {
  item: T;
  index: number;
  length: number;
}

/**
 * Matches of any pattern in `text`, in order of position, as the longest-match policy (longestMatch.ts) keeps them:
 * where matches overlap the longest wins (the earlier one on a tie, then the pattern listed first), so matches never
 * overlap, except two on the very same words that `sameSpanTies` keeps together. `filter`, built from the same
 * patterns, spares the search of those that cannot match.
 */
export function longestMatches<T>(
  text: string,
  patterns: readonly MatchPattern<T>[],
  sameSpanTies: (a: T, b: T) => boolean = () => false,
  filter?: PatternFilter,
): Match<T>[] {
  const finds: (ListedSpan & { item: T })[] = [];
  const may = filter?.mayMatch(text);
  patterns.forEach(({ item, pattern }, order) => {
    if (may && !may[order]) return;
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
