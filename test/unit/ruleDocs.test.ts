/** Rule metadata is complete and the committed docs are what the generator writes (run `npm run docs`). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultRules } from '../../server/src/engine';
import { ruleDoc, ruleIndex, withRuleTable } from '../../scripts/ruleDocs';

const dir = join(__dirname, '..', '..', 'docs', 'rules');

test('rule ids are unique kebab-case and every rule has a description', () => {
  const ids = defaultRules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of defaultRules) {
    assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
    assert.ok(rule.description.length > 40, `${rule.id} needs a real description`);
  }
});

for (const rule of defaultRules) {
  test(`docs/rules/${rule.id}.md is up to date`, () => {
    assert.equal(readFileSync(join(dir, `${rule.id}.md`), 'utf8'), ruleDoc(rule), 'run npm run docs');
  });
}

test('docs/rules holds the index and one page per rule, nothing left from a removed rule', () => {
  const expected = ['README.md', ...defaultRules.map((rule) => `${rule.id}.md`)].sort();
  assert.deepEqual(readdirSync(dir).sort(), expected, 'run npm run docs and delete pages of removed rules');
});

test('docs/rules/README.md lists every rule', () => {
  assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), ruleIndex(defaultRules), 'run npm run docs');
});

test("the README's rule table is the generated one", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  assert.equal(readme, withRuleTable(readme, defaultRules), 'run npm run docs');
});
