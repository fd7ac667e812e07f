/** Quick-fix edits: each one clears its finding, keeps every line the user wrote, and leaves a valid doc. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  defaultRules,
  lint,
  parseDesignDoc,
  type DocFormat,
  insertAllMissingSteps,
  suppressionEdit,
} from '../../server/src/engine';
import { applyEdits, onlyInserted } from '../helpers/textEdits';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'docs', name), 'utf8');
const joinLines = (...lines: string[]): string => lines.join('\n');

function applyFixOf(text: string, format: DocFormat, rule: string): string {
  const finding = lint(parseDesignDoc(text, format), { rules: defaultRules }).find((f) => f.rule === rule);
  assert.ok(finding?.fix, `a ${rule} finding with a fix`);
  return applyEdits(text, finding.fix.edits);
}

for (const [name, format] of [
  ['missing-monitoring.mlsd.md', 'markdown'],
  ['missing-monitoring.mlsd.yaml', 'yaml'],
] as const) {
  test(`missing-step fix on ${name} inserts a skeleton that clears the finding`, () => {
    const before = fixture(name);
    const after = applyFixOf(before, format, 'missing-step');
    assert.ok(onlyInserted(before, after), 'the fix only inserts');
    const findings = lint(parseDesignDoc(after, format), { rules: defaultRules }).map((f) => f.rule);
    assert.ok(!findings.includes('missing-step'), findings.join());
    assert.ok(!findings.includes('syntax-error'), findings.join());
    assert.ok(!findings.includes('step-order'), 'inserted where the seven-step order puts it');
    assert.equal(parseDesignDoc(after, format).steps.monitoring.state, 'empty', 'the skeleton still needs writing');
  });
}

test('the Markdown skeleton follows the doc heading style and carries prompts as comments', () => {
  const after = applyFixOf(fixture('missing-monitoring.mlsd.md'), 'markdown', 'missing-step');
  assert.match(
    after,
    /\n\n## 7\. Monitoring and infrastructure\n\n- Drift and distribution shift: TODO <!-- Which drift signals/,
  );
});

test('fix all inserts every missing step in the framework order', () => {
  const before = joinLines(
    '# Visual search',
    '',
    '## Evaluation',
    'Offline nDCG@10 with graded labels; online CTR in an A/B test.',
    '',
  );
  const doc = parseDesignDoc(before, 'markdown');
  const after = applyEdits(before, insertAllMissingSteps(doc));
  assert.ok(onlyInserted(before, after));
  const fixed = parseDesignDoc(after, 'markdown');
  const headings = fixed.sections.filter((s) => s.level === 2).map((s) => s.title);
  assert.deepEqual(headings, [
    'Clarifying requirements',
    'Framing the problem as an ML task',
    'Data preparation',
    'Model development',
    'Evaluation',
    'Deployment and serving',
    'Monitoring and infrastructure',
  ]);
  const rules = lint(fixed, { rules: defaultRules }).map((f) => f.rule);
  assert.ok(!rules.includes('missing-step') && !rules.includes('step-order'), rules.join());
});

test('empty-step fix inserts prompts under the heading', () => {
  const before = fixture('empty-step.mlsd.md');
  const after = applyFixOf(before, 'markdown', 'empty-step');
  assert.ok(onlyInserted(before, after));
  assert.match(after, /## Monitoring <!-- expect: empty-step -->\n\n- Drift and distribution shift: TODO/);
});

test('suppression edits insert a comment above the line or at the top of the file', () => {
  const markdown = joinLines('---', 'mlsd: 1', '---', '# Draft', '  ## Serving');
  const doc = parseDesignDoc(markdown, 'markdown');
  const finding = {
    rule: 'missing-step',
    severity: 'error' as const,
    message: '',
    range: { start: { line: 4, character: 2 }, end: { line: 4, character: 12 } },
  };
  assert.equal(
    applyEdits(markdown, [suppressionEdit(doc, finding, 'line')]),
    joinLines('---', 'mlsd: 1', '---', '# Draft', '  <!-- mlsd-disable-next-line missing-step -->', '  ## Serving'),
  );
  assert.equal(
    applyEdits(markdown, [suppressionEdit(doc, finding, 'file')]),
    joinLines('---', 'mlsd: 1', '---', '<!-- mlsd-disable-file missing-step -->', '# Draft', '  ## Serving'),
  );
  const yaml = 'mlsd: 1\nserving: batch\n';
  const yamlDoc = parseDesignDoc(yaml, 'yaml');
  assert.equal(
    applyEdits(yaml, [
      suppressionEdit(
        yamlDoc,
        { ...finding, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } } },
        'line',
      ),
    ]),
    'mlsd: 1\n# mlsd-disable-next-line missing-step\nserving: batch\n',
  );
});

/** Each sub-topic rule, on a fixture that triggers it: the fix inserts a skeleton sub-section inside the step. */
const subTopicCases: [rule: string, fixture: string][] = [
  ['missing-offline-metrics', 'online-metrics-only.mlsd.md'],
  ['missing-online-metrics', 'offline-metrics-only.mlsd.yaml'],
  ['missing-serving-mode', 'serving-without-mode-or-rollout.mlsd.md'],
  ['missing-production-testing', 'serving-without-mode-or-rollout.mlsd.md'],
  ['missing-drift-monitoring', 'monitoring-without-drift.mlsd.md'],
  ['missing-baseline', 'model-without-baseline-or-loss.mlsd.md'],
  ['missing-baseline', 'missing-monitoring.mlsd.yaml'],
  ['missing-loss', 'model-without-baseline-or-loss.mlsd.md'],
  ['missing-loss', 'missing-monitoring.mlsd.yaml'],
  ['missing-label-source', 'data-without-labels.mlsd.md'],
  ['missing-ml-category', 'framing-gaps.mlsd.md'],
  ['missing-ml-objective', 'framing-no-objective.mlsd.yaml'],
  ['missing-io', 'framing-gaps.mlsd.md'],
  ['missing-scale-numbers', 'requirements-without-numbers.mlsd.md'],
  ['missing-latency-budget', 'requirements-without-numbers.mlsd.md'],
  ['class-imbalance', 'online-metrics-only.mlsd.md'],
  ['class-imbalance', 'class-imbalance.mlsd.yaml'],
];

/** Rule ids of the findings, with multiplicity. */
const ruleCounts = (text: string, format: DocFormat): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const finding of lint(parseDesignDoc(text, format), { rules: defaultRules }))
    counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return counts;
};

for (const [rule, name] of subTopicCases) {
  test(`${rule} fix on ${name} inserts a skeleton sub-section; only its TODO is reported afterwards`, () => {
    const format: DocFormat = name.endsWith('.yaml') ? 'yaml' : 'markdown';
    const before = fixture(name);
    const after = applyFixOf(before, format, rule);
    assert.ok(onlyInserted(before, after), 'the fix only inserts');
    const old = ruleCounts(before, format);
    const now = ruleCounts(after, format);
    assert.ok(!now.has(rule), `${rule} is gone: ${[...now.keys()].join()}`);
    for (const [id, count] of now) {
      if (id === 'placeholder-text') continue;
      assert.ok(count <= (old.get(id) ?? 0), `no new ${id} finding`);
    }
    assert.equal(
      now.get('placeholder-text') ?? 0,
      (old.get('placeholder-text') ?? 0) + 1,
      'the inserted TODO is reported',
    );
    if (format === 'yaml') {
      const doc = parseDesignDoc(after, 'yaml');
      assert.deepEqual(doc.syntaxProblems, [], 'the YAML still parses');
    }
  });
}

test('a Markdown skeleton goes at the end of the step, one heading level below it, with the prompt as a comment', () => {
  const before = joinLines(
    '# Doc',
    '',
    '## 5. Evaluation',
    'Offline we report nDCG@10 on held-out sessions.',
    '',
    '### Slices',
    'New users and new items separately.',
    '',
    '## 6. Serving',
    'Online prediction behind the feed API; a shadow deployment first.',
  );
  const after = applyFixOf(before, 'markdown', 'missing-online-metrics');
  assert.equal(
    after,
    joinLines(
      '# Doc',
      '',
      '## 5. Evaluation',
      'Offline we report nDCG@10 on held-out sessions.',
      '',
      '### Slices',
      'New users and new items separately.',
      '',
      '### Online metrics',
      '',
      'TODO <!-- Which online metrics measure business impact in an A/B test? -->',
      '',
      '## 6. Serving',
      'Online prediction behind the feed API; a shadow deployment first.',
    ),
  );
});

test('a YAML skeleton is a nested key in the style of its siblings; a step written as one string gets no fix', () => {
  const map =
    'evaluation:\n  offline: nDCG@10 and recall@100 on the last week of sessions.\nserving:\n  mode: online\n';
  assert.equal(
    applyFixOf(map, 'yaml', 'missing-online-metrics'),
    'evaluation:\n  offline: nDCG@10 and recall@100 on the last week of sessions.\n  online_metrics: TODO  # Which online metrics measure business impact in an A/B test?\nserving:\n  mode: online\n',
  );
  const scalar = 'evaluation: nDCG@10 and recall@100 on the last week of sessions, sliced by country.\n';
  const finding = lint(parseDesignDoc(scalar, 'yaml'), { rules: defaultRules }).find(
    (f) => f.rule === 'missing-online-metrics',
  );
  assert.ok(finding, 'the finding is still reported');
  assert.equal(finding.fix, undefined, 'inserting a key under a string value would change it');
});

test('fixes keep a CRLF document in CRLF', () => {
  const before = fixture('missing-monitoring.mlsd.md').replace(/\n/g, '\r\n');
  const after = applyFixOf(before, 'markdown', 'missing-step');
  assert.ok(after.length > before.length);
  assert.doesNotMatch(after, /[^\r]\n/, 'every inserted line break is CRLF');
});
