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
function aliasPattern(alias: string, exactCase = false): RegExp {
  return new RegExp(aliasSource(alias), exactCase ? 'g' : 'gi');
}

/** An alias's pattern, and the ASCII letters and digits (lower case) every match of it starts with. */
export interface AliasEntry<T> {
  item: T;
  pattern: RegExp;
  lead: string;
}

/** The entry of an alias (see aliasPattern). */
export function aliasEntry<T>(item: T, alias: string, exactCase = false): AliasEntry<T> {
  return {
    item,
    pattern: aliasPattern(alias, exactCase),
    lead: (/^[a-z0-9]*/i.exec(alias)?.[0] ?? '').toLowerCase(),
  };
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The aliases of `entries` that may match in `text`, in their order: those whose lead stands at the start of a word
 * of the text. A match starts where no letter, digit or underscore comes before (the alias's own boundary), with the
 * lead's characters in ASCII either case; skipping the others leaves longestMatches' answer as it was, and most
 * aliases are not tried on most lines.
 */
export function aliasesIn<T>(text: string, entries: readonly AliasEntry<T>[]): AliasEntry<T>[] {
  // Word starts by their first character in lower case.
  const starts = new Map<number, number[]>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlnum(c)) continue;
    if (i > 0) {
      const before = text.charCodeAt(i - 1);
      if (isAsciiAlnum(before) || before === 95) continue;
    }
    const key = c >= 65 && c <= 90 ? c + 32 : c;
    const list = starts.get(key);
    if (list) list.push(i);
    else starts.set(key, [i]);
  }
  const leads = (at: number, lead: string): boolean => {
    for (let k = 1; k < lead.length; k++) {
      const c = text.charCodeAt(at + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== lead.charCodeAt(k)) return false;
    }
    return true;
  };
  return entries.filter(
    ({ lead }) => lead === '' || (starts.get(lead.charCodeAt(0))?.some((at) => leads(at, lead)) ?? false),
  );
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
