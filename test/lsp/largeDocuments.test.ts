/**
 * One huge document never holds up the others: a 5 MB design doc is linted off the main thread, so a small document
 * opened right after it gets its diagnostics first, and the huge one still gets its own (structure only, said once).
 * The test waits on the order of events; how long the small document waited is measured elsewhere, not asserted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LspTestClient } from './lspClient';

const huge = (): string => {
  const section = '\n## Notes\nThe model predicts clicks with a latency of 50 ms and we monitor drift daily.\n';
  return `# Huge\n${section.repeat(Math.ceil(5_000_000 / section.length))}`;
};

describe('a huge document in the language server', () => {
  it('does not delay the diagnostics of another document', async () => {
    const client = await LspTestClient.start({ timeoutMs: 120_000 });
    try {
      const big = 'file:///ws/huge.mlsd.md';
      const small = 'file:///ws/small.mlsd.md';
      await client.open(big, huge());
      await client.open(small, '# Small\n\n## Requirements\nRank 500 posts per request within 200 ms.\n');
      await client.waitForDiagnostics(small, 1);
      const bigFirst = client.events.findIndex((e) => e.kind === 'diagnostics' && e.params.uri === big);
      assert.equal(bigFirst, -1, 'the small document was answered before the huge one');
      const published = await client.waitForDiagnostics(big, 1);
      const limits = published.diagnostics.filter((d) => d.code === 'input-limit');
      assert.equal(limits.length, 1);
      assert.match(limits[0].message, /^This document is 4\.\d MB; over 2\.0 MB mlsd checks only its structure/);
      assert.deepEqual(client.errorLogs, []);
    } finally {
      await client.shutdown();
    }
  });
});
