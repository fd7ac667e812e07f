/**
 * The one longest-match policy (knowledge/longestMatch.ts) and the two ways the engine finds the knowledge in text
 * through it: aliases as regexes (metrics, glossary, heading names) and concept terms and patterns (TermMatcher).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';
import { longestHits, TermMatcher, type ListedHit } from '../../server/src/engine/evidence/termMatcher';
import { longestMatches, longestWins, type ListedSpan } from '../../server/src/knowledge';

const find = (name: string, start: number, end: number, order: number) => ({ name, start, end, order });
const names = (finds: readonly { name: string }[]): string[] => finds.map((f) => f.name);

describe('longestWins', () => {
  test('the longest span wins over any find it overlaps, whatever order they come in', () => {
    const finds = [find('ab', 0, 2, 0), find('bcd', 1, 4, 1), find('d', 3, 4, 2), find('ef', 5, 7, 3)];
    assert.deepEqual(names(longestWins(finds)), ['bcd', 'ef']);
    assert.deepEqual(names(longestWins([...finds].reverse())), ['bcd', 'ef']);
  });

  test('on equal length the earlier start wins', () => {
    const finds = [find('later', 2, 5, 0), find('earlier', 0, 3, 1)];
    assert.deepEqual(names(longestWins(finds)), ['earlier']);
  });

  test('on the very same words the find the knowledge lists first wins, whatever order they come in', () => {
    const listedSecond = find('second', 4, 9, 7);
    const listedFirst = find('first', 4, 9, 3);
    assert.deepEqual(names(longestWins([listedSecond, listedFirst])), ['first']);
    assert.deepEqual(names(longestWins([listedFirst, listedSecond])), ['first']);
  });

  test('a find that need not yield stays, and what stands comes in text order, then by end, then by listing', () => {
    const finds = [find('inner', 2, 4, 0), find('outer', 0, 6, 1), find('twin', 0, 6, 2), find('start', 0, 1, 3)];
    const neverYields = () => false;
    assert.deepEqual(names(longestWins(finds, neverYields)), ['start', 'outer', 'twin', 'inner']);
  });

  test('the finds given are left as they were', () => {
    const finds: ListedSpan[] = [find('b', 3, 4, 0), find('a', 0, 4, 1)];
    const copy = finds.map((f) => ({ ...f }));
    longestWins(finds);
    assert.deepEqual(finds, copy);
  });
});

describe('longestMatches (aliases as regexes)', () => {
  test('the longest alias wins; of two aliases on the same words, the one listed first', () => {
    const patterns = [
      { item: 'auc', pattern: /\bauc\b/gi },
      { item: 'pr-auc', pattern: /\bpr-auc\b/gi },
      { item: 'area', pattern: /\bpr-auc\b/gi },
    ];
    const found = longestMatches('PR-AUC and AUC', patterns);
    assert.deepEqual(
      found.map((m) => [m.item, m.index, m.length]),
      [
        ['pr-auc', 0, 6],
        ['auc', 11, 3],
      ],
    );
  });

  test('the same words may name two things when the caller keeps such ties, in listing order', () => {
    const patterns = [
      { item: 'framing', pattern: /problem formulation/g },
      { item: 'requirements', pattern: /problem formulation/g },
    ];
    assert.deepEqual(
      longestMatches('problem formulation', patterns, () => true).map((m) => m.item),
      ['framing', 'requirements'],
    );
    assert.deepEqual(
      longestMatches('problem formulation', patterns).map((m) => m.item),
      ['framing'],
    );
  });
});

describe('longestHits (concept terms and patterns)', () => {
  /** "maximi*" is a term (it counts anywhere) and a pattern of the concept's own step (a common word elsewhere). */
  const termFirst = new TermMatcher([
    { id: 'objective', terms: { en: ['maximi*'] }, ownStepPatterns: [/\bmaximi[sz]\w*/i] },
  ]);
  /** The same words listed the other way round: the common-word pattern first, then the term. */
  const patternFirst = new TermMatcher([
    { id: 'objective', terms: {}, ownStepPatterns: [/\bmaximi[sz]\w*/i] },
    { id: 'objective', terms: { en: ['maximi*'] } },
  ]);
  const text = 'We maximize revenue.';
  const hitsOf = (matcher: TermMatcher): { terms: ListedHit[]; patterns: ListedHit[] } => ({
    terms: matcher.match(text),
    patterns: matcher.matchPatternsEach([text])[0],
  });

  test('of a term and a pattern of one concept on the very same words, the one listed first stands', () => {
    // Statements were read with the pattern hits first and the term hits after; the order they arrive in must not
    // decide which reading stands.
    for (const [matcher, generic] of [
      [termFirst, false],
      [patternFirst, true],
    ] as const) {
      const { terms, patterns } = hitsOf(matcher);
      for (const hits of [
        [...patterns, ...terms],
        [...terms, ...patterns],
      ]) {
        const kept = longestHits(hits);
        assert.deepEqual(
          kept.map((hit) => [hit.concept, text.slice(hit.start, hit.end), hit.generic]),
          [['objective', 'maximize', generic]],
        );
      }
    }
  });

  test('a specific term inside another concept’s longer phrase stays; a common word inside a longer term yields', () => {
    const matcher = new TermMatcher([
      { id: 'loss', terms: { en: ['cross-entropy'] } },
      { id: 'metric', terms: { en: ['cross-entropy loss'] } },
      { id: 'features', terms: { en: ['~features', 'feature store'] } },
      { id: 'storage', terms: { en: ['feature store', '~store'] } },
    ]);
    const line = 'The cross-entropy loss reads the feature store.';
    const kept = longestHits(matcher.match(line)).map((hit) => [hit.concept, line.slice(hit.start, hit.end)]);
    assert.deepEqual(kept, [
      ['loss', 'cross-entropy'],
      ['metric', 'cross-entropy loss'],
      ['features', 'feature store'],
      ['storage', 'feature store'],
    ]);
  });

  test('in a document, a term of the framing step named in another step counts as its passing mention', () => {
    const doc = parseDesignDoc(
      ['# Doc', '', '## Evaluation', '', 'The sMSE is minimized by the expectation.'].join('\n'),
      'markdown',
    );
    const objective = doc.evidence.filter((evidence) => evidence.concept === 'ml-objective');
    assert.deepEqual(
      objective.map((evidence) => [
        doc.lines[evidence.range.start.line].slice(evidence.range.start.character, evidence.range.end.character),
        evidence.generic,
      ]),
      [['minimized', false]],
    );
  });
});
