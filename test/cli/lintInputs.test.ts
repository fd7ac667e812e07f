/** What `mlsd lint` reads and how it reports: globs, .gitignore, standard input, skipped files, warnings, colour. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { mlsdAt, root, tempProject } from '../helpers/cli';

const fixture = (name: string): string => readFileSync(join(root, 'test', 'fixtures', 'docs', name), 'utf8');
const complete = fixture('complete.mlsd.md');
/** Two warnings, no error. */
const twoWarnings = fixture('framing-gaps.mlsd.md');
const missingMonitoring = fixture('missing-monitoring.mlsd.md');

const paths = (stdout: string): string[] => JSON.parse(stdout).files.map((file: { path: string }) => file.path);

test('quoted glob patterns are expanded, less what .gitignore and the config ignore', () => {
  const dir = tempProject({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'generated/\n*.draft.mlsd.md\n',
    'docs/.gitignore': 'old/\n',
    '.mlsdrc.json': '{ "ignore": ["docs/private/**"] }',
    'docs/a.mlsd.md': complete,
    'docs/team/b.mlsd.md': complete,
    'docs/team/notes.md': '# Team notes\n',
    'docs/team/c.draft.mlsd.md': complete,
    'docs/old/d.mlsd.md': complete,
    'docs/private/e.mlsd.md': complete,
    'docs/generated/f.mlsd.md': complete,
    'docs/g.mlsd.yaml': fixture('class7-terse-yaml.mlsd.yaml'),
  });
  const md = mlsdAt({ cwd: dir }, 'lint', '--format', 'json', 'docs/**/*.md');
  assert.equal(md.code, 0, md.stderr);
  assert.deepEqual(paths(md.stdout), ['docs/a.mlsd.md', 'docs/team/b.mlsd.md']);
  const all = mlsdAt({ cwd: dir }, 'lint', '--format', 'json', '**/*.mlsd.*');
  assert.deepEqual(paths(all.stdout), ['docs/a.mlsd.md', 'docs/g.mlsd.yaml', 'docs/team/b.mlsd.md']);
  const folder = mlsdAt({ cwd: dir }, 'lint', '--format', 'json', 'docs');
  assert.deepEqual(paths(folder.stdout), paths(all.stdout), 'a folder is walked with the same ignores');
  const named = mlsdAt({ cwd: dir }, 'lint', '--format', 'json', 'docs/old/d.mlsd.md');
  assert.deepEqual(paths(named.stdout), ['docs/old/d.mlsd.md'], 'a file named on the command line is linted');
  const none = mlsdAt({ cwd: dir }, 'lint', 'docs/**/*.txt');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^mlsd: no design doc found in docs\/\*\*\/\*\.txt \(/);
});

test('- and --stdin lint standard input; --stdin-filename gives its format, config and name', () => {
  const dir = tempProject({ 'team/.mlsdrc.yaml': 'rules:\n  missing-step: warning\n' });
  const dash = mlsdAt({ cwd: dir, input: missingMonitoring }, 'lint', '-');
  assert.equal(dash.code, 1);
  assert.match(dash.stdout, /^<stdin>:19:1 error Missing step 7/m);
  const named = mlsdAt(
    { cwd: dir, input: missingMonitoring },
    'lint',
    '--stdin',
    '--stdin-filename',
    'team/feed.mlsd.md',
    '--format',
    'json',
  );
  assert.equal(named.code, 0, 'the config next to the named path makes missing-step a warning');
  const [file] = JSON.parse(named.stdout).files;
  assert.equal(file.path, 'team/feed.mlsd.md');
  assert.deepEqual(
    file.diagnostics.map((d: { severity: string }) => d.severity),
    ['warning'],
  );
  const yaml = mlsdAt(
    { cwd: dir, input: 'mlsd: 1\nrequirements: [unclosed\n' },
    'lint',
    '-',
    '--stdin-filename=x.mlsd.yaml',
    '-f',
    'json',
  );
  const rules = JSON.parse(yaml.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
  assert.ok(rules.includes('syntax-error'), 'read as YAML because of the name');
  const binary = mlsdAt({ cwd: dir, input: '\0\0\0' }, 'lint', '-');
  assert.deepEqual(binary, {
    code: 2,
    stdout: '',
    stderr: 'mlsd: <stdin>: skipped: binary file\nmlsd: nothing to lint: every file found was skipped\n',
  });
});

test('binary, non-UTF-8 and oversized files are skipped with the reason and not counted', () => {
  const dir = tempProject({
    'a.mlsd.md': complete,
    'image.mlsd.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'latin1.mlsd.md': Buffer.from('# Caf\xe9\n', 'latin1'),
    'huge.mlsd.md': Buffer.alloc(9 * 1024 * 1024, 'a'),
    'other.md': Buffer.from([0, 1, 2]),
  });
  const text = mlsdAt({ cwd: dir }, 'lint', '.');
  assert.equal(text.code, 0, text.stderr);
  assert.equal(text.stdout, '1 design doc checked (7/7 steps): 0 errors, 0 warnings, 0 hints; 3 files skipped\n');
  assert.equal(
    text.stderr,
    'mlsd: huge.mlsd.md: skipped: too large (9.0 MB; the limit is 8.0 MB)\n' +
      'mlsd: image.mlsd.md: skipped: binary file\n' +
      'mlsd: latin1.mlsd.md: skipped: not UTF-8 text\n',
  );
  const json = JSON.parse(mlsdAt({ cwd: dir }, 'lint', '-f', 'json', '.').stdout);
  assert.deepEqual(json.skipped, [
    { path: 'huge.mlsd.md', reason: 'too large (9.0 MB; the limit is 8.0 MB)' },
    { path: 'image.mlsd.md', reason: 'binary file' },
    { path: 'latin1.mlsd.md', reason: 'not UTF-8 text' },
  ]);
  const named = mlsdAt({ cwd: dir }, 'lint', 'other.md');
  assert.equal(named.code, 2);
  assert.equal(
    named.stderr,
    'mlsd: other.md: skipped: binary file\nmlsd: nothing to lint: every file found was skipped\n',
  );
  const explained = mlsdAt({ cwd: dir }, 'explain', 'image.mlsd.md');
  assert.deepEqual(explained, { code: 2, stdout: '', stderr: 'mlsd: image.mlsd.md: cannot explain: binary file\n' });
});

test('--max-warnings N fails the run on more than N warnings; --quiet reports errors only', () => {
  const dir = tempProject({ 'warn.mlsd.md': twoWarnings, 'err.mlsd.md': missingMonitoring });
  assert.equal(mlsdAt({ cwd: dir }, 'lint', 'warn.mlsd.md').code, 0);
  assert.equal(mlsdAt({ cwd: dir }, 'lint', '--max-warnings', '2', 'warn.mlsd.md').code, 0);
  const over = mlsdAt({ cwd: dir }, 'lint', '--max-warnings=1', 'warn.mlsd.md');
  assert.equal(over.code, 1);
  assert.equal(over.stderr, 'mlsd: too many warnings: 2, at most 1 allowed (--max-warnings)\n');
  const quietOver = mlsdAt({ cwd: dir }, 'lint', '--quiet', '--max-warnings', '0', 'warn.mlsd.md');
  assert.deepEqual([quietOver.code, quietOver.stdout], [1, ''], 'hidden warnings still count');
  const bad = mlsdAt({ cwd: dir }, 'lint', '--max-warnings', '-1', 'warn.mlsd.md');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^mlsd: --max-warnings needs a value \(N\)$/m);
  assert.match(
    mlsdAt({ cwd: dir }, 'lint', '--max-warnings', 'many', 'warn.mlsd.md').stderr,
    /^mlsd: --max-warnings must be a whole number of at least 0, not "many"$/m,
  );
  const quiet = mlsdAt({ cwd: dir }, 'lint', '-q', '-f', 'json', '.');
  const severities = JSON.parse(quiet.stdout).files.flatMap((f: { diagnostics: { severity: string }[] }) =>
    f.diagnostics.map((d) => d.severity),
  );
  assert.deepEqual(severities, ['error']);
});

test('colours only on a terminal (or with FORCE_COLOR), never with --no-color nor in JSON', () => {
  const dir = tempProject({ 'err.mlsd.md': missingMonitoring });
  const escape = '\u001b';
  const ansi = new RegExp(`${escape}\\[\\d+m`);
  const env = (extra: Record<string, string>): NodeJS.ProcessEnv => {
    const clean = { ...process.env };
    delete clean.FORCE_COLOR;
    delete clean.NO_COLOR;
    return { ...clean, ...extra };
  };
  assert.doesNotMatch(mlsdAt({ cwd: dir, env: env({}) }, 'lint', '.').stdout, ansi, 'a pipe gets plain text');
  const forced = mlsdAt({ cwd: dir, env: env({ FORCE_COLOR: '1' }) }, 'lint', '.').stdout;
  assert.ok(forced.includes(`${escape}[31merror${escape}[39m`), forced);
  assert.doesNotMatch(mlsdAt({ cwd: dir, env: env({ FORCE_COLOR: '1' }) }, 'lint', '--no-color', '.').stdout, ansi);
  assert.doesNotMatch(mlsdAt({ cwd: dir, env: env({ FORCE_COLOR: '1' }) }, 'lint', '-f', 'json', '.').stdout, ansi);
});
