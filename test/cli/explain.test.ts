/** `mlsd explain` as users run it: the built CLI bundle, a real file, exit codes, text and JSON output. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { steps } from '../../server/src/knowledge';

const cli = join(__dirname, '..', '..', 'bin', 'mlsd.js');

function mlsd(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const doc = [
  '# Feed ranking',
  '',
  '## 1. Clarifying requirements',
  'Rank 500 posts per request for 20 M daily active users within a 100 ms p99 latency budget.',
  '',
  '## 5. Evaluation',
  'Offline: NDCG@10 on the next day of logs.',
  'We skip the A/B test.',
  '',
  '## 3. Data preparation',
  'Describe the data sources.',
].join('\n');

describe('mlsd explain', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlsd-explain-'));
    file = join(dir, 'feed.mlsd.md');
    writeFileSync(file, doc);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every step in order, each with its headline and why', () => {
    const { code, stdout, stderr } = mlsd('explain', file);
    assert.equal(code, 0, stderr);
    const headlines = stdout.split('\n').filter((line) => /^\d\. /.test(line));
    assert.deepEqual(
      headlines.map((line) => line.split(' — ')[0]),
      steps.map((step) => `${step.number}. ${step.title}`),
    );
    assert.ok(stdout.startsWith(`${file}\n\n1. Clarifying requirements — `), stdout);
    assert.match(
      stdout,
      /^2\. Framing the problem as an ML task — missing \(0 words, 0 of 4 sub-topics\)\n {2}why: no heading names it/m,
    );
  });

  it('--step by id or number prints that step: counted and not counted lines', () => {
    const { code, stdout, stderr } = mlsd('explain', file, '--step', 'evaluation');
    assert.equal(code, 0, stderr);
    assert.equal(mlsd('explain', file, '--step=5').stdout, stdout);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], file);
    assert.match(lines[2], /^5\. Evaluation — thin \(8 words, 1 of 3 sub-topics(?:; \d+ passing mentions?)?\)$/);
    assert.ok(lines.includes("  headings: line 6 '5. Evaluation'"), stdout);
    assert.ok(
      lines.includes(
        "  - line 7: 'Offline: NDCG@10 on the next day of logs.' (offline metric; 8 words under its heading)",
      ),
      stdout,
    );
    const notCounted = lines.indexOf('  not counted:');
    assert.ok(notCounted > 0, stdout);
    assert.equal(lines[notCounted + 1], "  - line 8: 'We skip the A/B test.' (A/B test, negated)");
    assert.ok(!stdout.includes('Clarifying requirements'), 'only the step asked for');
  });

  it('--format json prints the explanation with 0-based ranges', () => {
    const { code, stdout, stderr } = mlsd('explain', '--format', 'json', '--step', 'data', file);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.path, file);
    assert.equal(report.steps.length, 1);
    const [data] = report.steps;
    assert.equal(data.step, 'data');
    assert.equal(data.state, 'empty');
    assert.deepEqual(data.headings, [
      {
        section: 3,
        title: '3. Data preparation',
        range: { start: { line: 9, character: 0 }, end: { line: 9, character: 22 } },
      },
    ]);
    assert.deepEqual(
      data.notCounted.map((item: { concept: string; polarity: string; range: { start: { line: number } } }) => [
        item.concept,
        item.polarity,
        item.range.start.line,
      ]),
      [['data-sources', 'question', 10]],
    );
  });

  it('exits 2 naming the problem: missing file, folder, unknown step, bad option', () => {
    const missing = mlsd('explain', join(dir, 'nope.mlsd.md'));
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, `mlsd: ${join(dir, 'nope.mlsd.md')}: no such file or folder\n`);
    assert.equal(missing.stdout, '');

    const folder = mlsd('explain', dir);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /is a folder; explain reads one design doc/);

    const misspelt = mlsd('explain', file, '--step', 'modle');
    assert.equal(misspelt.code, 2);
    assert.match(
      misspelt.stderr,
      /unknown step "modle" \(did you mean "model"\?\)\. Steps: 1 requirements, 2 framing, .*7 monitoring\./,
    );
    assert.doesNotMatch(mlsd('explain', file, '--step', '9').stderr, /did you mean/);

    const format = mlsd('explain', file, '--format', 'sarif');
    assert.equal(format.code, 2);
    assert.match(format.stderr, /^mlsd: --format must be text or json, not "sarif"\nSee "mlsd explain --help"\.\n$/);
    assert.equal(mlsd('explain').code, 2);
    assert.equal(mlsd('explain', file, '--step').code, 2);
  });

  it('is listed in the help', () => {
    assert.match(mlsd('--help').stdout, /^ {2}explain +Show why each step of a design doc got its state\.$/m);
    assert.match(mlsd('help', 'explain').stdout, /^Usage: mlsd explain FILE \[--step ID\] \[--format text\|json\]$/m);
  });
});
