/**
 * The fuzz run as part of `npm test`: 5,000 generated and mutated documents with a fixed seed, so a failure here is
 * reproducible with `npm run fuzz -- --runs 5000 --seed 20251202`; `npm run fuzz` explores new seeds. Apart from
 * test/unit: it takes minutes, and the unit suite is for iterating in seconds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFuzz } from './run';

test('fuzz: 5,000 documents, none crashes, misplaces a range, breaks a fix or stalls', () => {
  const result = runFuzz({ runs: 5000, seed: 20251202 });
  assert.equal(result.failures, 0, result.report);
  assert.equal(result.report, 'fuzz: 5000 inputs, 0 failures');
});
