/**
 * No regular expression mlsd runs on a document can take super-linear time: a linter runs on every keystroke, and
 * one pattern that backtracks on "1 1 1 1 …" freezes the editor. Every pattern of the sources, the knowledge data
 * and the rules (found generically by ../helpers/regexInventory: literals in the sources, and every RegExp the libraries
 build or export, so new ones are covered) must
 * - have no super-linear backtracking or super-linear search by static analysis (scslre, the analysis behind
 *   eslint-plugin-regexp's no-super-linear-backtracking and no-super-linear-move), and
 * - run on adversarial strings (runs of each character the pattern names, of its words, and of known attack shapes)
 *   in time that grows with the input: at 8× the length it may take at most 20× as long (linear is 8×, quadratic
 *   64×), judged only where the longer run takes long enough to measure (timed in a process of its own by
 *   ../helpers/regexTiming).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyse } from 'scslre';
import { distinctPatterns, literalPatterns, runtimePatterns, type FoundPattern } from '../helpers/regexInventory';

const [literals, runtime] = [literalPatterns(), runtimePatterns()];
const patterns = distinctPatterns([...literals, ...runtime]);

test('the inventory finds the patterns of the sources, the knowledge data and the rules', () => {
  const where = (found: readonly FoundPattern[], test: RegExp) => found.some((p) => test.test(p.where));
  assert.ok(patterns.length > 600, `only ${patterns.length} patterns found`);
  assert.ok(where(runtime, /^server\/src\/knowledge\/[\w/.-]+#/), 'patterns in the knowledge tables');
  assert.ok(where(runtime, /^server\/src\/knowledge\/matching\.ts:\d+$/), 'patterns built from knowledge data');
  assert.ok(where(literals, /^server\/src\/knowledge\/concepts\/[\w-]+\.ts:\d+$/), 'patterns of the concepts');
  assert.ok(
    where(runtime, /^server\/src\/engine\/evidence\/termMatcher\.ts:\d+$/),
    'patterns the term matcher builds from the concepts (multi-line, run over a whole document)',
  );
  assert.ok(where(literals, /^media\/preview\//), 'webview literals');
  assert.ok(where(literals, /^common\//), 'shared literals');
});

test('no pattern backtracks or searches super-linearly (static analysis)', () => {
  const problems = patterns.flatMap((pattern) => {
    const { reports } = analyse({ source: pattern.source, flags: pattern.flags });
    return reports.map(
      (report) =>
        `${pattern.where} /${pattern.source}/${pattern.flags}: ${report.type}${report.exponential ? ' (exponential)' : ''} on runs of ${JSON.stringify(report.character.pick)}`,
    );
  });
  assert.deepEqual(problems, []);
});

test('no pattern slows down super-linearly on adversarial strings', () => {
  const timing = join(__dirname, '..', 'helpers', 'regexTiming.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', timing], {
    input: JSON.stringify(patterns),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), []);
});
