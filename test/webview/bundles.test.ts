/**
 * Mermaid lives in the preview webview bundle only: the extension client never includes it (nor the engine: the
 * client asks the server for the preview model), and neither the language server nor the CLI bundles the Mermaid
 * library (they parse diagrams in the worker bundle: see test/worker/bundle.test.ts). The language server on Node
 * answers `initialize` from a bundle without the engine, which comes in its analysis bundle. The server and the
 * CLI validate with schema validators generated at build time, without ajv's compiler, carry only the decoding half
 * of `entities`, and take yaml's ES build. Checks the built bundles (`npm run build`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { root } from './browser';

const bundle = (file: string) => path.join(root, file);
const built = [
  'dist/client/extension.js',
  'dist/server/languageServer.js',
  'dist/server/analysis.js',
  'dist/cli/cli.js',
  'media/preview/dist/preview.js',
].every((f) => existsSync(bundle(f)));

/** Strings only the Mermaid library (and the DOMPurify it brings) contains. */
const mermaidLibraryMarkers = ['flowchart-v2', 'Syntax error in text', 'mermaidAPI', 'DOMPurify', 'cytoscape'];
/** A schema path only the generated validators hold (ajv's compiler builds them as it compiles). */
const generatedValidatorMarker = '"#/properties/designDocGlobs/items/minLength"';
/** ajv's compiler, the encoders' table of `entities`, and a debug switch only yaml's CommonJS build reads. */
const leftOutMarkers = ['schema with key or id', '&NewLine;', 'LOG_STREAM'];
/** Rule messages: present only where the lint engine is bundled. */
const engineMarkers = ['has a heading but no real content', 'the usual flow puts it first'];

describe('bundle contents', { skip: built ? false : 'bundles are missing: run `npm run build`' }, () => {
  it('the preview bundle has Mermaid (so the markers below are real)', () => {
    const text = readFileSync(bundle('media/preview/dist/preview.js'), 'utf8');
    for (const marker of mermaidLibraryMarkers) assert.ok(text.includes(marker), marker);
  });

  it('the extension client has no Mermaid and no lint engine', () => {
    const text = readFileSync(bundle('dist/client/extension.js'), 'utf8');
    assert.doesNotMatch(text, /mermaid/i);
    for (const marker of [...mermaidLibraryMarkers, ...engineMarkers]) assert.ok(!text.includes(marker), marker);
  });

  it('the language server answers initialize without the engine, its schema validators or Mermaid', () => {
    const text = readFileSync(bundle('dist/server/languageServer.js'), 'utf8');
    for (const marker of [...engineMarkers, generatedValidatorMarker, ...mermaidLibraryMarkers])
      assert.ok(!text.includes(marker), marker);
  });

  for (const file of ['dist/server/analysis.js', 'dist/cli/cli.js']) {
    it(`${file} has the engine but not the Mermaid library`, () => {
      const text = readFileSync(bundle(file), 'utf8');
      for (const marker of engineMarkers) assert.ok(text.includes(marker), marker);
      for (const marker of mermaidLibraryMarkers) assert.ok(!text.includes(marker), marker);
    });

    it(`${file} validates with generated code, not ajv's compiler, and leaves out the encoders of entities and yaml's CommonJS build`, () => {
      const text = readFileSync(bundle(file), 'utf8');
      assert.ok(text.includes(generatedValidatorMarker));
      for (const marker of leftOutMarkers) assert.ok(!text.includes(marker), marker);
    });
  }
});
