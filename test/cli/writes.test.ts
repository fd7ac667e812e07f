/**
 * Nothing the CLI writes can destroy a file: `export`, `new` and `report -o` refuse an existing output without --force, never
 * write over their own input (by name, through a link or a hard link), replace a symbolic link instead of writing
 * through it, and leave nothing half-written behind.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OutputError, writeOutputFile } from '../../server/src/cli/outputFile';

const cli = join(__dirname, '..', '..', 'bin', 'mlsd.js');
const doc =
  '---\nmlsd: 1\ntitle: Ranking\n---\n# Ranking\n\n## Requirements\nRank 1,000 posts per request under 200 ms.\n';

function mlsd(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-writes-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder per test, with the design doc in it. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(join(path, 'doc.mlsd.md'), doc);
  return path;
}

const leftovers = (path: string) => readdirSync(path).filter((name) => name.endsWith('.tmp'));

describe('mlsd export', () => {
  test('never writes over its own input, even with --force', () => {
    const cwd = folder('own-input');
    for (const args of [
      ['--html', 'doc.mlsd.md'],
      ['--html', './doc.mlsd.md', '--force'],
      ['--html', join(cwd, 'doc.mlsd.md'), '--force'],
    ]) {
      const result = mlsd(cwd, 'export', 'doc.mlsd.md', ...args);
      assert.equal(result.code, 2, result.stdout);
      assert.match(result.stderr, /doc\.mlsd\.md: is the input of this command; write the output to another file/);
      assert.equal(readFileSync(join(cwd, 'doc.mlsd.md'), 'utf8'), doc);
    }
    symlinkSync('doc.mlsd.md', join(cwd, 'link.html'));
    linkSync(join(cwd, 'doc.mlsd.md'), join(cwd, 'hard.html'));
    for (const out of ['link.html', 'hard.html']) {
      const result = mlsd(cwd, 'export', 'doc.mlsd.md', '--html', out, '--force');
      assert.equal(result.code, 2);
      assert.match(result.stderr, /is the input of this command/);
    }
    assert.equal(readFileSync(join(cwd, 'doc.mlsd.md'), 'utf8'), doc);
    assert.deepEqual(leftovers(cwd), []);
  });

  test('an existing file is replaced only with --force, atomically and keeping its permissions', () => {
    const cwd = folder('existing');
    writeFileSync(join(cwd, 'out.html'), 'my page\n');
    chmodSync(join(cwd, 'out.html'), 0o640);
    const refused = mlsd(cwd, 'export', 'doc.mlsd.md', '--html', 'out.html');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^mlsd: out\.html: already exists; use --force to replace it\n$/);
    assert.equal(readFileSync(join(cwd, 'out.html'), 'utf8'), 'my page\n');

    const forced = mlsd(cwd, 'export', 'doc.mlsd.md', '--html', 'out.html', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(join(cwd, 'out.html'), 'utf8'), /^<!DOCTYPE html>/i);
    assert.equal(statSync(join(cwd, 'out.html')).mode & 0o777, 0o640);
    assert.deepEqual(leftovers(cwd), []);
  });

  test('a symbolic link at the output is replaced, never written through to its target', () => {
    const cwd = folder('symlink');
    const outside = join(dir, 'outside-target.txt');
    writeFileSync(outside, 'not yours\n');
    symlinkSync(outside, join(cwd, 'out.html'));
    const refused = mlsd(cwd, 'export', 'doc.mlsd.md', '--html', 'out.html');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /out\.html: already exists \(a symbolic link\); use --force to replace it/);
    assert.equal(readlinkSync(join(cwd, 'out.html')), outside);

    const forced = mlsd(cwd, 'export', 'doc.mlsd.md', '--html', 'out.html', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(outside, 'utf8'), 'not yours\n', 'the link target is untouched');
    assert.ok(lstatSync(join(cwd, 'out.html')).isFile(), 'the link itself was replaced by the page');
  });

  test('a folder or a device is never an output', () => {
    const cwd = folder('not-a-file');
    mkdirSync(join(cwd, 'site'));
    assert.match(mlsd(cwd, 'export', 'doc.mlsd.md', '--html', 'site', '--force').stderr, /site: is a folder/);
    assert.match(
      mlsd(cwd, 'export', 'doc.mlsd.md', '--html', '/dev/null', '--force').stderr,
      /\/dev\/null: is not a regular file/,
    );
  });
});

describe('mlsd new', () => {
  test('never replaces a file without --force, nor writes through a link', () => {
    const cwd = folder('new');
    const outside = join(dir, 'new-outside.md');
    writeFileSync(outside, 'keep\n');
    symlinkSync(outside, join(cwd, 'linked.mlsd.md'));
    assert.equal(mlsd(cwd, 'new', 'blank', '-o', 'doc.mlsd.md').code, 2);
    assert.equal(readFileSync(join(cwd, 'doc.mlsd.md'), 'utf8'), doc);
    const forced = mlsd(cwd, 'new', 'blank', '-o', 'linked.mlsd.md', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(outside, 'utf8'), 'keep\n');
    assert.deepEqual(leftovers(cwd), []);
  });
});

describe('mlsd report -o', () => {
  test('never writes over the design doc, its config or its session; replaces a file only with --force', () => {
    const cwd = folder('report');
    writeFileSync(join(cwd, '.mlsdrc.json'), '{ "rules": {} }\n');
    for (const out of ['doc.mlsd.md', '.mlsdrc.json']) {
      const result = mlsd(cwd, 'report', 'doc.mlsd.md', '-o', out, '--force');
      assert.equal(result.code, 2, result.stdout);
      assert.match(result.stderr, /is the input of this command; write the output to another file/);
    }
    assert.equal(readFileSync(join(cwd, 'doc.mlsd.md'), 'utf8'), doc);
    assert.equal(readFileSync(join(cwd, '.mlsdrc.json'), 'utf8'), '{ "rules": {} }\n');
    writeFileSync(join(cwd, 'report.txt'), 'mine\n');
    const refused = mlsd(cwd, 'report', 'doc.mlsd.md', '-o', 'report.txt');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^mlsd: report\.txt: already exists; use --force to replace it\n$/);
    assert.equal(readFileSync(join(cwd, 'report.txt'), 'utf8'), 'mine\n');
    const forced = mlsd(cwd, 'report', 'doc.mlsd.md', '-o', 'report.txt', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(join(cwd, 'report.txt'), 'utf8'), /\d+\/100/);
    assert.deepEqual(leftovers(cwd), []);
  });
});

describe('writeOutputFile', () => {
  test('a write that fails reports why and leaves nothing behind', () => {
    const cwd = folder('failing');
    assert.throws(
      () => writeOutputFile(join(cwd, 'missing-folder', 'page.html'), 'x', { force: true }),
      (error: unknown) => {
        assert.ok(error instanceof OutputError);
        assert.equal(error.message, 'cannot write: no such file or folder');
        return true;
      },
    );
    assert.deepEqual(leftovers(cwd), []);
  });

  test('without --force an existing file survives; with it, it is replaced', () => {
    const cwd = folder('race');
    const target = join(cwd, 'page.html');
    writeOutputFile(target, 'first', { force: false });
    assert.throws(
      () => writeOutputFile(target, 'second', { force: false }),
      /already exists; use --force to replace it/,
    );
    assert.equal(readFileSync(target, 'utf8'), 'first');
    writeOutputFile(target, 'second', { force: true });
    assert.equal(readFileSync(target, 'utf8'), 'second');
    assert.deepEqual(leftovers(cwd), []);
  });
});
