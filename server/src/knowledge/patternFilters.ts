/**
 * Which of many regexes may match a text, told cheaply, so `longestMatches` searches only those: most lines name
 * none of the hundreds of metric aliases, and most headings and keys none of the step names.
 */
import type { MatchPattern } from './matching';

/** For each pattern of a list, by index, whether it may match somewhere in a text (never false when it does). */
export interface PatternFilter {
  mayMatch(text: string): boolean[];
}

/**
 * The patterns, in groups of a few with the same flags, as the alternatives of one regex per group: only the members
 * of a group that matches somewhere can match, so a text that none names costs a search per group instead of one per
 * pattern. The patterns must not refer to their own groups.
 */
export class PatternGroups implements PatternFilter {
  private readonly groups: { pattern: RegExp; members: number[] }[] = [];
  private readonly count: number;

  constructor(patterns: readonly RegExp[], size = 10) {
    this.count = patterns.length;
    const byFlags = new Map<string, number[]>();
    patterns.forEach(({ flags }, k) => {
      const single = flags.replace(/[gy]/g, '');
      byFlags.set(single, [...(byFlags.get(single) ?? []), k]);
    });
    for (const [flags, members] of byFlags)
      for (let start = 0; start < members.length; start += size) {
        const group = members.slice(start, start + size);
        const source = group.map((k) => `(?:${patterns[k].source})`).join('|');
        this.groups.push({ pattern: new RegExp(source, flags), members: group });
      }
  }

  mayMatch(text: string): boolean[] {
    const may = new Array<boolean>(this.count).fill(false);
    for (const { pattern, members } of this.groups) if (pattern.test(text)) for (const k of members) may[k] = true;
    return may;
  }
}

/**
 * A pattern with a literal (lower-case ASCII text each of its matches holds, see `aliasMatcher`) may match only a
 * text whose lower case holds it; one without may match any. The literals are found in one pass over the text, by
 * the pair of characters (or the character) they start with, instead of one search per literal.
 */
export class LiteralFilter implements PatternFilter {
  private readonly always: boolean[];
  /** Each pattern's literal ('' for none). */
  private readonly literals: string[];
  /** Patterns by the first two characters of their literal (one for a literal of one character). */
  private readonly byStart = new Map<number, number[]>();

  constructor(patterns: readonly Pick<MatchPattern<unknown>, 'literal'>[]) {
    this.literals = patterns.map((pattern) => pattern.literal ?? '');
    this.always = this.literals.map((literal) => literal === '');
    this.literals.forEach((literal, k) => {
      if (literal === '') return;
      const key = startKey(literal, 0, Math.min(2, literal.length));
      this.byStart.set(key, [...(this.byStart.get(key) ?? []), k]);
    });
  }

  mayMatch(text: string): boolean[] {
    const may = [...this.always];
    const lowered = text.toLowerCase();
    for (let i = 0; i < lowered.length; i++) {
      this.markStartingAt(may, lowered, i, startKey(lowered, i, 1));
      if (i + 1 < lowered.length) this.markStartingAt(may, lowered, i, startKey(lowered, i, 2));
    }
    return may;
  }

  private markStartingAt(may: boolean[], lowered: string, at: number, key: number): void {
    for (const k of this.byStart.get(key) ?? []) if (!may[k] && lowered.startsWith(this.literals[k], at)) may[k] = true;
  }
}

/** One or two characters of `text` from `at`, as one number (a one-character key never equals a two-character one). */
function startKey(text: string, at: number, length: number): number {
  return length === 1 ? -1 - text.charCodeAt(at) : text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}
