/** The command line itself: help, versions, usage errors and the exit codes of the built binaries. */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mlsd, mlsdAt, root, runBinary, stackFrame, tempProject } from '../helpers/cli';

const server = join(root, 'bin', 'mlsd-language-server.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const complete = join(root, 'test', 'fixtures', 'docs', 'complete.mlsd.md');

test('mlsd with no arguments prints a short usage on stderr and exits 2', () => {
  const { code, stdout, stderr } = mlsd();
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    'Usage: mlsd <command> [options]   (commands: lint, explain, report, export, new, cases, help)\nSee "mlsd --help".\n',
  );
});

test('--help lists the commands; help CMD and CMD --help show the same full help', () => {
  const overview = mlsd('--help');
  assert.equal(overview.code, 0);
  for (const command of ['lint', 'explain', 'export', 'new', 'cases', 'help'])
    assert.match(overview.stdout, new RegExp(`^  ${command} +\\S`, 'm'), command);
  assert.equal(mlsd('help').stdout, overview.stdout);
  for (const command of ['lint', 'explain', 'export', 'new', 'cases']) {
    const viaHelp = mlsd('help', command);
    assert.equal(viaHelp.code, 0, viaHelp.stderr);
    assert.match(viaHelp.stdout, new RegExp(`^Usage: mlsd ${command}`));
    assert.match(viaHelp.stdout, /^ {2}-h, --help +Show this help\.$/m);
    assert.deepEqual(mlsd(command, '--help'), viaHelp);
    assert.deepEqual(mlsd(command, '-h'), viaHelp);
  }
  assert.match(mlsd('help', 'lint').stdout, /^ {2}-f, --format FORMAT +text \(default\)/m);
  assert.match(mlsd('help', 'export').stdout, /^Usage: mlsd export FILE --html OUT\.html/);
});

test('--version prints the package version on both binaries', () => {
  for (const args of [['--version'], ['-v']]) {
    assert.deepEqual(mlsd(...args), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.deepEqual(runBinary(server, args), { code: 0, stdout: `${version}\n`, stderr: '' });
  }
});

test('usage errors are one line naming the mistake, then where the help is; exit 2', () => {
  const cases: [string[], string][] = [
    [
      ['lint', '--fromat', 'json', complete],
      'mlsd: unknown option "--fromat" (did you mean "--format"?)\nSee "mlsd lint --help".\n',
    ],
    [
      ['lint', '--format', 'xml', complete],
      'mlsd: --format must be text, json, sarif, junit or github, not "xml"\nSee "mlsd lint --help".\n',
    ],
    [
      ['lint', '--format', 'jsn', complete],
      'mlsd: --format must be text, json, sarif, junit or github, not "jsn" (did you mean "json"?)\nSee "mlsd lint --help".\n',
    ],
    [['lint', '--format'], 'mlsd: -f, --format needs a value (FORMAT)\nSee "mlsd lint --help".\n'],
    [['lint', '--quiet=yes', complete], 'mlsd: -q, --quiet takes no value\nSee "mlsd lint --help".\n'],
    [['lint'], 'mlsd: lint needs a file, a folder, a glob pattern or -\nSee "mlsd lint --help".\n'],
    [['lnit', complete], 'mlsd: unknown command "lnit" (did you mean "lint"?)\nSee "mlsd --help".\n'],
    [['--format', 'json'], 'mlsd: "--format" is not a command; the command comes first\nSee "mlsd --help".\n'],
    [['help', 'frob'], 'mlsd: unknown command "frob"\nSee "mlsd --help".\n'],
    [['explain'], 'mlsd: explain needs exactly one design doc\nSee "mlsd explain --help".\n'],
    [['export', complete], 'mlsd: export needs --html OUT.html\nSee "mlsd export --help".\n'],
    [['cases', 'extra'], 'mlsd: cases takes no arguments, got "extra"\nSee "mlsd cases --help".\n'],
  ];
  for (const [args, stderr] of cases) assert.deepEqual(mlsd(...args), { code: 2, stdout: '', stderr }, args.join(' '));
});

test('a missing path, or a folder without design docs, exits 2 with one line', () => {
  const dir = tempProject({ 'README.md': '# Not a design doc\n' });
  const missing = mlsdAt({ cwd: dir }, 'lint', 'docs');
  assert.deepEqual(missing, { code: 2, stdout: '', stderr: 'mlsd: docs: no such file or folder\n' });
  const empty = mlsdAt({ cwd: dir }, 'lint', '.');
  assert.equal(empty.code, 2);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /^mlsd: no design doc found in \. \(design docs are \*\.mlsd\.md, .+\)\n$/);
});

test('export refuses to replace a file without --force, and names file problems in words', () => {
  const dir = tempProject({ 'out.html': 'mine' });
  const out = join(dir, 'out.html');
  const refused = mlsd('export', complete, '--html', out);
  assert.deepEqual(refused, {
    code: 2,
    stdout: '',
    stderr: `mlsd: ${out}: already exists; use --force to replace it\n`,
  });
  assert.equal(mlsd('export', complete, '--html', out, '--force').code, 0);
  const folder = mlsd('export', dir, '--html', join(dir, 'x.html'));
  assert.deepEqual(folder, { code: 2, stdout: '', stderr: `mlsd: ${dir}: cannot read: is a folder, not a file\n` });
});

test('the language server without a transport says how to start it; exit 2, no stack trace', () => {
  const { code, stdout, stderr } = runBinary(server, []);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    'mlsd-language-server: no transport given: start it with --stdio, --node-ipc, --socket=PORT, --pipe=NAME\n' +
      'See "mlsd-language-server --help".\n',
  );
  const help = runBinary(server, ['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: mlsd-language-server --stdio/);
});

test('both binaries say how to build when the bundle is missing', () => {
  const unbuilt = tempProject();
  mkdirSync(join(unbuilt, 'bin'));
  cpSync(join(root, 'bin'), join(unbuilt, 'bin'), { recursive: true });
  cpSync(join(root, 'package.json'), join(unbuilt, 'package.json'));
  assert.deepEqual(runBinary(join(unbuilt, 'bin', 'mlsd.js'), ['lint', '.']), {
    code: 2,
    stdout: '',
    stderr: 'mlsd: dist/cli/cli.js is missing: run "npm run build" in the mlsd folder first.\n',
  });
  const server = runBinary(join(unbuilt, 'bin', 'mlsd-language-server.js'), ['--stdio']);
  assert.equal(server.code, 2);
  assert.equal(
    server.stderr,
    'mlsd-language-server: dist/server/server.js is missing: run "npm run build" in the mlsd folder first.\n',
  );
});

test('no user error prints a stack trace', () => {
  const dir = tempProject({ 'bad.mlsd.yaml': 'mlsd: 1\nrequirements: "unterminated\n', '.mlsdrc.json': '{ "rules": ' });
  const runs = [
    mlsd(),
    mlsd('lint', join(dir, 'nope')),
    mlsdAt({ cwd: dir }, 'lint', '.'),
    mlsd('explain', dir),
    mlsd('new', 'blank', '-o', join(dir, 'no', 'such', 'folder.md')),
    runBinary(server, ['--bogus']),
  ];
  for (const run of runs) {
    assert.equal(run.code, 2, run.stderr);
    assert.doesNotMatch(run.stderr, stackFrame);
    assert.doesNotMatch(run.stderr, /\b(?:ENOENT|EISDIR|EACCES)\b/);
  }
});
