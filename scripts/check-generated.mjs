// `npm run check:generated` (part of `npm test`): runs `npm run docs`, which regenerates the rule docs, the README's
// rule table, the config schema, the rule settings in package.json and the snippets, and fails if that changed or
// added any file: the committed files were stale. It compares the files before and after rather than asking git, so
// it gives the same answer in a fresh clone, in a tarball, and with generated files regenerated but not yet
// committed; .gitattributes keeps checkouts in LF, as the generators write.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const singleFiles = ['README.md', 'package.json', 'schemas/mlsdrc.schema.json'];
const folders = ['docs/rules', 'snippets'];

/** Every generated file (relative path) with its text. */
function snapshot() {
  const files = new Map();
  const read = (rel) => files.set(rel, readFileSync(path.join(root, rel), 'utf8'));
  for (const rel of singleFiles) read(rel);
  for (const folder of folders) {
    if (!existsSync(path.join(root, folder))) continue;
    for (const name of readdirSync(path.join(root, folder))) read(`${folder}/${name}`);
  }
  return files;
}

const before = snapshot();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['run', '--silent', 'docs'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('check:generated: `npm run docs` failed');
  process.exit(1);
}
const after = snapshot();
const stale = [...after.keys()].filter((rel) => before.get(rel) !== after.get(rel));
if (stale.length) {
  console.error(
    `check:generated: these generated files were stale and are now regenerated; commit them:\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`check:generated: ${after.size} generated files are up to date`);
