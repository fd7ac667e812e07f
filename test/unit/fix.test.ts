/** Quick-fix edits: each one clears its finding, keeps every line the user wrote, and leaves a valid doc. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint, parseDesignDoc, type DocFormat } from '../../server/src/engine';
import { insertAllMissingSteps, suppressionEdit } from '../../server/src/engine/fix';
import { applyEdits, onlyInserted } from '../helpers/textEdits';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'docs', name), 'utf8');
const joinLines = (...lines: string[]): string => lines.join('\n');

function applyFixOf(text: string, format: DocFormat, rule: string): string {
  const finding = lint(parseDesignDoc(text, format)).find((f) => f.rule === rule);
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
    const findings = lint(parseDesignDoc(after, format)).map((f) => f.rule);
    assert.ok(!findings.includes('missing-step'), findings.join());
    assert.ok(!findings.includes('syntax-error'), findings.join());
    assert.ok(!findings.includes('step-order'), 'inserted where the seven-step order puts it');
    assert.equal(parseDesignDoc(after, format).steps.monitoring.state, 'empty', 'the skeleton still needs writing');
  });
}

test('the Markdown skeleton follows the doc heading style and carries prompts as comments', () => {
  const after = applyFixOf(fixture('missing-monitoring.mlsd.md'), 'markdown', 'missing-step');
  assert.match(after, /\n\n## 7\. Monitoring and infrastructure\n\n- Drift and distribution shift: TODO <!-- Which drift signals/);
});

test('fix all inserts every missing step in the framework order', () => {
  const before = joinLines('# Visual search', '', '## Evaluation', 'Offline nDCG@10 with graded labels; online CTR in an A/B test.', '');
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
  const rules = lint(fixed).map((f) => f.rule);
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
  const finding = { rule: 'missing-step', severity: 'error' as const, message: '', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 12 } } };
  assert.equal(applyEdits(markdown, [suppressionEdit(doc, finding, 'line')]), joinLines('---', 'mlsd: 1', '---', '# Draft', '  <!-- mlsd-disable-next-line missing-step -->', '  ## Serving'));
  assert.equal(applyEdits(markdown, [suppressionEdit(doc, finding, 'file')]), joinLines('---', 'mlsd: 1', '---', '<!-- mlsd-disable-file missing-step -->', '# Draft', '  ## Serving'));
  const yaml = 'mlsd: 1\nserving: batch\n';
  const yamlDoc = parseDesignDoc(yaml, 'yaml');
  assert.equal(applyEdits(yaml, [suppressionEdit(yamlDoc, { ...finding, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } } }, 'line')]), 'mlsd: 1\n# mlsd-disable-next-line missing-step\nserving: batch\n');
});
