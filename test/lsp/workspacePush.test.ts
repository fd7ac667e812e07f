/**
 * Pushed workspace diagnostics over real stdio, as VS Code's client asks for them (it pulls, but asks for
 * `publishDiagnostics` so interview mode can filter them): the design docs on disk that are not open are published
 * without being opened, a deleted file's diagnostics are cleared, an opened document's own lint takes over until it is
 * closed, and `mlsd.lint.scope: openFiles` clears them. A Lint Workspace request answers after its pass has
 * published, so its answer marks the point by which everything of the pass was sent.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol/node';
import { LintWorkspaceRequest } from '../../common/protocol';
import { fileUri } from '../../server/src/workspace/node';
import { complete, missingMonitoring, workspaceProject } from './workspaceProject';
import { LspTestClient } from './lspClient';

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

describe('pushed workspace diagnostics', () => {
  let dir: string;
  let client: LspTestClient;
  const uri = (path: string): string => fileUri(join(dir, path));
  /** The paths published since event `since`, each with its last diagnostics' codes. */
  const publishedSince = (since: number): Map<string, string[]> =>
    new Map(
      client.events
        .slice(since)
        .flatMap((e) =>
          e.kind === 'diagnostics'
            ? [[e.params.uri.slice(fileUri(dir).length + 1), codes(e.params.diagnostics)] as const]
            : [],
        ),
    );
  const notifyChange = (path: string, type: FileChangeType): Promise<void> =>
    client.notify(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(path), type }] });

  before(async () => {
    dir = workspaceProject('mlsd-push-');
    client = await LspTestClient.start({
      workspaceFolder: fileUri(dir),
      settings: { mlsd: { lintDebounceMs: 0 } },
      pullDiagnostics: true,
      initializationOptions: { pushDiagnostics: true },
    });
  });
  after(async () => {
    await client.shutdown();
  });

  it('publishes the design docs on disk that are not open, without their being opened', async () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined, 'nothing to pull');
    const ads = await client.waitForDiagnosticsWhere(uri('docs/ads.mlsd.md'), () => true, 'the saved file linted');
    assert.deepEqual(codes(ads.diagnostics), ['missing-step']);
    assert.equal(ads.version, undefined, 'a file on disk has no version');
    const feed = await client.waitForDiagnosticsWhere(uri('docs/feed.mlsd.yaml'), () => true, 'the YAML doc');
    assert.deepEqual(codes(feed.diagnostics), []);

    await client.request(LintWorkspaceRequest, {});
    const published = publishedSince(0);
    assert.deepEqual(
      [...published.keys()].sort(),
      ['docs/ads.mlsd.md', 'docs/feed.mlsd.yaml'],
      'no README, nothing git ignores',
    );
  });

  it('hands a closed document back to the workspace lint, which publishes its saved file again', async () => {
    const opened = client.mark();
    await client.open(uri('docs/ads.mlsd.md'), complete);
    assert.deepEqual(codes((await client.waitForDiagnostics(uri('docs/ads.mlsd.md'), 1, opened)).diagnostics), []);
    const closed = client.mark();
    await client.close(uri('docs/ads.mlsd.md'));
    // The file did not change: its result is the one published before it was opened, and is published again.
    await client.waitForDiagnosticsWhere(
      uri('docs/ads.mlsd.md'),
      (params) => params.version === undefined && codes(params.diagnostics).includes('missing-step'),
      'the saved file back, with its missing step',
      closed,
    );
  });

  it('leaves an open document to its own lint while its file changes on disk', async () => {
    const opened = client.mark();
    await client.open(uri('docs/ads.mlsd.md'), complete);
    await client.waitForDiagnostics(uri('docs/ads.mlsd.md'), 1, opened);
    writeFileSync(join(dir, 'docs/ads.mlsd.md'), `${missingMonitoring}\nOne more line.\n`);
    await notifyChange('docs/ads.mlsd.md', FileChangeType.Changed);
    await client.request(LintWorkspaceRequest, {});
    const fromDisk = client.events
      .slice(opened)
      .filter((e) => e.kind === 'diagnostics' && e.params.uri === uri('docs/ads.mlsd.md') && !e.params.version);
    assert.deepEqual(fromDisk, [], 'only the open document published');

    const closed = client.mark();
    await client.close(uri('docs/ads.mlsd.md'));
    await client.waitForDiagnosticsWhere(
      uri('docs/ads.mlsd.md'),
      (params) => params.version === undefined && codes(params.diagnostics).includes('missing-step'),
      'the changed file, with its missing step',
      closed,
    );
  });

  it('clears a deleted file', async () => {
    const since = client.mark();
    rmSync(join(dir, 'docs/feed.mlsd.yaml'));
    await notifyChange('docs/feed.mlsd.yaml', FileChangeType.Deleted);
    await client.waitForDiagnosticsWhere(
      uri('docs/feed.mlsd.yaml'),
      (params) => params.diagnostics.length === 0,
      'cleared',
      since,
    );
    await client.request(LintWorkspaceRequest, {});
    assert.deepEqual(publishedSince(since).get('docs/feed.mlsd.yaml'), [], 'not published again');
  });

  it('with mlsd.lint.scope openFiles, clears what it published, until Lint Workspace publishes it again', async () => {
    const since = client.mark();
    await client.changeSettings({ mlsd: { lintDebounceMs: 0, lint: { scope: 'openFiles' } } });
    await client.waitForDiagnosticsWhere(
      uri('docs/ads.mlsd.md'),
      (params) => params.diagnostics.length === 0,
      'cleared',
      since,
    );
    const asked = client.mark();
    const result = await client.request(LintWorkspaceRequest, {});
    assert.deepEqual(result, { files: 2, designDocs: 1, withProblems: 1 });
    assert.deepEqual(publishedSince(asked).get('docs/ads.mlsd.md'), ['missing-step']);
  });
});
