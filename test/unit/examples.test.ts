/**
 * The worked examples in examples/: complete design docs for at least five case studies, each lint-clean (no errors,
 * no warnings), with every step covered and a Mermaid diagram. Their diagrams are parsed with the real Mermaid
 * parser in snippets.test.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultRules, coverageSummary, lint, parseDesignDoc } from '../../server/src/engine';
import { caseStudies } from '../../server/src/knowledge';

const dir = join(__dirname, '..', '..', 'examples');
const files = readdirSync(dir).filter((name) => /\.mlsd\.(?:md|ya?ml)$/.test(name));

describe('worked examples', () => {
  it('cover at least five different case studies', () => {
    const cases = files.map(
      (name) =>
        parseDesignDoc(readFileSync(join(dir, name), 'utf8'), name.endsWith('.md') ? 'markdown' : 'yaml').frontMatter
          ?.data.case,
    );
    assert.ok(new Set(cases).size >= 5, cases.join(', '));
    for (const id of cases)
      assert.ok(
        caseStudies.some((c) => c.id === id),
        `${String(id)} is a case-study id`,
      );
  });

  for (const name of files) {
    it(`${name}: no errors or warnings, all seven steps covered, a diagram`, () => {
      const doc = parseDesignDoc(readFileSync(join(dir, name), 'utf8'), name.endsWith('.md') ? 'markdown' : 'yaml');
      const findings = lint(doc, { rules: defaultRules }).filter(
        (f) => f.severity === 'error' || f.severity === 'warning',
      );
      assert.deepEqual(
        findings.map((f) => `${f.range.start.line + 1}: ${f.rule}: ${f.message}`),
        [],
      );
      assert.ok(
        Object.values(coverageSummary(doc).steps).every((state) => state === 'covered'),
        JSON.stringify(coverageSummary(doc).steps),
      );
      assert.ok(doc.mermaid.length > 0, 'has a Mermaid diagram');
    });
  }
});
