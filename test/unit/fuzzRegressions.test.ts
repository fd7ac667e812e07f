/** Defects the fuzzer (test/fuzz) found, each as the shrunk input it reported. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultRules,
  lint as lintWith,
  parseDesignDoc,
  splitLines,
  type DesignDoc,
  type DocFormat,
  type Finding,
} from '../../server/src/engine';
import { applyTextEdits } from '../../server/src/engine/fixes/edits';

const lint = (doc: DesignDoc): Finding[] => lintWith(doc, { rules: defaultRules });

function findings(text: string, format: DocFormat): Finding[] {
  return lint(parseDesignDoc(text, format));
}

/** The doc after the first fix of `rule`, linted again. */
function afterFix(text: string, format: DocFormat, rule: string): { text: string; findings: Finding[] } {
  const finding = findings(text, format).find((f) => f.rule === rule && f.fix);
  assert.ok(finding?.fix, `a ${rule} finding with a fix`);
  const fixed = applyTextEdits(text, finding.fix.edits);
  return { text: fixed, findings: findings(fixed, format) };
}

test('a syntax error at the end of a line stays inside the line', () => {
  const text = '---\ntitle: [never closed\n---\n# Empty draft\n';
  const error = findings(text, 'markdown').find((f) => f.rule === 'syntax-error');
  assert.ok(error);
  assert.ok(error.range.end.character <= splitLines(text)[error.range.end.line].length, JSON.stringify(error.range));
});

test('a missing step added to YAML goes before the end-of-document marker', () => {
  const { text, findings: after } = afterFix('mlsd: 1\n...\n', 'yaml', 'missing-step');
  assert.match(text, /^mlsd: 1\nrequirements:/);
  assert.ok(!after.some((f) => f.rule === 'missing-step' && f.message.startsWith('Missing step 1 ')));
});

test('a YAML doc with lone CR line endings reads its keys, and fixes keep CR', () => {
  const text =
    'mlsd: 1\rrequirements:\r  goal: Rank 500 posts per request within 200 ms.\rmonitoring: Daily drift checks.\r';
  const doc = parseDesignDoc(text, 'yaml');
  assert.equal(doc.steps.requirements.headingRange?.start.line, 1);
  assert.equal(doc.steps.monitoring.headingRange?.start.line, 3);
  const missing = lint(doc).find((f) => f.rule === 'missing-step' && f.fix);
  assert.ok(missing?.fix);
  for (const edit of missing.fix.edits) assert.doesNotMatch(edit.newText, /\n/);
});

test('no missing-step fix inside a code block left open, nor in YAML that is not a map', () => {
  for (const [text, format] of [
    ['```\n', 'markdown'],
    ['(```\n<\n >\n```\n', 'markdown'],
    ['> quote\nmlsd: 1', 'yaml'],
    ['---\nseq:\n&anchor\n- a\n- b\n', 'yaml'],
  ] as const) {
    for (const finding of findings(text, format).filter((f) => f.rule === 'missing-step')) {
      if (finding.fix)
        assert.ok(
          !afterFix(text, format, 'missing-step').findings.some((f) => f.message === finding.message),
          `${JSON.stringify(text)}: ${finding.message}`,
        );
    }
  }
});

test('prompts for an empty step are offered once, and only under a heading', () => {
  const text = '# Doc\n\n## 5. Evaluation\n\n## 6. Serving\nOnline prediction on each request.\n';
  const once = afterFix(text, 'markdown', 'empty-step');
  assert.equal(once.findings.find((f) => f.rule === 'empty-step' && f.message.startsWith('Step 5'))?.fix, undefined);
  for (const label of ['**Metrics:** CTR\n', '\tfoo\tbaz\t\tbim\n**Metrics:** CTR\n']) {
    assert.equal(findings(label, 'markdown').find((f) => f.rule === 'empty-step')?.fix, undefined, label);
  }
});

test('a fix that would not clear its finding is not offered', () => {
  const text =
    '---\nmlsd: 1\n---\n# Clarifying requirements\nWe predict P(click) with a two-tower model.\n```\nWe predict P(click) with a two-tower model.\n# Clarifying requirements';
  for (const finding of findings(text, 'markdown').filter((f) => f.fix)) {
    const fixed = applyTextEdits(text, finding.fix!.edits);
    assert.ok(
      !findings(fixed, 'markdown').some(
        (f) => f.rule === finding.rule && f.message === finding.message && f.rule !== 'empty-step',
      ),
      finding.rule,
    );
  }
});

test('a map used as a key is refused instead of being written out inside every map above it', () => {
  // An explicit key (`? `) that is a list of lists: as plain data every level would be written out as text inside
  // the level above it (128 characters became 6,973).
  const text = `mlsd: 1\n? ${'- '.repeat(60)}x\n: v\n`;
  const doc = parseDesignDoc(text, 'yaml');
  assert.ok(JSON.stringify(doc.frontMatter?.data ?? {}).length < 10 * text.length);
  assert.ok(
    lint(doc).some(
      (f) => f.rule === 'syntax-error' && /a key is itself a map or a list; mlsd reads plain keys only/.test(f.message),
    ),
  );
});

test('every stretch of YAML nested too deep is skipped, not only the first', () => {
  const text = ` ${'- '.repeat(64)}x\n${'- '.repeat(2571)}x\n`;
  const limits = findings(text, 'yaml').filter((f) => f.rule === 'input-limit');
  assert.deepEqual(
    limits.map((f) => f.message),
    ['This YAML nests 65 levels deep here; mlsd reads 64 levels, so it skipped line 1 and 1 more stretch like it.'],
  );
});

test('evidence in a YAML key written over several lines stays inside the key line', () => {
  const text =
    'clarifying_requirements:\n  \u0000  - "TODO"\n    - "We predict P(click) with a two-tower model."\n - - x\n';
  const lines = splitLines(text);
  const doc = parseDesignDoc(text, 'yaml');
  assert.ok(doc.evidence.length > 0);
  for (const { range } of [...doc.evidence, ...lint(doc).flatMap((f) => f.related ?? [])])
    assert.ok(range.end.character <= lines[range.end.line].length, JSON.stringify(range));
});

test('block nesting inside an unclosed flow collection counts toward the depth limit', () => {
  // The parser reads indented `- ` and `key:` lines after an unclosed `{` as block nodes, recursively: 2,404 of them
  // overflowed the stack.
  for (const text of [
    `Mark McGwire: {hr: 65, avg: 0.278}\nSammy Sosa: {\n ${'- '.repeat(2404)}x\n`,
    `a: {\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} v\n`,
  ]) {
    const limits = findings(text, 'yaml').filter((f) => f.rule === 'input-limit');
    assert.equal(limits.length, 1);
    assert.match(limits[0].message, /^This YAML nests \d+ levels deep here; mlsd reads 64 levels/);
  }
  const flow = 'mlsd: 1\nrequirements: [\n  "a",\n  b\n]\nmonitoring: {x: [1, 2],\n  y: 3}\n';
  assert.deepEqual(
    findings(flow, 'yaml').filter((f) => f.rule === 'input-limit' || f.rule === 'syntax-error'),
    [],
  );
});
