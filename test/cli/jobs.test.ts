/**
 * `mlsd lint --jobs N` lints files in worker threads: whatever N, the output (every format, the fixes' diff, stderr
 * and the exit code) is the one of a run in a single thread, in the same order.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { outputFormats } from '../../server/src/cli/args';
import { brokenDiagrams } from '../helpers/brokenDiagrams';
import { mlsdAt, root, tempProject } from '../helpers/cli';

const fixtures = join(root, 'test', 'fixtures', 'docs');

/**
 * Every fixture doc, and docs with a valid and a broken diagram (twice: Mermaid parses it once for both), so the
 * diagram pass runs in the workers too.
 */
function project(): string {
  const files: Record<string, string> = {};
  for (const name of readdirSync(fixtures)) files[name] = readFileSync(join(fixtures, name), 'utf8');
  const diagramDoc = (lines: string[]): string =>
    ['# Feed ranking', '', '## Serving', '', '```mermaid', ...lines, '```', '', 'Logs feed the ranker.', ''].join('\n');
  files['valid-diagram.mlsd.md'] = diagramDoc(['flowchart LR', '  Logs --> Ranker']);
  files['broken-diagram.mlsd.md'] = diagramDoc(brokenDiagrams[0].lines);
  files['broken-diagram-again.mlsd.md'] = diagramDoc(brokenDiagrams[0].lines);
  return tempProject(files);
}

test('--jobs 1 and --jobs 2 print the same in every format and the same fixes', () => {
  const dir = project();
  // Mermaid's start-up is left out here: the next test runs the diagram pass in the workers.
  const runs = [...outputFormats.map((format) => ['--format', format]), ['--fix-dry-run']];
  for (const extra of runs) {
    const serial = mlsdAt({ cwd: dir }, 'lint', '--no-diagrams', '--jobs', '1', ...extra, '.');
    const parallel = mlsdAt({ cwd: dir }, 'lint', '--no-diagrams', '--jobs', '2', ...extra, '.');
    assert.equal(serial.code, 1, `${extra.join(' ')}: errors found\n${serial.stderr}`);
    assert.ok(serial.stdout.length > 0, extra.join(' '));
    assert.deepEqual(parallel, serial, extra.join(' '));
  }
});

test('the diagram findings and the order of the files are the same for any --jobs', () => {
  const dir = project();
  const lint = (jobs: string) => mlsdAt({ cwd: dir }, 'lint', '--jobs', jobs, '--format', 'json', '.');
  const serial = lint('1');
  const files = JSON.parse(serial.stdout).files as { path: string; diagnostics: { rule: string }[] }[];
  assert.equal(files.length, readdirSync(fixtures).length + 3);
  const mermaidRules = (path: string) =>
    files.find((file) => file.path === path)?.diagnostics.filter((d) => d.rule === 'mermaid-syntax').length;
  assert.equal(mermaidRules('broken-diagram.mlsd.md'), 1);
  assert.equal(mermaidRules('broken-diagram-again.mlsd.md'), 1);
  assert.equal(mermaidRules('valid-diagram.mlsd.md'), 0);
  assert.deepEqual(lint('3'), serial);
});

test('--jobs takes a whole number of at least 1', () => {
  const result = mlsdAt({}, 'lint', '--jobs', '0', '.');
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--jobs must be a whole number of at least 1, not "0"/);
});
