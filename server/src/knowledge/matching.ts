/**
 * How the knowledge base's aliases find their terms in text: an alias becomes a regex (metrics.ts documents the alias
 * conventions), and overlapping matches resolve to the longest.
 */
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
 * Matches of any pattern in `text`, in order of position. Where matches overlap the longest wins (the earlier one on
 * a tie), so matches never overlap, except two on the very same words that `sameSpanTies` keeps together. The one
 * longest-match algorithm: metric and glossary mentions, and the step names in a heading, all resolve overlaps this
 * way.
 */
export function longestMatches<T>(
  text: string,
  patterns: readonly { item: T; pattern: RegExp }[],
  sameSpanTies: (a: T, b: T) => boolean = () => false,
): Match<T>[] {
  const candidates: Match<T>[] = [];
  for (const { item, pattern } of patterns) {
    // exec on the shared global pattern: matchAll would copy the regex for every call on every line of every document.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      candidates.push({ item, index: match.index, length: match[0].length });
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.index - b.index);
  const taken: Match<T>[] = [];
  for (const c of candidates) {
    const overlapping = taken.filter((t) => c.index < t.index + t.length && t.index < c.index + c.length);
    // The very same words can name two things at once when `sameSpanTies` says so (a merged heading).
    if (overlapping.every((t) => t.index === c.index && t.length === c.length && sameSpanTies(c.item, t.item)))
      taken.push(c);
  }
  return taken.sort((a, b) => a.index - b.index);
}
