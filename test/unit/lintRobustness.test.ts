/** Hostile input never takes the linter down: odd line endings, alias bombs, and a rule that throws. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRules, lint, parseDesignDoc, type Rule } from '../../server/src/engine';

test('a lone \\r ends a line, as in LSP and markdown-it', () => {
  const doc = parseDesignDoc(
    '# Title\r\r## 6. Deployment and serving\rBatch prediction every night for all users.\r',
    'markdown',
  );
  assert.equal(doc.steps.serving.headingRange?.start.line, 2);
  assert.ok(lint(doc, { rules: defaultRules }).some((f) => f.rule === 'missing-step'));
});

test('a self-referencing alias and an alias bomb are syntax errors, not crashes', () => {
  const cyclic = parseDesignDoc('mlsd: 1\na: &a [*a]\nrequirements: *a\n', 'yaml');
  assert.match(
    lint(cyclic, { rules: defaultRules }).find((f) => f.rule === 'syntax-error')?.message ?? '',
    /alias refers to its own anchor/,
  );
  let bomb = 'mlsd: 1\na: &a [x, x, x, x, x, x, x, x, x]\n';
  let previous = 'a';
  for (const name of 'bcdefghi') {
    bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = name;
  }
  const exploded = parseDesignDoc(`${bomb}requirements: *i\n`, 'yaml');
  assert.ok(lint(exploded, { rules: defaultRules }).some((f) => f.rule === 'syntax-error'));
});

test('a rule that throws reports itself and the other rules still run', () => {
  const original = defaultRules.find((r) => r.id === 'missing-loss');
  assert.ok(original);
  const broken: Rule = {
    ...original,
    check: () => {
      throw new Error('boom');
    },
  };
  const rules = defaultRules.map((rule) => (rule === original ? broken : rule));
  const findings = lint(
    parseDesignDoc('# Draft\n\n## Evaluation\nOffline nDCG@10; online CTR in an A/B test.\n', 'markdown'),
    { rules },
  );
  assert.match(
    findings.find((f) => f.rule === 'missing-loss')?.message ?? '',
    /could not check missing-loss on this document \(boom\)/,
  );
  assert.ok(findings.some((f) => f.rule === 'missing-step'));
});
