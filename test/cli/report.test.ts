/** `mlsd report` as users run it: the built CLI bundle, real files, exit codes, text, JSON and HTML output. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'mlsd.js');
const example = join(root, 'examples', 'video-recommendation.mlsd.md');
const flawed = join(root, 'test', 'fixtures', 'docs', 'missing-monitoring.mlsd.md');

function mlsd(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scoreOf = (file: string): number =>
  (JSON.parse(mlsd('report', file, '--format', 'json').stdout) as { score: number }).score;

describe('mlsd report', () => {
  let dir: string;
  let template: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlsd-report-'));
    template = join(dir, 'template.mlsd.md');
    assert.equal(mlsd('new', 'video-recommendation', '-o', template).code, 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the score, each step and the ML Test Score as text', () => {
    const { code, stdout } = mlsd('report', example);
    assert.equal(code, 0);
    assert.match(stdout, /^Personalised homepage video recommendations: readiness \d+\/100$/m);
    assert.match(stdout, /^✓ 7\. Monitoring/m);
    assert.match(stdout, /Rubric signals/);
    assert.match(stdout, /Production readiness \(ML Test Score\)/);
  });

  it('gives JSON with score and steps, the same twice, ranking example > flawed > template', () => {
    const { code, stdout } = mlsd('report', example, '-f', 'json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as { score: number; steps: { id: string; covered: unknown[] }[] };
    assert.equal(report.steps.length, 7);
    assert.equal(report.score, scoreOf(example));
    assert.ok(scoreOf(example) > scoreOf(flawed), 'example above flawed');
    assert.ok(scoreOf(flawed) > scoreOf(template), 'flawed above template');
  });

  it('writes a self-contained HTML page with -o', () => {
    const out = join(dir, 'report.html');
    const { code, stdout } = mlsd('report', example, '--format', 'html', '-o', out);
    assert.equal(code, 0);
    assert.match(stdout, /^wrote .*report\.html \(readiness \d+\/100\)/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<svg /);
    assert.doesNotMatch(html, /<script|<link|\bsrc=/);
  });

  it('exits 2 with a clear message on bad usage or unreadable input', () => {
    const none = mlsd('report');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /report needs exactly one design doc\nSee "mlsd report --help"/);
    const format = mlsd('report', example, '--format', 'pdf');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be text, json or html, not "pdf"/);
    const missing = mlsd('report', join(dir, 'nope.mlsd.md'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.mlsd\.md: no such file or folder/);
    const unwritable = mlsd('report', example, '-o', join(dir, 'no-such-dir', 'r.txt'));
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /cannot write: no such file or folder/);
  });

  it('reads the project config: a rule set to off leaves the report', () => {
    const doc = join(dir, 'doc.mlsd.md');
    writeFileSync(doc, readFileSync(flawed, 'utf8'));
    const before = JSON.parse(mlsd('report', doc, '-f', 'json').stdout) as {
      steps: { findings: { rule: string }[] }[];
    };
    assert.ok(before.steps.some((s) => s.findings.some((f) => f.rule === 'missing-step')));
    writeFileSync(join(dir, '.mlsdrc.json'), JSON.stringify({ rules: { 'missing-step': 'off' } }));
    const after = JSON.parse(mlsd('report', doc, '-f', 'json').stdout) as { steps: { findings: { rule: string }[] }[] };
    assert.ok(!after.steps.some((s) => s.findings.some((f) => f.rule === 'missing-step')));
    rmSync(join(dir, '.mlsdrc.json'));
  });
});
