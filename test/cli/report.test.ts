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

  it('reads a practice session file: time per step against its budget, the session and its history', () => {
    const stepIds = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];
    const session = {
      format: 'mlsd-practice-session',
      version: 1,
      document: 'video-recommendation.mlsd.md',
      title: 'Video recommendations',
      caseStudy: 'video-recommendation',
      preset: { id: 'exponent', title: 'Exponent' },
      lengthMinutes: 45,
      startedAt: '2025-01-31T14:00:00.000Z',
      endedAt: '2025-01-31T14:44:30.000Z',
      elapsedSeconds: 2670,
      steps: Object.fromEntries(
        stepIds.map((id, i) => [id, { budgetSeconds: 360, spentSeconds: i === 3 ? 720 : 300 }]),
      ),
      history: [{ endedAt: '2025-01-24T09:00:00.000Z', score: 52, preset: 'Exponent', lengthMinutes: 45 }],
    };
    const file = join(dir, 'session.json');
    writeFileSync(file, JSON.stringify(session, null, 2));
    const json = JSON.parse(mlsd('report', example, '--session', file, '-f', 'json').stdout);
    assert.deepEqual(json.steps[3].minutes, { spent: 12, budget: 6 });
    assert.equal(json.session.preset, 'Exponent');
    assert.equal(json.session.history[0].score, 52);
    const text = mlsd('report', example, '--session', file);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Practice session: Exponent budgets, 45 minutes: 44\.5 minutes spent/m);
    const out = join(dir, 'session-report.html');
    assert.equal(mlsd('report', example, '--session', file, '-f', 'html', '-o', out).code, 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /Time per step against its budget/);
    assert.match(html, /aria-label="Score over sessions"/);
    assert.doesNotMatch(html, /<script|<link|\bsrc=/);
  });

  it('exits 2 naming the line and column of each problem in a session file', () => {
    const file = join(dir, 'broken-session.json');
    writeFileSync(file, '{\n  "format": "mlsd-practice-session",\n  "version": 1,\n  "lengthMinutes": "long"\n}\n');
    const broken = mlsd('report', example, '--session', file);
    assert.equal(broken.code, 2);
    assert.equal(broken.stdout, '');
    assert.match(
      broken.stderr,
      /broken-session\.json:4:20: lengthMinutes must be a number greater than 0, not "long"\./,
    );
    assert.match(broken.stderr, /broken-session\.json:1:1: "steps" must be an object with a key per step/);
    writeFileSync(file, '{ "format": "mlsd-practice-session", ');
    assert.match(mlsd('report', example, '--session', file).stderr, /broken-session\.json:1:\d+: Invalid JSON: /);
    const missing = mlsd('report', example, '--session', join(dir, 'none.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /none\.json: cannot read file: no such file or folder/);
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
