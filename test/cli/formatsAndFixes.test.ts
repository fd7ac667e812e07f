/** The machine formats checked by their own standards' tools, and --fix / --fix-dry-run on real files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mlsdAt, root, tempProject } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';

const fixture = (name: string): string => readFileSync(join(root, 'test', 'fixtures', 'docs', name), 'utf8');

/** Errors, warnings and info findings, in Markdown and YAML, and a message with XML's special characters. */
function project(): string {
  return tempProject({
    'a.mlsd.md': fixture('missing-monitoring.mlsd.md'),
    'b.mlsd.yaml': fixture('missing-monitoring.mlsd.yaml'),
    'c.mlsd.md': fixture('complete.mlsd.md'),
    'd & <e>.mlsd.md': fixture('empty-step.mlsd.md'),
  });
}

test('--format sarif validates against the SARIF 2.1.0 JSON schema', () => {
  const { code, stdout } = mlsdAt({ cwd: project() }, 'lint', '-f', 'sarif', '.');
  assert.equal(code, 1);
  const log = JSON.parse(stdout) as { runs: { results: unknown[] }[] };
  assert.equal(sarifValidator()(log), undefined);
  assert.ok(log.runs[0].results.length > 5);
});

test('--format junit is well-formed JUnit XML: a suite per doc, a failure per finding', () => {
  const dir = project();
  const json = JSON.parse(mlsdAt({ cwd: dir }, 'lint', '-f', 'json', '.').stdout);
  const { code, stdout } = mlsdAt({ cwd: dir }, 'lint', '-f', 'junit', '.');
  assert.equal(code, 1);
  assert.equal(XMLValidator.validate(stdout), true);
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
  }).parse(stdout);
  const suites = xml.testsuites.testsuite as {
    name: string;
    failures: string;
    testcase: { failure?: { type: string; message: string } }[];
  }[];
  assert.deepEqual(
    suites.map((suite) => suite.name),
    json.files.map((file: { path: string }) => file.path),
  );
  const findings = json.files.flatMap(
    (file: { diagnostics: { severity: string; message: string }[] }) => file.diagnostics,
  );
  assert.equal(Number(xml.testsuites.failures), findings.length);
  const failures = suites.flatMap((suite) => suite.testcase.flatMap((c) => (c.failure ? [c.failure] : [])));
  assert.deepEqual(
    failures.map((failure) => [failure.type, failure.message]),
    findings.map((finding: { severity: string; message: string }) => [finding.severity, finding.message]),
  );
  const clean = suites.find((suite) => suite.name === 'c.mlsd.md')!;
  assert.deepEqual([clean.failures, clean.testcase.length], ['0', 1], 'a clean doc is one passing case');
});

test('--format github prints one workflow command per finding, escaped', () => {
  const dir = project();
  const json = JSON.parse(mlsdAt({ cwd: dir }, 'lint', '-f', 'json', 'a.mlsd.md', 'b.mlsd.yaml').stdout);
  const { code, stdout } = mlsdAt({ cwd: dir }, 'lint', '-f', 'github', 'a.mlsd.md', 'b.mlsd.yaml');
  assert.equal(code, 1);
  const lines = stdout.trimEnd().split('\n');
  const expected = json.files.flatMap(
    (file: {
      path: string;
      diagnostics: { severity: string; rule: string; range: { start: { line: number; character: number } } }[];
    }) => file.diagnostics.map((d) => ({ ...d, path: file.path })),
  );
  assert.equal(lines.length, expected.length);
  lines.forEach((line, i) => {
    const d = expected[i];
    const kind = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[d.severity as string];
    assert.ok(
      line.startsWith(`::${kind} file=${d.path},line=${d.range.start.line + 1},col=${d.range.start.character + 1},`),
      line,
    );
    assert.match(line, new RegExp(`,title=mlsd ${d.rule}::[^\\n]+$`));
  });
  const named = mlsdAt({ cwd: dir }, 'lint', '-f', 'github', 'd & <e>.mlsd.md').stdout;
  assert.match(named, /^::warning file=d & <e>\.mlsd\.md,/m);
});

test('--fix inserts the fixes, says which, and a second --fix changes nothing', () => {
  const dir = project();
  const before = readFileSync(join(dir, 'a.mlsd.md'), 'utf8');
  const first = mlsdAt({ cwd: dir }, 'lint', '--fix', '.');
  assert.equal(first.code, 0, 'the missing step, the only error, is inserted');
  assert.match(first.stderr, /^mlsd: a\.mlsd\.md: fixed: Insert step 7 \(Monitoring and infrastructure\) skeleton$/m);
  const after = readFileSync(join(dir, 'a.mlsd.md'), 'utf8');
  assert.ok(after.startsWith(before.trimEnd()), 'only inserted after what was there');
  assert.match(after, /^## 7\. Monitoring/m);
  const texts = ['a.mlsd.md', 'b.mlsd.yaml', 'c.mlsd.md', 'd & <e>.mlsd.md'].map((f) =>
    readFileSync(join(dir, f), 'utf8'),
  );
  const second = mlsdAt({ cwd: dir }, 'lint', '--fix', '.');
  assert.equal(second.code, 0);
  assert.doesNotMatch(second.stderr, /fixed:/);
  assert.deepEqual(
    ['a.mlsd.md', 'b.mlsd.yaml', 'c.mlsd.md', 'd & <e>.mlsd.md'].map((f) => readFileSync(join(dir, f), 'utf8')),
    texts,
  );
  assert.equal(mlsdAt({ cwd: dir }, 'lint', '--fix-dry-run', '.').stdout, '', 'nothing left to fix');
});

test('--fix replaces a file atomically, keeping its permissions, and never writes through a symbolic link', () => {
  const dir = tempProject({ 'a.mlsd.md': fixture('missing-monitoring.mlsd.md') });
  chmodSync(join(dir, 'a.mlsd.md'), 0o640);
  assert.equal(mlsdAt({ cwd: dir }, 'lint', '--fix', 'a.mlsd.md').code, 0);
  assert.match(readFileSync(join(dir, 'a.mlsd.md'), 'utf8'), /^## 7\. Monitoring/m);
  assert.equal(statSync(join(dir, 'a.mlsd.md')).mode & 0o777, 0o640);

  const outside = tempProject({ 'b.mlsd.md': fixture('missing-monitoring.mlsd.md') });
  symlinkSync(join(outside, 'b.mlsd.md'), join(dir, 'linked.mlsd.md'));
  const refused = mlsdAt({ cwd: dir }, 'lint', '--fix', 'linked.mlsd.md');
  assert.equal(refused.code, 2);
  assert.match(
    refused.stderr,
    /linked\.mlsd\.md: cannot write the fixes: is a symbolic link; fix the file it points to instead/,
  );
  assert.equal(readFileSync(join(outside, 'b.mlsd.md'), 'utf8'), fixture('missing-monitoring.mlsd.md'));
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.endsWith('.tmp')),
    [],
  );
});

test('--fix-dry-run prints a diff git apply takes, changes nothing, and exits as --fix would', () => {
  const dir = project();
  spawnSync('git', ['init', '-q', '.'], { cwd: dir });
  const before = readFileSync(join(dir, 'b.mlsd.yaml'), 'utf8');
  const dry = mlsdAt({ cwd: dir }, 'lint', '--fix-dry-run', '.');
  assert.equal(dry.code, 0);
  assert.match(dry.stdout, /^--- a\/b\.mlsd\.yaml\n\+\+\+ b\/b\.mlsd\.yaml\n@@ /m);
  assert.match(dry.stderr, /^mlsd: b\.mlsd\.yaml: would fix: /m);
  assert.equal(readFileSync(join(dir, 'b.mlsd.yaml'), 'utf8'), before);
  const patch = join(dir, 'fixes.patch');
  writeFileSync(patch, dry.stdout);
  const apply = spawnSync('git', ['apply', 'fixes.patch'], { cwd: dir, encoding: 'utf8' });
  assert.equal(apply.status, 0, apply.stderr);
  assert.equal(mlsdAt({ cwd: dir }, 'lint', '--fix-dry-run', '.', '--max-warnings', '100').stdout, '');
  const stdin = mlsdAt({ cwd: dir, input: fixture('missing-monitoring.mlsd.md') }, 'lint', '--fix-dry-run', '-');
  assert.match(stdin.stdout, /^--- a\/<stdin>\n/);
  const refused = mlsdAt({ cwd: dir, input: '' }, 'lint', '--fix', '-');
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^mlsd: --fix writes files; for standard input use --fix-dry-run to see the diff$/m);
});
