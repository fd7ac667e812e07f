/** `mlsd new` and `mlsd cases` as users run them: the built CLI bundle, real files, exit codes and messages. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderTemplate, templateIds } from '../../server/src/templates';
import { tempDir } from '../helpers/tempDir';

const cli = join(__dirname, '..', '..', 'bin', 'mlsd.js');

function mlsd(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const newDir = () => tempDir('mlsd-new-');

test('cases lists every template id with a one-line description', () => {
  const { code, stdout, stderr } = mlsd('cases');
  assert.equal(code, 0, stderr);
  const lines = stdout.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((line) => line.split(/\s+/)[0]),
    templateIds,
  );
  assert.match(stdout, /^visual-search\s{2,}Given a query image/m);
  assert.match(stdout, /^quick-45\s{2,}(?:\S.*)?45 minutes/m);
  assert.equal(mlsd('cases', 'extra').code, 2);
});

test('new CASE prints the Markdown template; --yaml prints the YAML one', () => {
  const markdown = mlsd('new', 'visual-search');
  assert.equal(markdown.code, 0, markdown.stderr);
  assert.equal(markdown.stdout, renderTemplate('visual-search', 'markdown'));
  assert.match(markdown.stdout, /^case: visual-search$/m);
  const yaml = mlsd('new', '--yaml', 'people-you-may-know');
  assert.equal(yaml.code, 0, yaml.stderr);
  assert.equal(yaml.stdout, renderTemplate('people-you-may-know', 'yaml'));
  assert.equal(mlsd('new', 'blank').stdout, renderTemplate('blank', 'markdown'));
});

test('new -o FILE writes the template, refuses to overwrite without --force, and lints without errors', () => {
  const dir = newDir();
  const file = join(dir, 'search.mlsd.md');
  const first = mlsd('new', 'video-search', '-o', file);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /wrote .*search\.mlsd\.md \(video-search, Markdown\)/);
  assert.equal(readFileSync(file, 'utf8'), renderTemplate('video-search', 'markdown'));

  writeFileSync(file, 'my notes\n');
  const again = mlsd('new', 'video-search', '-o', file);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /search\.mlsd\.md: already exists; use --force to replace it/);
  assert.equal(readFileSync(file, 'utf8'), 'my notes\n', 'the existing file is untouched');

  const forced = mlsd('new', 'video-search', '--output', file, '--force');
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(readFileSync(file, 'utf8'), renderTemplate('video-search', 'markdown'));

  const lint = mlsd('lint', '--format', 'json', file);
  assert.equal(lint.code, 0, 'no errors in a fresh template');
  const rules = new Set(JSON.parse(lint.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule));
  assert.ok(!rules.has('missing-step') && rules.has('placeholder-text'), [...rules].join(', '));
});

test('new -o FILE.yaml (or .yml) writes YAML without --yaml', () => {
  const dir = newDir();
  for (const name of ['feed.mlsd.yaml', 'feed.mlsd.yml']) {
    const file = join(dir, name);
    const { code, stderr } = mlsd('new', 'personalized-news-feed', `--output=${file}`);
    assert.equal(code, 0, stderr);
    assert.equal(readFileSync(file, 'utf8'), renderTemplate('personalized-news-feed', 'yaml'));
  }
});

test('an unknown case exits 2, suggests the closest id and lists the valid ones', () => {
  const dir = newDir();
  const file = join(dir, 'x.mlsd.md');
  const { code, stdout, stderr } = mlsd('new', 'visual-serch', '-o', file);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /unknown case "visual-serch" \(did you mean "visual-search"\?\)/);
  for (const id of templateIds) assert.ok(stderr.includes(id), id);
  assert.ok(!existsSync(file), 'nothing written');
});

test('bad usage of new exits 2', () => {
  assert.equal(mlsd('new').code, 2);
  assert.equal(mlsd('new', 'blank', 'quick-45').code, 2);
  assert.equal(mlsd('new', 'blank', '--format', 'yaml').code, 2);
  const missing = mlsd('new', 'blank', '-o');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^mlsd: -o, --output needs a value \(FILE\)$/m);
});
