/** Inline suppression comments: parsing into the model, every directive's scope, code ignored, unknown ids reported. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRules, lint, parseDesignDoc, type DocFormat, suppressionEdit } from '../../server/src/engine';
import { suppressionCheck } from '../../server/src/engine/model/suppressions';
import { applyEdits } from '../helpers/textEdits';

const joinLines = (...lines: string[]): string => lines.join('\n');

/** Which of the given lines suppress `rule`, for a doc's comments. */
function suppressedLines(text: string, format: DocFormat, rule: string): number[] {
  const doc = parseDesignDoc(text, format);
  const check = suppressionCheck(doc.suppressions);
  return doc.lines.map((_, line) => line).filter((line) => check(rule, line));
}

/** A Markdown doc with headings for the first six steps: monitoring is missing, reported on the serving heading. */
function withoutMonitoring(servingHeading: string, before: string[] = []): string {
  return joinLines(
    ...before,
    '# Feed ranking',
    '## 1. Clarifying requirements',
    'The goal is more sessions per user; 40M DAU, 5k QPS at peak, 200 ms budget per request.',
    '## 2. Framing the problem as an ML task',
    'A pointwise ranking task: predict P(engage | user, post) and sort the candidates by it.',
    '## 3. Data preparation',
    'Labels come from logged engagements; features are user history and post embeddings.',
    '## 4. Model development',
    'A logistic-regression baseline, then a two-tower network trained with cross-entropy loss.',
    '## 5. Evaluation',
    'Offline nDCG@10 on a held-out day; online an A/B test on sessions per user and CTR.',
    servingHeading,
    'Candidates from an ANN index, ranked online by the model behind a feature cache.',
  );
}

function rulesAt(text: string, format: DocFormat = 'markdown'): string[] {
  return lint(parseDesignDoc(text, format), { rules: defaultRules }).map((f) => `${f.range.start.line}:${f.rule}`);
}

test('the model carries parsed suppression comments: directive, ids and their ranges', () => {
  const doc = parseDesignDoc(
    joinLines('# T', 'Text <!-- mlsd-disable-line step-order, empty-step -- reordered on purpose -->'),
    'markdown',
  );
  assert.deepEqual(doc.suppressions, [
    {
      kind: 'disable-line',
      directive: 'mlsd-disable-line',
      range: { start: { line: 1, character: 10 }, end: { line: 1, character: 27 } },
      rules: [
        { id: 'step-order', range: { start: { line: 1, character: 28 }, end: { line: 1, character: 38 } } },
        { id: 'empty-step', range: { start: { line: 1, character: 40 }, end: { line: 1, character: 50 } } },
      ],
    },
  ]);
});

test('Markdown: disable … enable is a range; no ids means every rule', () => {
  const text = joinLines(
    'a', // 0
    '<!-- mlsd-disable step-order -->', // 1
    'b', // 2
    '<!-- mlsd-disable -->', // 3
    'c', // 4
    '<!-- mlsd-enable empty-step -->', // 5
    'd', // 6
    '<!-- mlsd-enable -->', // 7
    'e', // 8
  );
  assert.deepEqual(suppressedLines(text, 'markdown', 'step-order'), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(suppressedLines(text, 'markdown', 'empty-step'), [3, 4]);
  assert.deepEqual(suppressedLines(text, 'markdown', 'missing-step'), [3, 4, 5, 6]);
});

test('Markdown: disable-next-line, disable-line and disable-file', () => {
  const text = joinLines(
    '<!-- mlsd-disable-next-line step-order -->', // 0
    'a', // 1
    'b <!-- mlsd-disable-line empty-step --> <!-- mlsd-disable-line missing-step -->', // 2
    'c', // 3
    '<!-- mlsd-disable-file duplicate-step -->', // 4
  );
  assert.deepEqual(suppressedLines(text, 'markdown', 'step-order'), [1]);
  assert.deepEqual(suppressedLines(text, 'markdown', 'empty-step'), [2]);
  assert.deepEqual(suppressedLines(text, 'markdown', 'missing-step'), [2]);
  assert.deepEqual(suppressedLines(text, 'markdown', 'duplicate-step'), [0, 1, 2, 3, 4]);
});

test('Markdown: a directive may touch the closing --> of its comment', () => {
  const text = joinLines('<!--mlsd-disable-next-line-->', 'a', 'b <!-- mlsd-disable-line step-order-->');
  assert.deepEqual(suppressedLines(text, 'markdown', 'empty-step'), [1]);
  assert.deepEqual(suppressedLines(text, 'markdown', 'step-order'), [1, 2]);
});

test('Markdown: comments in fenced, indented and quoted code, inline code and front matter do not count', () => {
  const text = joinLines(
    '---',
    'mlsd: 1 # <!-- mlsd-disable-file -->',
    '---',
    '```markdown',
    '<!-- mlsd-disable-file -->',
    '```',
    '~~~~',
    '```',
    '<!-- mlsd-disable-file -->',
    '~~~~',
    'Write `<!-- mlsd-disable-file -->` to turn a rule off.',
    '',
    '    <!-- mlsd-disable-file -->',
    '',
    '> ```',
    '> <!-- mlsd-disable-file -->',
    '> ```',
  );
  assert.deepEqual(parseDesignDoc(text, 'markdown').suppressions, []);
});

test('lint(): a suppressed finding is dropped for every rule, wherever the comment sits', () => {
  const missing = '11:missing-step';
  assert.ok(rulesAt(withoutMonitoring('## 6. Deployment and serving')).includes(missing));
  assert.ok(
    !rulesAt(withoutMonitoring('## 6. Deployment and serving <!-- mlsd-disable-line missing-step -->')).includes(
      missing,
    ),
  );
  assert.ok(
    !rulesAt(withoutMonitoring('## 6. Deployment and serving', ['<!-- mlsd-disable-file missing-step -->'])).some((r) =>
      r.endsWith(':missing-step'),
    ),
  );
  const above = withoutMonitoring('<!-- mlsd-disable-next-line missing-step -->\n## 6. Deployment and serving');
  assert.ok(!rulesAt(above).some((r) => r.endsWith(':missing-step')), rulesAt(above).join(', '));
  const other = rulesAt(withoutMonitoring('## 6. Deployment and serving <!-- mlsd-disable-line step-order -->'));
  assert.ok(other.includes(missing), 'another rule id leaves missing-step alone');
});

test('YAML: disable-next-line, disable-line and disable-file comments; # inside scalars is text', () => {
  const text = joinLines(
    '# mlsd-disable-file step-order', // 0
    'mlsd: 1', // 1
    'requirements: |', // 2
    '  # mlsd-disable-file', // 3 (block scalar text, not a comment)
    '  Scale: 10M DAU.', // 4
    'framing: "P(click) # mlsd-disable-line missing-step"', // 5 (a string)
    '# mlsd-disable-next-line missing-step', // 6
    'data: Logged clicks are the labels. # mlsd-disable-line empty-step', // 7
  );
  const doc = parseDesignDoc(text, 'yaml');
  assert.deepEqual(
    doc.suppressions.map((c) => [c.kind, c.range.start.line, c.rules.map((r) => r.id)]),
    [
      ['disable-file', 0, ['step-order']],
      ['disable-next-line', 6, ['missing-step']],
      ['disable-line', 7, ['empty-step']],
    ],
  );
  assert.deepEqual(suppressedLines(text, 'yaml', 'missing-step'), [7]);
  assert.deepEqual(suppressedLines(text, 'yaml', 'empty-step'), [7]);
  assert.equal(suppressedLines(text, 'yaml', 'step-order').length, doc.lines.length);
});

test('YAML with lone CR line endings: comments are found on their own lines, and suppress', () => {
  const text = [
    'mlsd: 1',
    '# mlsd-disable-next-line missing-step',
    'data: Logged clicks. # mlsd-disable-line nope',
    '',
  ].join('\r');
  const doc = parseDesignDoc(text, 'yaml');
  assert.deepEqual(
    doc.suppressions.map((c) => [c.kind, c.range.start.line, c.rules.map((r) => [r.id, r.range])]),
    [
      [
        'disable-next-line',
        1,
        [['missing-step', { start: { line: 1, character: 25 }, end: { line: 1, character: 37 } }]],
      ],
      ['disable-line', 2, [['nope', { start: { line: 2, character: 41 }, end: { line: 2, character: 45 } }]]],
    ],
  );
  assert.deepEqual(suppressedLines(text, 'yaml', 'missing-step'), [2]);
});

test('unknown rule ids and misspelt directives are reported by suppression-comment, on the id', () => {
  const text = joinLines(
    '# T', // 0
    '<!-- mlsd-disable-next-line missing-steps step-order -->', // 1
    '## Notes', // 2
    '<!-- mlsd-disable-nextline step-order -->', // 3
    '<!-- mlsd-enable -->', // 4
  );
  const findings = lint(parseDesignDoc(text, 'markdown'), { rules: defaultRules }).filter(
    (f) => f.rule === 'suppression-comment',
  );
  assert.deepEqual(
    findings.map((f) => [f.range, f.severity]),
    [
      [{ start: { line: 1, character: 28 }, end: { line: 1, character: 41 } }, 'warning'],
      [{ start: { line: 3, character: 5 }, end: { line: 3, character: 26 } }, 'warning'],
    ],
  );
  assert.match(findings[0].message, /Unknown rule "missing-steps".*Did you mean "missing-step"\?/);
  assert.match(findings[1].message, /Unknown directive "mlsd-disable-nextline"/);
  const yaml = lint(parseDesignDoc('mlsd: 1\n# mlsd-disable-line nope\n', 'yaml'), { rules: defaultRules }).filter(
    (f) => f.rule === 'suppression-comment',
  );
  assert.deepEqual(
    yaml.map((f) => f.range.start),
    [{ line: 1, character: 20 }],
  );
});

test('an ordinary comment mentioning mlsd is not a directive', () => {
  assert.deepEqual(
    parseDesignDoc('# T\n<!-- see mlsd-disable in the README -->\n<!-- mlsd-language-server -->\n', 'markdown')
      .suppressions,
    [],
  );
});

test('the "Disable … for this line / file" quick-fix comments silence exactly that finding', () => {
  const cases: [string, DocFormat][] = [
    [withoutMonitoring('## 6. Deployment and serving'), 'markdown'],
    [
      withoutMonitoring('## 6. Deployment and serving').replace('# Feed ranking', '---\nmlsd: 1\n---\n# Feed ranking'),
      'markdown',
    ],
    ['mlsd: 1\nrequirements: 40M DAU and 5k QPS at peak with a 200 ms latency budget for ranking.\n', 'yaml'],
  ];
  for (const [text, format] of cases) {
    const doc = parseDesignDoc(text, format);
    const finding = lint(doc, { rules: defaultRules }).find((f) => f.rule === 'missing-step');
    assert.ok(finding, `a missing-step finding in ${format}`);
    const count = (t: string) =>
      lint(parseDesignDoc(t, format), { rules: defaultRules }).filter((f) => f.rule === 'missing-step').length;
    for (const scope of ['line', 'file'] as const) {
      const fixed = applyEdits(text, [suppressionEdit(doc, finding, scope)]);
      const expected: number =
        scope === 'file'
          ? 0
          : count(text) -
            lint(doc, { rules: defaultRules }).filter(
              (f) => f.rule === 'missing-step' && f.range.start.line === finding.range.start.line,
            ).length;
      assert.equal(count(fixed), expected, `${format} ${scope}:\n${fixed}`);
      assert.ok(
        !lint(parseDesignDoc(fixed, format), { rules: defaultRules }).some((f) => f.rule === 'suppression-comment'),
      );
    }
  }
});
