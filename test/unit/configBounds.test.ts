/**
 * Config files stay in bounds: `extends` (and the lookup up the tree) reads only regular files of a bounded size
 * inside the workspace, or, when the workspace is trusted, config files such as the home config. Devices, system
 * files and links out of the workspace are clear config problems; an untrusted workspace reads nothing outside it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ConfigLoader, resolveConfig } from '../../server/src/engine';
import { boundedConfigHost, maxConfigBytes } from '../../server/src/workspace';
import { fileUri, nodeFileSystem } from '../../server/src/workspace/node';

const base = mkdtempSync(join(tmpdir(), 'mlsd-bounds-'));
after(() => rmSync(base, { recursive: true, force: true }));

let count = 0;
/** A workspace folder with these files, and a folder beside it (outside it). */
function workspace(files: Record<string, string>): { root: string; outside: string } {
  const root = join(base, `ws${++count}`);
  const outside = join(base, `outside${count}`);
  mkdirSync(root);
  mkdirSync(outside);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return { root, outside };
}

const host = (root: string, trusted = true) =>
  boundedConfigHost(nodeFileSystem, () => ({ roots: [fileUri(root)], trusted }));
const messages = async (file: string, root: string, trusted = true) =>
  (await resolveConfig(fileUri(file), host(root, trusted))).problems.map((p) => p.message);

test('extends to a device or a system file is a clear config problem, read never', async () => {
  for (const target of ['/dev/zero', '/etc/passwd', '/proc/self/environ', '/dev/stdin']) {
    const { root } = workspace({ '.mlsdrc.json': JSON.stringify({ extends: target }) });
    assert.deepEqual(await messages(join(root, '.mlsdrc.json'), root), [
      `Cannot read "${target}" (outside the workspace: a config file may extend files inside the workspace, or a config file such as ~/.mlsdrc.json).`,
    ]);
  }
});

test('a link inside the workspace that leads out of it, or to a device, is refused', async () => {
  const { root, outside } = workspace({});
  writeFileSync(join(outside, 'base.json'), '{ "rules": { "step-order": "off" } }');
  symlinkSync(join(outside, 'base.json'), join(root, 'base.json'));
  writeFileSync(join(root, '.mlsdrc.json'), '{ "extends": "./base.json" }');
  assert.match(
    (await messages(join(root, '.mlsdrc.json'), root))[0],
    /^Cannot read "\.\/base\.json" \(outside the workspace/,
  );
  const zero = workspace({});
  symlinkSync('/dev/zero', join(zero.root, '.mlsdrc.json'));
  assert.match(
    (await messages(join(zero.root, '.mlsdrc.json'), zero.root))[0],
    /^Cannot read the config file \(outside the workspace/,
  );
});

test('a config file over the size limit, or a folder, is refused', async () => {
  const { root } = workspace({
    '.mlsdrc.json': '{ "extends": "./big.json" }',
    'big.json': `{ "ignore": [${'"x", '.repeat(maxConfigBytes / 5)}"x"] }`,
  });
  assert.deepEqual(await messages(join(root, '.mlsdrc.json'), root), [
    `Cannot read "./big.json" (${Math.ceil((maxConfigBytes + 8) / 1024)} KB; a config file may be at most 256 KB).`,
  ]);
  mkdirSync(join(root, 'dir.json'));
  writeFileSync(join(root, 'b.mlsdrc.json'), '{ "extends": "./dir.json" }');
  assert.deepEqual(await messages(join(root, 'b.mlsdrc.json'), root), [
    'Cannot read "./dir.json" (not a regular file).',
  ]);
});

test('inside the workspace, and a config file outside it when trusted, extends works', async () => {
  const { root, outside } = workspace({
    'base.json': '{ "rules": { "empty-step": "hint" } }',
    '.mlsdrc.json': '{ "extends": ["./base.json", "../outside-home/.mlsdrc.json"] }',
  });
  const home = join(outside, '..', 'outside-home');
  mkdirSync(home);
  writeFileSync(join(home, '.mlsdrc.json'), '{ "rules": { "step-order": "off" } }');
  const trusted = await resolveConfig(fileUri(join(root, '.mlsdrc.json')), host(root));
  assert.deepEqual(trusted.problems, []);
  assert.deepEqual(trusted.rules, { 'empty-step': 'hint', 'step-order': 'off' });
  assert.match(
    (await messages(join(root, '.mlsdrc.json'), root, false))[0],
    /^Cannot read "\.\.\/outside-home\/\.mlsdrc\.json" \(outside the workspace, which is not trusted/,
  );
});

test('in an untrusted workspace the lookup up the tree stops at the workspace folder', async () => {
  const { root } = workspace({});
  writeFileSync(join(base, '.mlsdrc.json'), '{ "rules": { "step-order": "off" } }');
  try {
    mkdirSync(join(root, 'docs'));
    const doc = fileUri(join(root, 'docs', 'a.mlsd.md'));
    assert.equal(await new ConfigLoader(host(root, false)).configFileFor(doc), undefined);
    assert.equal(await new ConfigLoader(host(root, true)).configFileFor(doc), fileUri(join(base, '.mlsdrc.json')));
  } finally {
    rmSync(join(base, '.mlsdrc.json'));
  }
});
