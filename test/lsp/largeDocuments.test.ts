/**
 * One huge document never holds up the others: a 5 MB design doc is linted off the main thread, so a small document
 * opened and edited while it is linted gets its diagnostics first, and the huge one still gets its own (structure
 * only, said once), for its latest version only. The test waits on the order of events; how long the small document
 * waited is measured by the bench, not asserted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LspTestClient } from './lspClient';

const huge = (): string => {
  const section = '\n## Notes\nThe model predicts clicks with a latency of 50 ms and we monitor drift daily.\n';
  return `# Huge\n${section.repeat(Math.ceil(5_000_000 / section.length))}`;
};

const typed = (line: number, character: number, text: string) => ({
  range: { start: { line, character }, end: { line, character } },
  text,
});

describe('a huge document in the language server', () => {
  it('does not delay the diagnostics of another document, and publishes only its own latest version', async () => {
    const client = await LspTestClient.start({ timeoutMs: 120_000, settings: { mlsd: { lintDebounceMs: 0 } } });
    try {
      const big = 'file:///ws/huge.mlsd.md';
      const small = 'file:///ws/small.mlsd.md';
      const bigPublishes = () =>
        client.events.flatMap((e) => (e.kind === 'diagnostics' && e.params.uri === big ? [e.params.version] : []));
      await client.open(big, huge());
      await client.open(small, '# Small\n\n## Requirements\nRank 500 posts per request within 200 ms.\n');
      await client.waitForDiagnostics(small, 1);
      const edited = await client.change(small, [typed(3, 42, ' for 2M daily users')]);
      await client.waitForDiagnostics(small, edited);
      assert.deepEqual(bigPublishes(), [], 'the small document was answered twice before the huge one');

      // Two quick edits of the huge document: the first is stale before its lint could end, and is never published.
      await client.change(big, [typed(0, 6, ' doc')]);
      const latest = await client.change(big, [typed(0, 10, 's')]);
      const published = await client.waitForDiagnostics(big, latest);
      assert.ok(!bigPublishes().includes(latest - 1), `published: ${bigPublishes().join(', ')}`);
      const limits = published.diagnostics.filter((d) => d.code === 'input-limit');
      assert.equal(limits.length, 1);
      assert.match(limits[0].message, /^This document is 4\.\d MB; over 2\.0 MB mlsd checks only its structure/);
      assert.deepEqual(client.errorLogs, []);
    } finally {
      await client.shutdown();
    }
  });
});
