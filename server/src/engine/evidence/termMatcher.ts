import { longestWins, type ListedSpan, type TermSource, type Terms } from '../../knowledge';

/** One place in a text where a concept (or one of its kinds) is named. Offsets are UTF-16, end exclusive. */
export interface TermHit {
  concept: string;
  kind?: string;
  start: number;
  end: number;
  /** A common word (`~features`) that means the concept only in its own step. */
  generic: boolean;
}

/** A hit as the matcher finds it: with the place of its term or pattern in the knowledge, for `longestHits`. */
export type ListedHit = TermHit & ListedSpan;

interface CompiledTerm {
  concept: string;
  kind?: string;
  generic: boolean;
  caseSensitive: boolean;
  /** The first word as written, for case-sensitive terms. */
  first: string;
  /** Words after the first; a word ending in `*` is a prefix, `{n}` a number or `k`. */
  words: string[];
  order: number;
}

interface Token {
  start: number;
  end: number;
  lower: string;
}

/** Scripts without spaces between words: their terms are found anywhere in a run of them. */
const spacelessScript = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff\u3130-\u318f]/;
const wordCharacter = /[\p{L}\p{N}]/u;
/** What may stand between two words of one term in the text. */
const joiner = /^[\s\-/_@\u2010-\u2013]+$/;
/** The `{n}` word of a term: a number, or `k` as in "recall@k". */
const numberWord = /^(?:\d+|k)$/i;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Letters and digits, split where the script changes to one without spaces (`ML任务` is `ML` + `任务`). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lowered = text.toLowerCase();
  // Lower-casing keeps offsets for every script a design doc uses; where it does not, each word is lowered alone.
  const sameLength = lowered.length === text.length;
  let start = -1;
  let spaceless = false;
  const close = (end: number): void => {
    if (start >= 0)
      tokens.push({ start, end, lower: sameLength ? lowered.slice(start, end) : text.slice(start, end).toLowerCase() });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ascii = c < 128;
    const word = ascii ? isAsciiAlnum(c) : wordCharacter.test(text[i]);
    if (!word) {
      close(i);
      continue;
    }
    const isSpaceless = !ascii && spacelessScript.test(text[i]);
    if (start >= 0 && isSpaceless !== spaceless) close(i);
    if (start < 0) {
      start = i;
      spaceless = isSpaceless;
    }
  }
  close(text.length);
  return tokens;
}

/** `cross-entropy` → ['cross entropy', 'crossentropy']: a hyphen in a term joins or separates. */
function hyphenVariants(term: string): string[] {
  const parts = term.split('-');
  if (parts.length === 1 || parts.length > 4) return [term.replace(/-/g, ' ')];
  let variants = [parts[0]];
  for (const part of parts.slice(1)) variants = variants.flatMap((v) => [`${v} ${part}`, `${v}${part}`]);
  return variants;
}

const spacelessKey = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledPattern {
  concept: string;
  kind?: string;
  /** Global and multi-line: `^` and `$` hold at the line breaks that join statements as at a text's ends. */
  pattern: RegExp;
  generic: boolean;
  /** Reads past its own match, so on joined statements it could see the neighbours: it is run on each alone. */
  looksAround: boolean;
  order: number;
}

/** A lookahead or lookbehind group in a pattern's source. */
const lookaround = /\(\?<?[=!]/;

/**
 * Finds every concept term of a text in one pass: words are looked up in maps keyed by a term's first word (exact
 * or prefix), so the cost grows with the text, not with the number of terms. Terms in Chinese, Japanese and Korean
 * go into one alternation of literals, run only on text that holds those scripts.
 */
export class TermMatcher {
  private readonly exact = new Map<string, CompiledTerm[]>();
  /** Prefix terms by the first two letters of their prefix (one-letter prefixes under that letter). */
  private readonly prefix = new Map<string, { stem: string; terms: CompiledTerm[] }[]>();
  private spacelessPattern?: RegExp;
  /** Keyed by the term in lower case without spaces. */
  private readonly spacelessTerms = new Map<string, Pick<CompiledTerm, 'concept' | 'kind' | 'generic' | 'order'>[]>();
  private readonly spacelessSources = new Set<string>();
  private readonly patterns: CompiledPattern[] = [];
  /** Terms and patterns as the knowledge lists them, counted: the order of the next one. */
  private listed = 0;

  constructor(concepts: readonly TermSource[]) {
    for (const concept of concepts) {
      this.addTerms(concept.id, undefined, concept.terms);
      this.addPatterns(concept.id, undefined, concept.patterns);
      this.addPatterns(concept.id, undefined, concept.ownStepPatterns, true);
      for (const kind of concept.kinds ?? []) {
        this.addTerms(concept.id, kind.id, kind.terms);
        this.addPatterns(concept.id, kind.id, kind.patterns);
        this.addPatterns(concept.id, kind.id, kind.ownStepPatterns, true);
      }
    }
    const literals = [...this.spacelessSources].sort((a, b) => b.length - a.length);
    if (literals.length)
      this.spacelessPattern = new RegExp(literals.map((l) => escapeRegExp(l).replace(/ /g, '\\s*')).join('|'), 'gi');
  }

  private addPatterns(
    concept: string,
    kind: string | undefined,
    patterns: readonly RegExp[] = [],
    generic = false,
  ): void {
    for (const pattern of patterns) {
      // Multi-line: a document's statements are matched as one text, a statement a line.
      this.patterns.push({
        concept,
        kind,
        generic,
        pattern: new RegExp(pattern.source, pattern.flags.replace(/[gm]/g, '') + 'gm'),
        looksAround: lookaround.test(pattern.source),
        order: this.listed++,
      });
    }
  }

  private addTerms(concept: string, kind: string | undefined, terms: Terms): void {
    for (const list of Object.values(terms)) {
      for (const raw of list ?? []) {
        const generic = raw.startsWith('~');
        const exactCase = raw.startsWith('=');
        const term = generic || exactCase ? raw.slice(1).trim() : raw.trim();
        const order = this.listed++;
        if (spacelessScript.test(term)) {
          const key = spacelessKey(term);
          this.spacelessSources.add(term.toLowerCase().replace(/\s+/g, ' '));
          const entries = this.spacelessTerms.get(key) ?? [];
          entries.push({ concept, kind, generic, order });
          this.spacelessTerms.set(key, entries);
          continue;
        }
        const letters = term.replace(/\P{L}/gu, '');
        const caseSensitive =
          exactCase ||
          (letters.length > 0 &&
            letters.length <= 5 &&
            letters === letters.toUpperCase() &&
            letters !== letters.toLowerCase());
        for (const variant of hyphenVariants(term)) {
          const words = variant
            .split(/[\s/_@]+/)
            .filter(Boolean)
            .map((word) => (caseSensitive ? word : word.toLowerCase()));
          if (words.length === 0) continue;
          const [first, ...rest] = words;
          const compiled: CompiledTerm = { concept, kind, generic, caseSensitive, first, words: rest, order };
          if (first.endsWith('*')) {
            const stem = first.slice(0, -1).toLowerCase();
            const stems = this.prefix.get(stem.slice(0, 2)) ?? [];
            const entry = stems.find((candidate) => candidate.stem === stem);
            if (entry) entry.terms.push(compiled);
            else stems.push({ stem, terms: [compiled] });
            this.prefix.set(stem.slice(0, 2), stems);
          } else {
            const key = first.toLowerCase();
            const entries = this.exact.get(key) ?? [];
            entries.push(compiled);
            this.exact.set(key, entries);
          }
        }
      }
    }
  }

  /**
   * The terms of `text` (not its patterns: see matchPatternsEach), every hit, overlapping ones included: callers keep
   * the longest with `longestHits`, per group of sources that compete (concepts; statement cues).
   */
  match(text: string): ListedHit[] {
    const tokens = tokenize(text);
    const found: ListedHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const exact = this.exact.get(token.lower);
      if (exact) this.collect(text, tokens, i, exact, found);
      // Stems of one letter are kept under that letter, longer ones under their first two.
      const short = this.prefix.get(token.lower[0]);
      if (short)
        for (const { stem, terms } of short)
          if (token.lower.startsWith(stem)) this.collect(text, tokens, i, terms, found);
      const long = token.lower.length > 1 ? this.prefix.get(token.lower.slice(0, 2)) : undefined;
      if (long)
        for (const { stem, terms } of long)
          if (token.lower.startsWith(stem)) this.collect(text, tokens, i, terms, found);
    }
    if (this.spacelessPattern && spacelessScript.test(text)) {
      this.spacelessPattern.lastIndex = 0;
      for (const match of text.matchAll(this.spacelessPattern)) {
        for (const entry of this.spacelessTerms.get(spacelessKey(match[0])) ?? []) {
          found.push({
            concept: entry.concept,
            kind: entry.kind,
            start: match.index,
            end: match.index + match[0].length,
            generic: entry.generic,
            order: entry.order,
          });
        }
      }
    }
    return found;
  }

  /**
   * The pattern hits of each text, exactly as if each were matched alone (a hit never runs from one text into the
   * next), offsets within its text. One pass per pattern over the texts joined by line breaks is far cheaper than one
   * per text; where a hit crosses a line break, the pattern is run again on each text it touched, alone. A pattern
   * that looks around its match is run on each text alone throughout.
   */
  matchPatternsEach(texts: readonly string[]): ListedHit[][] {
    const found = texts.map((): ListedHit[] => []);
    if (texts.length === 0) return found;
    const starts: number[] = [];
    let offset = 0;
    for (const text of texts) {
      starts.push(offset);
      offset += text.length + 1;
    }
    const joined = texts.join('\n');
    for (const compiled of this.patterns) {
      if (compiled.looksAround) {
        texts.forEach((text, t) => this.matchPattern(compiled, text, found[t]));
        continue;
      }
      const hits: ListedHit[] = [];
      this.matchPattern(compiled, joined, hits);
      const textOf: number[] = [];
      /** Texts a crossing hit touched (a later hit of theirs was sought from where it ended): each is matched alone. */
      const alone = new Set<number>();
      let t = 0;
      for (const hit of hits) {
        while (t + 1 < starts.length && starts[t + 1] <= hit.start) t++;
        textOf.push(t);
        for (let next = t; hit.end > starts[next] + texts[next].length; next++) alone.add(next).add(next + 1);
      }
      hits.forEach((hit, h) => {
        const at = textOf[h];
        if (!alone.has(at)) found[at].push({ ...hit, start: hit.start - starts[at], end: hit.end - starts[at] });
      });
      for (const at of alone) this.matchPattern(compiled, texts[at], found[at]);
    }
    return found;
  }

  /** Adds the non-empty matches of one pattern in `text` to `found`. */
  private matchPattern(
    { concept, kind, pattern, generic, order }: CompiledPattern,
    text: string,
    found: ListedHit[],
  ): void {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length)
        found.push({ concept, kind, start: match.index, end: match.index + match[0].length, generic, order });
      else pattern.lastIndex++;
    }
  }

  private collect(text: string, tokens: Token[], i: number, terms: readonly CompiledTerm[], found: ListedHit[]): void {
    const token = tokens[i];
    for (const term of terms) {
      if (term.caseSensitive && text.slice(token.start, token.end) !== term.first) continue;
      const end = this.matchRest(text, tokens, i, term);
      if (end !== undefined)
        found.push({
          concept: term.concept,
          kind: term.kind,
          start: token.start,
          end,
          generic: term.generic,
          order: term.order,
        });
    }
  }

  /** The end offset when the words after the first follow token `i`, joined only by spaces or hyphens. */
  private matchRest(text: string, tokens: Token[], i: number, term: CompiledTerm): number | undefined {
    let end = tokens[i].end;
    for (let k = 0; k < term.words.length; k++) {
      const next = tokens[i + 1 + k];
      if (!next || !joiner.test(text.slice(end, next.start))) return undefined;
      const word = term.words[k];
      const value = term.caseSensitive ? text.slice(next.start, next.end) : next.lower;
      const fits =
        word === '{n}'
          ? numberWord.test(value)
          : word.endsWith('*')
            ? value.startsWith(word.slice(0, -1))
            : value === word;
      if (!fits) return undefined;
      end = next.end;
    }
    return end;
  }
}

/**
 * The hits that stand by the longest-match policy (knowledge/longestMatch.ts), where a hit yields only to a longer one
 * around it: a hit inside a longer one of the same concept, or a common word inside a longer term (`features` in
 * "feature store", `metrics` in "online metrics"), is dropped, and of the very same hit twice the one listed first
 * stands; a specific term inside another concept's phrase stays ("cross-entropy" is a loss inside the metric
 * "cross-entropy loss").
 */
export function longestHits(hits: readonly ListedHit[]): ListedHit[] {
  return longestWins(hits, (hit, taken) => {
    if (taken.start > hit.start || hit.end > taken.end) return false;
    const same = taken.start === hit.start && taken.end === hit.end;
    return same
      ? taken.concept === hit.concept && taken.kind === hit.kind
      : hit.generic || taken.concept === hit.concept;
  });
}
