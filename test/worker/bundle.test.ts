/**
 * The diagram worker bundle (dist/server/mermaidWorker.js, `npm run build`) holds Mermaid and happy-dom; the language
 * server's own bundles (its start and its analysis) and the CLI's hold neither (they start the worker), and no
 * private key ships.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { workerBundle } from '../helpers/mermaidWorker';

const root = join(__dirname, '..', '..');
const mains = ['dist/server/languageServer.js', 'dist/server/analysis.js', 'dist/cli/cli.js'].map((file) =>
  join(root, file),
);
const built = [workerBundle, ...mains].every((file) => existsSync(file));

/** Strings only Mermaid, or only happy-dom, contains. */
const mermaidMarkers = ['flowchart-v2', 'mermaidAPI', 'cytoscape'];
const happyDomMarkers = ['Happy DOM', 'HappyDOM'];

describe('diagram worker bundle', { skip: built ? false : 'bundles are missing: run `npm run build`' }, () => {
  it('has Mermaid and happy-dom, and no private key', () => {
    const text = readFileSync(workerBundle, 'utf8');
    for (const marker of [...mermaidMarkers, ...happyDomMarkers]) assert.ok(text.includes(marker), marker);
    assert.doesNotMatch(text, /BEGIN (?:RSA |EC )?PRIVATE KEY/);
  });

  for (const file of mains) {
    it(`${file.slice(root.length + 1)} has neither Mermaid nor happy-dom`, () => {
      const text = readFileSync(file, 'utf8');
      for (const marker of [...mermaidMarkers, ...happyDomMarkers]) assert.ok(!text.includes(marker), marker);
    });
  }
});
