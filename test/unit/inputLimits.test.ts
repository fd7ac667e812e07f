/**
 * Bounded work: input past a limit is reported once by input-limit and skipped, never a crash, a stack overflow or a
 * stall; what is within the limits is still linted. (How long the pathological cases take is measured, not asserted.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  coverageSummary,
  defaultRules,
  lint as lintWith,
  parseConfigText,
  parseDesignDoc,
  type DesignDoc,
  type Finding,
} from '../../server/src/engine';
import {
  maxFrontMatterBytes,
  maxFullLintBytes,
  maxLineLength,
  maxYamlDepth,
} from '../../server/src/engine/parse/limits';

const lint = (doc: DesignDoc): Finding[] => lintWith(doc, { rules: defaultRules });
const limitFindings = (findings: Finding[]) => findings.filter((f) => f.rule === 'input-limit');

test('YAML nested past the limit is skipped with one info finding; the rest of the doc is still read', () => {
  const deep = `mlsd: 1\nrequirements: Rank 500 posts per request within 200 ms for 2M daily active users.\nnotes:\n ${'- '.repeat(5000)}x\n  k: v\nmonitoring: Daily drift checks on the score distribution.\n`;
  const doc = parseDesignDoc(deep, 'yaml');
  const findings = lint(doc);
  const limits = limitFindings(findings);
  assert.equal(limits.length, 1);
  assert.equal(limits[0].severity, 'info');
  assert.match(limits[0].message, /nests \d+ levels deep here; mlsd reads 64 levels, so it skipped lines 4–5\./);
  assert.equal(limits[0].range.start.line, 3);
  assert.ok(!findings.some((f) => f.rule === 'syntax-error'), JSON.stringify(findings));
  assert.equal(doc.steps.requirements.headingRange?.start.line, 1);
  assert.equal(doc.steps.monitoring.headingRange?.start.line, 5);
});

test('the reported case of a 2 KB sequence, and flow brackets, in YAML docs, front matter and config files', () => {
  for (const text of [
    ` ${'- '.repeat(1000)}\n  k: v`,
    `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`,
    `a: {${'b: {'.repeat(2000)}}\n`,
  ]) {
    for (let i = 0; i < 4; i++) assert.equal(limitFindings(lint(parseDesignDoc(text, 'yaml'))).length, 1);
    assert.equal(limitFindings(lint(parseDesignDoc(`---\nmlsd: 1\n${text}\n---\n# Doc\n`, 'markdown'))).length, 1);
    const config = parseConfigText(text, '/p/.mlsdrc.yaml');
    assert.match(config.problems[0]?.message ?? '', /nests \d+ levels deep here; mlsd reads 64 levels of YAML/);
  }
});

test(`nesting up to ${maxYamlDepth} levels is read in full`, () => {
  const nested = `mlsd: 1\ndata:\n${Array.from({ length: maxYamlDepth - 2 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} value\n`;
  assert.deepEqual(limitFindings(lint(parseDesignDoc(nested, 'yaml'))), []);
});

test('duplicate keys are still syntax errors, found in linear time', () => {
  const doc = parseDesignDoc('mlsd: 1\nrequirements: a\nrequirements: b\n', 'yaml');
  const errors = lint(doc).filter((f) => f.rule === 'syntax-error');
  assert.deepEqual(
    errors.map((f) => [f.message, f.range.start.line]),
    [['YAML: Map keys must be unique; "requirements" is repeated', 2]],
  );
  assert.equal(
    parseConfigText('{ "rules": {}, "rules": {} }', '/p/.mlsdrc.json').problems[0].message,
    'Invalid JSON: the property "rules" appears twice in this object',
  );
});

test('front matter past its size limit is not parsed, and says so', () => {
  const lines = Math.ceil(maxFrontMatterBytes / 10) + 10;
  const text = `---\nmlsd: 1\n${Array.from({ length: lines }, (_, i) => `k${i}: v${i}`).join('\n')}\n---\n# Doc\n\n## Requirements\nRank 500 posts in 200 ms.\n`;
  const findings = lint(parseDesignDoc(text, 'markdown'));
  const limits = limitFindings(findings);
  assert.equal(limits.length, 1);
  assert.match(
    limits[0].message,
    /^The front matter is \d+ KB; mlsd reads front matter up to 64 KB, so none of it was checked\.$/,
  );
  assert.ok(!findings.some((f) => f.rule === 'front-matter-schema' || f.rule === 'syntax-error'));
});

test('overlong lines are read up to the limit, said once for all of them', () => {
  const long = 'x'.repeat(maxLineLength + 5);
  const doc = parseDesignDoc(`# Doc\n\n## Requirements\n${long}\n${long} TODO\n`, 'markdown');
  const limits = limitFindings(lint(doc));
  assert.equal(limits.length, 1);
  assert.match(
    limits[0].message,
    /^Line 4 is 20,005 characters long \(and 1 more line over 20,000\); mlsd reads the first 20,000 characters of a line\.$/,
  );
  assert.ok(!lint(doc).some((f) => f.rule === 'placeholder-text'), 'the TODO past the limit is not read');
});

test('a document over the size limit is checked for its structure only: steps by their headings, no evidence', () => {
  const notes = '\n## Notes\nThe model predicts clicks; a TODO here is content nobody reads.\n';
  const head =
    '# Doc\n\n## 1. Clarifying requirements\nRank 500 posts per request within 200 ms.\n\n## 7. Monitoring\n';
  const text = `${head}${notes.repeat(Math.ceil(maxFullLintBytes / notes.length) + 1)}`;
  const doc = parseDesignDoc(text, 'markdown');
  assert.equal(doc.structureOnly, true);
  assert.deepEqual([doc.statements.length, doc.evidence.length], [0, 0], 'the text is not read for evidence');
  // Requirements has text under its heading, monitoring none (its Notes are siblings), the rest no heading at all.
  assert.deepEqual(coverageSummary(doc).steps, {
    requirements: 'covered',
    framing: 'missing',
    data: 'missing',
    model: 'missing',
    evaluation: 'missing',
    serving: 'missing',
    monitoring: 'empty',
  });
  const findings = lint(doc);
  assert.deepEqual(
    limitFindings(findings).map((f) => f.message),
    [
      'This document is 2.0 MB; over 2.0 MB mlsd checks only its structure (headings, steps by their headings, syntax, front matter), not what the text says.',
    ],
  );
  assert.deepEqual(
    findings.map((f) => `${f.rule} ${f.range.start.line}`),
    [
      'input-limit 0',
      'missing-step 2',
      'missing-step 2',
      'missing-step 2',
      'missing-step 2',
      'missing-step 2',
      'empty-step 5',
    ],
  );
});
