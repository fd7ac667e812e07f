/** Concept patterns read each statement alone: a phrase split over two statements names nothing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';
import { TermMatcher } from '../../server/src/engine/evidence/termMatcher';

const joinLines = (...lines: string[]): string => lines.join('\n');

const drift = new TermMatcher([
  {
    id: 'drift-monitoring',
    terms: {},
    patterns: [/\b(?:data|label)[\s-]+(?:shifts?|changes?)\b/i],
  },
  { id: 'objective', terms: {}, patterns: [/(?<!\bbusiness\s)\bobjectives?\s*(?:is|are|:)/i] },
]);

const spans = (texts: string[]): [string, string][][] =>
  drift.matchPatternsEach(texts).map((hits, t) => hits.map((hit) => [hit.concept, texts[t].slice(hit.start, hit.end)]));

test('a pattern hit never runs from one statement into the next', () => {
  assert.deepEqual(spans(['- Training data', '- Changes are reviewed weekly.']), [[], []]);
  assert.deepEqual(spans(['Training data', 'changes weekly']), [[], []]);
  // The same words within one statement are a hit.
  assert.deepEqual(spans(['Training data changes weekly']), [[['drift-monitoring', 'data changes']]]);
});

test('after a phrase split over two statements, each still gets the hits it holds alone, at its own offsets', () => {
  assert.deepEqual(spans(['label data', 'shifts, then label shifts', 'a data change']), [
    [],
    [['drift-monitoring', 'label shifts']],
    [['drift-monitoring', 'data change']],
  ]);
});

test('a pattern that looks behind its match does not see the statement before', () => {
  assert.deepEqual(spans(['Our business', 'objectives are clear.']), [[], [['objective', 'objectives are']]]);
});

test('in a document, a list item ending in a term start and the next item completing it give no evidence', () => {
  const doc = parseDesignDoc(
    joinLines('## 3. Data', '- Training data', '- Changes are reviewed by the team every week.'),
    'markdown',
  );
  assert.deepEqual(
    doc.evidence.filter((evidence) => evidence.concept === 'drift-monitoring'),
    [],
  );
  const split = parseDesignDoc(joinLines('## 3. Data', '- Training data changes are reviewed every week.'), 'markdown');
  assert.equal(split.evidence.filter((evidence) => evidence.concept === 'drift-monitoring').length, 1);
});
