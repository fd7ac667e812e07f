/** A doc parsed from its previous version re-reads only the statements an edit changed, and equals a fresh parse. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRules, lint, parseDesignDoc, type DesignDoc } from '../../server/src/engine';

const joinLines = (...lines: string[]): string => lines.join('\n');

const model = (doc: DesignDoc) => ({
  statements: doc.statements,
  evidence: doc.evidence,
  steps: doc.steps,
  findings: lint(doc, { rules: defaultRules }),
});

const original = joinLines(
  '# Feed ranking',
  '## 5. Evaluation',
  'Offline we report nDCG@10 on a held-out week.',
  'We run an A/B test on 5% of traffic and track the click-through rate.',
  '## 7. Monitoring',
  'We monitor data drift with a daily PSI check on the top features.',
);

test('an edit to one sentence reads that sentence again and reuses what every other statement says', () => {
  const previous = parseDesignDoc(original, 'markdown');
  const text = original.replace('5% of traffic', '10% of traffic');
  const edited = parseDesignDoc(text, 'markdown', previous);
  assert.deepEqual(model(edited), model(parseDesignDoc(text, 'markdown')));
  const before = new Map(previous.statements.map((statement) => [statement.text, statement.unstated]));
  const reused = edited.statements.filter((statement) => before.get(statement.text) === statement.unstated);
  assert.deepEqual(
    edited.statements.filter((statement) => !reused.includes(statement)).map((statement) => statement.text),
    ['We run an A/B test on 10% of traffic and track the click-through rate.'],
  );
});

test('a statement whose section becomes "Future work" is read again as deferred, though its text is the same', () => {
  const previous = parseDesignDoc(original, 'markdown');
  const text = original.replace('## 7. Monitoring', '## Future work');
  const edited = parseDesignDoc(text, 'markdown', previous);
  assert.deepEqual(model(edited), model(parseDesignDoc(text, 'markdown')));
  const drift = edited.evidence.find((evidence) => evidence.concept === 'drift-monitoring');
  assert.equal(drift?.polarity, 'deferred');
});

test('lines inserted above move the evidence of unchanged statements to their new lines', () => {
  const previous = parseDesignDoc(original, 'markdown');
  const text = original.replace('## 5. Evaluation', '## 5. Evaluation\n\nSee below.\n');
  const edited = parseDesignDoc(text, 'markdown', previous);
  assert.deepEqual(model(edited), model(parseDesignDoc(text, 'markdown')));
});

test('a YAML doc parsed from the Markdown version of it equals a fresh parse', () => {
  const previous = parseDesignDoc(original, 'markdown');
  const text = joinLines('evaluation:', '  offline: We report nDCG@10 on a held-out week.');
  assert.deepEqual(model(parseDesignDoc(text, 'yaml', previous)), model(parseDesignDoc(text, 'yaml')));
});
