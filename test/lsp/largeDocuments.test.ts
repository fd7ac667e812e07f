/**
 * One huge document never holds up the others: a 5 MB design doc is linted off the main thread, so a small document
 * opened and edited while it is linted gets its diagnostics first, and the huge one still gets its own (structure
 * only, said once), for its latest version only. The requests an editor sends after each edit of the huge document
 * (code lenses, symbols, folding, and quick fixes where the cursor is) are answered from the same pass in the worker,
 * so they do not hold up the small document either, and an answer is never one of another version. The test waits on the order of events; how long
 * the small document waited is measured by the bench, not asserted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  LSPErrorCodes,
  ResponseError,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol';
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

  it('answers the outline and quick-fix requests of its edits after the diagnostics of another document', async () => {
    const client = await LspTestClient.start({ timeoutMs: 120_000, settings: { mlsd: { lintDebounceMs: 0 } } });
    try {
      const big = 'file:///ws/huge.mlsd.md';
      const small = 'file:///ws/small.mlsd.md';
      await client.open(big, huge());
      await client.open(small, '# Small\n\n## Requirements\nRank 500 posts per request within 200 ms.\n');
      await client.waitForDiagnostics(small, 1);

      // As an editor does after an edit of the huge document: its lenses, symbols and folding, then the user types in
      // the small one.
      await client.change(big, [typed(0, 6, ' doc')]);
      let edited = 0;
      const smallPublished = (): boolean =>
        client.events.some((e) => e.kind === 'diagnostics' && e.params.uri === small && e.params.version === edited);
      const answeredFirst: string[] = [];
      const textDocument = { uri: big };
      const ask = <R>(type: { method: string }, request: Promise<R>): Promise<R> =>
        request.then((answer) => {
          if (!smallPublished()) answeredFirst.push(type.method);
          return answer;
        });
      // The cursor on a line without findings: the quick fixes asked there need no parse on the main thread either.
      const prose = { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } };
      const requests = Promise.all([
        ask(CodeLensRequest.type, client.request(CodeLensRequest.type, { textDocument })),
        ask(DocumentSymbolRequest.type, client.request(DocumentSymbolRequest.type, { textDocument })),
        ask(FoldingRangeRequest.type, client.request(FoldingRangeRequest.type, { textDocument })),
        ask(
          CodeActionRequest.type,
          client.request(CodeActionRequest.type, { textDocument, range: prose, context: { diagnostics: [] } }),
        ),
      ]);
      edited = await client.change(small, [typed(3, 42, ' for 2M daily users')]);
      await client.waitForDiagnostics(small, edited);
      const [lenses, symbols, folding, proseActions] = await requests;
      assert.deepEqual(answeredFirst, [], 'answered before the small document got its diagnostics');

      assert.deepEqual(
        lenses?.map((lens) => lens.command?.title),
        ['0/7 steps covered'],
      );
      // Past the size limit the outline is bounded: the title, and as many sections as VS Code folds.
      const [title] = symbols as DocumentSymbol[];
      assert.equal(title.name, 'Huge doc', 'the outline of the edited version');
      assert.equal(title.children?.length, 4999);
      assert.equal(folding?.length, 5000);
      assert.deepEqual(proseActions, []);

      // An outline asked for a version the document then leaves is answered ContentModified, never with the next one's.
      await client.change(big, [typed(0, 10, 's')]);
      const stale = client.request(DocumentSymbolRequest.type, { textDocument });
      await client.change(big, [typed(0, 11, '!')]);
      const latest = client.request(FoldingRangeRequest.type, { textDocument });
      await assert.rejects(
        stale,
        (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified,
      );
      assert.equal((await latest)?.length, 5000);
      assert.deepEqual(client.errorLogs, []);
    } finally {
      await client.shutdown();
    }
  });
});
