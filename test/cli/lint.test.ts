/** The CLI as users run it: the built bundle, real files, exit codes and the documented JSON shape. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../helpers/tempDir';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'mlsd.js');
const fixtures = join(root, 'test', 'fixtures', 'docs');

function mlsd(...args: string[]) {
  return mlsdIn(undefined, ...args);
}

function mlsdIn(cwd: string | undefined, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
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
  assert.deepEqual(Object.keys(entry.steps), [
    'requirements',
    'framing',
    'data',
    'model',
    'evaluation',
    'serving',
    'monitoring',
  ]);
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
  const dir = tempDir('mlsd-cli-');
  writeFileSync(join(dir, 'README.md'), '# Not a design doc\n');
  writeFileSync(
    join(dir, 'notes.md'),
    '---\nmlsd: 1\n---\n# Draft\n\n## Evaluation\nOffline nDCG@10 and online CTR in an A/B test.\n',
  );
  const { code, stdout } = mlsd('lint', '--quiet', dir);
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.ok(
    lines.every((line) => line.startsWith(join(dir, 'notes.md')) && line.includes(' error ')),
    stdout,
  );
  assert.equal(lines.length, 6, 'six steps are missing');
});

test('bad usage and unreadable input exit 2 with a message naming the problem', () => {
  const missing = mlsd('lint', 'no/such/file.mlsd.md');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no\/such\/file\.mlsd\.md: no such file or folder/);
  const badFormat = mlsd('lint', '--format', 'xml', fixtures);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be text, json, sarif, junit or github, not "xml"/);
  assert.equal(mlsd('frobnicate').code, 2);
  assert.equal(mlsd('lint').code, 2);
});

test('a YAML syntax error is reported with its line, and the rest is still linted', () => {
  const dir = tempDir('mlsd-cli-');
  const file = join(dir, 'broken.mlsd.yaml');
  writeFileSync(file, 'mlsd: 1\ntitle: Broken\nrequirements: [unclosed\nframing: Predict P(click).\n');
  const { code, stdout } = mlsd('lint', '--format', 'json', file);
  assert.equal(code, 1);
  const rules = JSON.parse(stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
  assert.ok(rules.includes('syntax-error'), rules.join(','));
});

/** A project folder: the fixture missing its monitoring step (a missing-step error) in docs/ and in drafts/. */
function project(config: Record<string, string>): string {
  const dir = tempDir('mlsd-cli-config-');
  const doc = readFileSync(join(fixtures, 'missing-monitoring.mlsd.md'), 'utf8');
  for (const folder of ['docs', 'drafts']) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'feed.mlsd.md'), doc);
  }
  for (const [name, text] of Object.entries(config)) writeFileSync(join(dir, name), text);
  return dir;
}

function missingStepSeverities(stdout: string): string[] {
  return JSON.parse(stdout).files.flatMap((f: { diagnostics: { rule: string; severity: string }[] }) =>
    f.diagnostics.filter((d) => d.rule === 'missing-step').map((d) => d.severity),
  );
}

test('the nearest .mlsdrc.* sets severities and its ignore globs skip files when walking folders', () => {
  const dir = project({ '.mlsdrc.yaml': 'rules:\n  missing-step: warning\nignore:\n  - drafts\n' });
  const { code, stdout } = mlsd('lint', '--format', 'json', dir);
  assert.equal(code, 0, 'missing-step is only a warning now');
  const report = JSON.parse(stdout);
  assert.deepEqual(
    report.files.map((f: { path: string }) => f.path),
    [join(dir, 'docs', 'feed.mlsd.md')],
    'drafts/ is ignored',
  );
  assert.deepEqual(missingStepSeverities(stdout), ['warning']);
});

test('--config FILE applies one config to every file, with extends', () => {
  const dir = project({
    'base.json': '{ "rules": { "missing-step": "info" } }',
    'ci.mlsdrc.json': '{ "extends": "./base.json", "ignore": ["docs"] }',
    '.mlsdrc.json': '{ "rules": { "missing-step": "off" } }',
  });
  const { code, stdout } = mlsd('lint', '--format', 'json', '--config', join(dir, 'ci.mlsdrc.json'), dir);
  assert.equal(code, 0);
  assert.deepEqual(
    JSON.parse(stdout).files.map((f: { path: string }) => f.path),
    [join(dir, 'drafts', 'feed.mlsd.md')],
  );
  assert.deepEqual(missingStepSeverities(stdout), ['info'], 'the explicit config, not the nearest one');
});

test('a broken config file exits 2 with its file, line and message', () => {
  const dir = project({ '.mlsdrc.json': '{\n  "rules": {\n    "missing-step": "fatal"\n  }\n}\n' });
  const { code, stderr, stdout } = mlsdIn(dir, 'lint', '.');
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /^mlsd: \.mlsdrc\.json:3:21: Severity of "missing-step" must be one of error, warning, info, hint, off, not "fatal"\.$/m,
  );
  const cycle = project({ 'a.json': '{ "extends": "./a.json" }' });
  const explicit = mlsd('lint', '--config', join(cycle, 'a.json'), cycle);
  assert.equal(explicit.code, 2);
  assert.match(explicit.stderr, /a\.json:1:14: "extends" cycle: a\.json → a\.json\./);
  const missing = mlsd('lint', '--config', join(cycle, 'nope.json'), cycle);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.json: The config file does not exist\./);
});

test('a config extending a device stops with the config problem instead of hanging', () => {
  const dir = project({ '.mlsdrc.json': '{ "extends": "/dev/zero" }' });
  const { code, stderr } = mlsdIn(dir, 'lint', 'docs');
  assert.equal(code, 2, stderr);
  assert.match(stderr, /\.mlsdrc\.json:1:14: Cannot read "\/dev\/zero" \(outside the workspace/);
});

test('--format sarif prints SARIF 2.1.0 with paths relative to the working directory', () => {
  const dir = project({ '.mlsdrc.json': '{ "ignore": ["drafts"] }' });
  const { code, stdout } = mlsdIn(dir, 'lint', '--format=sarif', '.');
  assert.equal(code, 1, 'errors still set the exit code');
  const log = JSON.parse(stdout);
  assert.equal(log.version, '2.1.0');
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'mlsd');
  assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
  const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'missing-step');
  assert.equal(result.level, 'error');
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'missing-step');
  assert.deepEqual(result.locations[0].physicalLocation, {
    artifactLocation: { uri: 'docs/feed.mlsd.md', uriBaseId: '%SRCROOT%' },
    region: { startLine: 19, startColumn: 1, endLine: 19, endColumn: 59 },
  });
});
