/**
 * The language server's code cache (server/src/codeCache.ts) over real stdio, with the folder VS Code's client passes
 * (`--code-cache-dir`): a first start writes a cache of each bundle it loaded, a later start runs from them without
 * writing them again, a cache that V8 rejects is replaced, and the caches of other builds go. The server answers the
 * same with or without one. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LspTestClient } from './lspClient';

const doc = ['# Design', '', '## 1. Clarifying requirements', 'We serve 10 million users.'].join('\n');
const uri = 'file:///ws/design.mlsd.md';

/** Starts the server with the folder, lints one doc (so the analysis bundle loads too), and stops it. */
async function lintOnce(folder: string): Promise<string[]> {
  const client = await LspTestClient.start({ serverArgs: [`--code-cache-dir=${folder}`] });
  try {
    await client.open(uri, doc);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    return diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
  } finally {
    await client.shutdown();
  }
}

const caches = (folder: string): string[] => readdirSync(folder).sort();
const modified = (folder: string): number[] => caches(folder).map((name) => statSync(join(folder, name)).mtimeMs);

describe('code cache', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mlsd-code-cache-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is written by a first start, used by the next, and replaced when rejected', async () => {
    const staleBuild = join(folder, 'languageServer-0.v8cache');
    writeFileSync(staleBuild, 'a cache of another build');

    const findings = await lintOnce(folder);
    assert.ok(findings.length > 0);
    const written = caches(folder);
    assert.equal(written.length, 2, written.join(', '));
    assert.ok(written[0].startsWith('analysis-') && written[1].startsWith('languageServer-'), written.join(', '));
    assert.ok(!written.includes('languageServer-0.v8cache'), 'the cache of another build is removed');

    const times = modified(folder);
    assert.deepEqual(await lintOnce(folder), findings);
    assert.deepEqual(modified(folder), times, 'a cache that fits is not written again');

    const server = join(folder, written[1]);
    writeFileSync(server, 'not a code cache');
    assert.deepEqual(await lintOnce(folder), findings);
    assert.notEqual(readFileSync(server, 'utf8'), 'not a code cache', 'a rejected cache is written afresh');
    assert.deepEqual(caches(folder), written);
  });
});
