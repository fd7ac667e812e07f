/** The CLI as users run it: the built bundle, real files, exit codes and the documented JSON shape. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'mlsd.js');
const fixtures = join(root, 'test', 'fixtures', 'docs');

function mlsd(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('lint --format json prints the documented shape and exits 1 on errors', () => {
  const file = join(fixtures, 'missing-monitoring.mlsd.md');
  const { code, stdout } = mlsd('lint', '--format', 'json', file);
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.version, 1);
  assert.equal(report.files.length, 1);
  const [entry] = report.files;
  assert.equal(entry.path, file);
  assert.deepEqual(Object.keys(entry.steps), ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
  assert.equal(entry.steps.monitoring, 'missing');
  assert.deepEqual(entry.diagnostics, [
    {
      rule: 'missing-step',
      severity: 'error',
      message: entry.diagnostics[0].message,
      range: { start: { line: 18, character: 0 }, end: { line: 18, character: 58 } },
    },
  ]);
  assert.match(entry.diagnostics[0].message, /Missing step 7 \(Monitoring and infrastructure\)/);
});

test('a clean doc exits 0 and text output summarises the run', () => {
  const { code, stdout } = mlsd('lint', join(fixtures, 'complete.mlsd.md'));
  assert.equal(code, 0);
  assert.match(stdout, /1 design doc checked \(7\/7 steps\): 0 errors, 0 warnings/);
});

test('folders are searched for design docs only; --quiet prints errors only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
  writeFileSync(join(dir, 'README.md'), '# Not a design doc\n');
  writeFileSync(join(dir, 'notes.md'), '---\nmlsd: 1\n---\n# Draft\n\n## Evaluation\nOffline nDCG@10 and online CTR in an A/B test.\n');
  const { code, stdout } = mlsd('lint', '--quiet', dir);
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.ok(lines.every((line) => line.startsWith(join(dir, 'notes.md')) && line.includes(' error ')), stdout);
  assert.equal(lines.length, 6, 'six steps are missing');
});

test('bad usage and unreadable input exit 2 with a message naming the problem', () => {
  const missing = mlsd('lint', 'no/such/file.mlsd.md');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no\/such\/file\.mlsd\.md: no such file or folder/);
  const badFormat = mlsd('lint', '--format', 'xml', fixtures);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be "text" or "json"/);
  assert.equal(mlsd('frobnicate').code, 2);
  assert.equal(mlsd('lint').code, 2);
});

test('a YAML syntax error is reported with its line, and the rest is still linted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
  const file = join(dir, 'broken.mlsd.yaml');
  writeFileSync(file, 'mlsd: 1\ntitle: Broken\nrequirements: [unclosed\nframing: Predict P(click).\n');
  const { code, stdout } = mlsd('lint', '--format', 'json', file);
  assert.equal(code, 1);
  const rules = JSON.parse(stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
  assert.ok(rules.includes('syntax-error'), rules.join(','));
});
