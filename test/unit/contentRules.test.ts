/** The content rules (metrics, serving, monitoring, model, data, placeholders) and the step-text helper they share. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRules, lint, parseDesignDoc } from '../../server/src/engine';
import { stepText } from '../../server/src/engine/model/stepText';

const contentRules = [
  'missing-offline-metrics',
  'missing-online-metrics',
  'missing-serving-mode',
  'missing-production-testing',
  'missing-drift-monitoring',
  'missing-baseline',
  'missing-loss',
  'missing-label-source',
  'placeholder-text',
  'metric-task-mismatch',
  'offline-online-confusion',
  'missing-ml-category',
  'missing-ml-objective',
  'missing-io',
  'missing-scale-numbers',
  'missing-latency-budget',
  'class-imbalance',
  'case-study-expectation',
  'front-matter-schema',
  'production-readiness',
];
/** A doc that passes production-readiness covers 28 tests: too long for an example; its fixtures are in productionReadiness.test.ts. */
const withoutExamples = new Set(['production-readiness']);

test('content rules are registered after the structural rules, in priority order', () => {
  const ids = defaultRules.map((rule) => rule.id);
  assert.deepEqual(ids.slice(-contentRules.length), contentRules);
});

const ids = defaultRules.map((rule) => rule.id);

for (const id of contentRules.filter((rule) => !withoutExamples.has(rule))) {
  test(`${id}: its documented bad example triggers it and its good example does not`, () => {
    const rule = defaultRules.find((r) => r.id === id);
    assert.ok(rule?.examples);
    const context = { ruleIds: ids, diagrams: new Map() };
    assert.ok(rule.check(parseDesignDoc(rule.examples.bad, 'markdown'), context).length > 0, 'bad example');
    assert.deepEqual(rule.check(parseDesignDoc(rule.examples.good, 'markdown'), context), [], 'good example');
  });
}

test('stepText returns the own lines of every section attributed to the step', () => {
  const doc = parseDesignDoc(
    [
      '# Doc',
      '',
      '## Evaluation',
      'Offline nDCG@10.',
      '### Online',
      'CTR in an A/B test.',
      '',
      '## Serving',
      'Online prediction.',
    ].join('\n'),
    'markdown',
  );
  const evaluation = stepText(doc, 'evaluation');
  assert.deepEqual(evaluation.lines, [2, 3, 4, 5]);
  assert.match(evaluation.text, /Offline nDCG@10\.\n### Online\nCTR/);
  assert.deepEqual(stepText(doc, 'monitoring'), { text: '', lines: [] });
});

test('a step that is missing or empty is left to missing-step and empty-step', () => {
  const doc = parseDesignDoc('# Doc\n\n## Monitoring\n- TBD\n', 'markdown');
  const rules = lint(doc, { rules: defaultRules }).map((finding) => finding.rule);
  assert.ok(rules.includes('empty-step'));
  assert.ok(!rules.includes('missing-drift-monitoring'), rules.join());
  assert.ok(!rules.includes('missing-offline-metrics'), rules.join());
});

test('a finding about absent content sits on the step heading', () => {
  const text =
    '# Doc\n\n## 7. Monitoring\nDashboards for p99 latency, QPS and error rate, with a pager alert and weekly retraining.\n';
  const finding = lint(parseDesignDoc(text, 'markdown'), { rules: defaultRules }).find(
    (f) => f.rule === 'missing-drift-monitoring',
  );
  assert.deepEqual(finding?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } });
  assert.match(finding.message, /PSI/);
});

test('the metric advice speaks to the ML category the framing names', () => {
  const text = [
    '# Doc',
    '## Framing',
    'A ranking problem: learning to rank the candidate videos for each user, output is an ordered list.',
    '## Evaluation',
    'We compare watch time per user and CTR between the old and new model in an A/B test.',
  ].join('\n');
  const finding = lint(parseDesignDoc(text, 'markdown'), { rules: defaultRules }).find(
    (f) => f.rule === 'missing-offline-metrics',
  );
  assert.match(finding?.message ?? '', /for ranking \/ recommendation \/ search, e\.g\. .*Precision@k/);
});

test('placeholder-text points at the placeholder itself, not the line', () => {
  const text = '# Doc\n\n## Evaluation\n- Offline metrics: recall@10, TBD for the ranker\n- Online metrics: …\n';
  const findings = lint(parseDesignDoc(text, 'markdown'), { rules: defaultRules }).filter(
    (f) => f.rule === 'placeholder-text',
  );
  assert.deepEqual(
    findings.map((f) => f.range),
    [
      { start: { line: 3, character: 30 }, end: { line: 3, character: 33 } },
      { start: { line: 4, character: 18 }, end: { line: 4, character: 19 } },
    ],
  );
});

test('placeholder-text ignores code, comments, inline code, links and ordinary phrases', () => {
  const text = [
    '# Doc',
    '## Data',
    'We fill in missing values with the median; pairs are `<user, item>` and `TODO` is a column name.',
    'Scoring is to be completed within 50 ms, see [the notes](https://example.com/todo).',
    '<!-- TODO: a note to self -->',
    '---',
    '```python',
    '# TBD in code',
    '```',
  ].join('\n');
  const findings = lint(parseDesignDoc(text, 'markdown'), { rules: defaultRules }).filter(
    (f) => f.rule === 'placeholder-text',
  );
  assert.deepEqual(findings, []);
});
