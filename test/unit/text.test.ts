/** Text measures the coverage model relies on: word counts and placeholder detection. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, isPlaceholder } from '../../server/src/engine/text/words';

test('words are runs of letters and digits joined by apostrophes, dots, dashes, slashes and @', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('The model’s p99 latency is 120 ms.'), 7);
  assert.equal(countWords('two-tower / nDCG@10 (offline), e.g. A/B'), 5);
  assert.equal(countWords('Ünïcode wörds zählen 数据准备'), 5, 'four CJK characters count as two words');
  assert.equal(countWords('--- | *** | ...'), 0);
});

test('every kind of placeholder marker is recognised, and ordinary sentences are not', () => {
  for (const placeholder of [
    'TODO',
    'tbd',
    'TBC.',
    'FIXME later',
    'XXX',
    'WIP',
    'Lorem ipsum',
    'Coming soon',
    'fill in later',
    'Metrics (to be added)',
    'to be decided.',
    '<fill in the metric>',
    '[add metrics]',
    '{{ owner }}',
    '???',
    '- ...',
    'Offline metrics: …',
    '---',
  ]) {
    assert.equal(isPlaceholder(placeholder), true, placeholder);
  }
  for (const content of [
    'Ranking has to be completed within 50 ms per request.',
    'Fill in missing values with the median.',
    'Given a <user, ad> pair, predict P(click).',
    'Latency matters; see the budget below.',
  ]) {
    assert.equal(isPlaceholder(content), false, content);
  }
});
