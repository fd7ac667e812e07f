/**
 * Fixture harness: each fixture marks the findings it expects on the offending line
 * (`<!-- expect: rule -->` in Markdown, `# expect: rule` in YAML, or `expect@LINE: rule` anywhere for
 * a 1-based line) and, optionally, the coverage of each step (`expect-steps: id=state ...`).
 * The test compares markers with what the engine reports, in both directions.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultRules, lint, parseDesignDoc } from '../../server/src/engine';

const dir = join(__dirname, '..', 'fixtures', 'docs');

function expectedFindings(lines: string[]): string[] {
  const expected: string[] = [];
  lines.forEach((line, i) => {
    for (const match of line.matchAll(/expect(?:@(\d+))?:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)/g)) {
      const target = match[1] ? Number(match[1]) : i + 1;
      for (const rule of match[2].split(',')) expected.push(`${target}:${rule.trim()}`);
    }
  });
  return expected.sort();
}

function expectedSteps(text: string): Record<string, string> | undefined {
  const match = /expect-steps:((?:\s+[a-z]+=[a-z]+)+)/.exec(text);
  return match
    ? Object.fromEntries(
        match[1]
          .trim()
          .split(/\s+/)
          .map((pair) => pair.split('=')),
      )
    : undefined;
}

for (const file of readdirSync(dir).sort()) {
  test(`fixture ${file}`, () => {
    const text = readFileSync(join(dir, file), 'utf8');
    const doc = parseDesignDoc(text, file.endsWith('.yaml') ? 'yaml' : 'markdown');
    const actual = lint(doc, { rules: defaultRules })
      .map((finding) => `${finding.range.start.line + 1}:${finding.rule}`)
      .sort();
    assert.deepEqual(actual, expectedFindings(doc.lines), 'findings (line:rule) differ from the markers');
    const steps = expectedSteps(text);
    if (steps) {
      const states = Object.fromEntries(Object.entries(doc.steps).map(([id, info]) => [id, info.state]));
      assert.deepEqual(states, steps, 'step coverage differs from expect-steps');
    }
  });
}
