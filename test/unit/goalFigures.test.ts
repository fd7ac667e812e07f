/** "Target" is the label or a goal figure: only the label is evidence of the labels or the ML objective. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';

const conceptsIn = (sentence: string): string[] =>
  parseDesignDoc(`# Doc\n\n${sentence}\n`, 'markdown').evidence.map((evidence) => evidence.concept);

test('"Target:" before a label is the label source; before a comparison, an amount or a bound it is a goal', () => {
  assert.ok(conceptsIn('Target: a booking within 24 hours of the search.').includes('label-source'));
  assert.ok(conceptsIn('Target variable: 1 when the user books.').includes('label-source'));
  for (const goal of [
    'Target: <1 hour for high-confidence violations.',
    'Target: 99.9% of requests answered.',
    'Target: under 200 ms at p99.',
    'Target: $1.00 per review at most.',
    'Target: at least 95% recall.',
  ])
    assert.ok(!conceptsIn(goal).includes('label-source'), goal);
});

test('"the target is" names the ML objective, unless a goal figure follows', () => {
  assert.ok(conceptsIn('The target is whether the user books the hotel.').includes('ml-objective'));
  assert.ok(!conceptsIn('The target is 50 ms at p99 for the whole request.').includes('ml-objective'));
  assert.ok(!conceptsIn('The target is below 1% of daily users.').includes('ml-objective'));
});
