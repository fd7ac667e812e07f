/**
 * Pull diagnostics (LSP 3.17) over real stdio, as VS Code's client uses them: `textDocument/diagnostic` for open
 * documents, `workspace/diagnostic` for the design docs on disk that are not open (an answer that waits until
 * something changes), `workspace/diagnostic/refresh` after a config change, `mlsd.run: onSave`, `mlsd.lint.scope`
 * and the `mlsd/lintWorkspace` request with its work-done progress. A client that does not pull keeps getting
 * publishDiagnostics (the other LSP tests and the Neovim test).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PreviousResultId,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol/node';
import { LintWorkspaceRequest } from '../../common/protocol';
import { fileUri } from '../../server/src/workspace/node';
import { complete, missingMonitoring, workspaceProject } from './workspaceProject';
import { LspTestClient, type Settings } from './lspClient';

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

function full(report: DocumentDiagnosticReport | WorkspaceDocumentDiagnosticReport): Diagnostic[] {
  assert.equal(report.kind, DocumentDiagnosticReportKind.Full, JSON.stringify(report));
  return (report as { items: Diagnostic[] }).items;
}

describe('pull diagnostics', () => {
  let dir: string;
  let client: LspTestClient;
  let settings: Settings;
  const uri = (path: string): string => fileUri(join(dir, path));

  before(async () => {
    dir = workspaceProject('mlsd-pull-', { 'docs/open.mlsd.md': missingMonitoring });
    settings = { mlsd: { lintDebounceMs: 0 } };
    client = await LspTestClient.start({ workspaceFolder: fileUri(dir), settings, pullDiagnostics: true });
  });
  after(async () => {
    await client.shutdown();
  });

  const pull = (path: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    client.request(DocumentDiagnosticRequest.type, { textDocument: { uri: uri(path) }, previousResultId });

  /** The workspace's answer; `change` runs once the request is on its way (the answer may wait for it). */
  async function workspaceReport(
    previousResultIds: PreviousResultId[],
    change?: () => Promise<void>,
  ): Promise<Map<string, WorkspaceDocumentDiagnosticReport>> {
    const answer = client.request(WorkspaceDiagnosticRequest.type, { previousResultIds });
    await change?.();
    const { items } = await answer;
    return new Map(items.map((item) => [item.uri.slice(fileUri(dir).length + 1), item]));
  }
  const resultIds = (reports: Map<string, WorkspaceDocumentDiagnosticReport>): PreviousResultId[] =>
    [...reports.values()].flatMap((r) => (r.resultId ? [{ uri: r.uri, value: r.resultId }] : []));

  it('is advertised to a client that pulls, which then gets no publishDiagnostics', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'mlsd',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    });
    const since = client.mark();
    await client.open(uri('docs/open.mlsd.md'), missingMonitoring);
    const first = await pull('docs/open.mlsd.md');
    assert.deepEqual(codes(full(first)), ['missing-step']);
    const again = await pull('docs/open.mlsd.md', first.resultId);
    assert.deepEqual(again, { kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });

    // A pull right after an edit waits for the lint of that edit.
    await client.change(uri('docs/open.mlsd.md'), [{ text: complete }]);
    assert.deepEqual(codes(full(await pull('docs/open.mlsd.md', first.resultId))), []);
    assert.ok(!client.events.slice(since).some((event) => event.kind === 'diagnostics'), 'nothing is pushed');
  });

  it('reports the design docs on disk that are not open, and waits for a change to report again', async () => {
    const reports = await workspaceReport([]);
    assert.deepEqual([...reports.keys()].sort(), ['docs/ads.mlsd.md', 'docs/feed.mlsd.yaml']);
    assert.deepEqual(codes(full(reports.get('docs/ads.mlsd.md')!)), ['missing-step']);
    assert.deepEqual(codes(full(reports.get('docs/feed.mlsd.yaml')!)), []);

    // Nothing changed: the answer waits; a file saved on disk ends the wait with that file's new diagnostics.
    const next = await workspaceReport(resultIds(reports), async () => {
      writeFileSync(join(dir, 'docs/ads.mlsd.md'), complete);
      await client.notify(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: uri('docs/ads.mlsd.md'), type: FileChangeType.Changed }],
      });
    });
    assert.deepEqual(codes(full(next.get('docs/ads.mlsd.md')!)), []);
    assert.equal(next.get('docs/feed.mlsd.yaml')?.kind, DocumentDiagnosticReportKind.Unchanged);
  });

  it('lints every file again when a config file changes, and asks the client to pull its open documents', async () => {
    const before = await workspaceReport([]);
    const since = client.mark();
    const next = await workspaceReport(resultIds(before), async () => {
      writeFileSync(join(dir, '.mlsdrc.yaml'), 'rules:\n  step-order: off\n');
      await client.notify(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: uri('.mlsdrc.yaml'), type: FileChangeType.Created }],
      });
    });
    assert.equal(next.get('docs/feed.mlsd.yaml')?.kind, DocumentDiagnosticReportKind.Full);
    await client.waitForRefresh(since);
  });

  it('gives a closed document back to the workspace: its last pull and the next answer have its saved diagnostics', async () => {
    const before = await workspaceReport([]);
    const next = await workspaceReport(resultIds(before), () => client.close(uri('docs/open.mlsd.md')));
    // The saved file still misses its monitoring step (the edit above was never saved).
    assert.deepEqual(codes(full(next.get('docs/open.mlsd.md')!)), ['missing-step']);
    assert.deepEqual(codes(full(await pull('docs/open.mlsd.md'))), ['missing-step']);
  });

  it('with mlsd.run onSave, lints an open document when it is saved, not as it is typed in', async () => {
    await client.changeSettings({ mlsd: { lintDebounceMs: 0, run: 'onSave' } });
    await client.open(uri('docs/open.mlsd.md'), missingMonitoring);
    const opened = await pull('docs/open.mlsd.md');
    assert.deepEqual(codes(full(opened)), ['missing-step']);
    await client.change(uri('docs/open.mlsd.md'), [{ text: complete }]);
    const typed = await pull('docs/open.mlsd.md', opened.resultId);
    assert.equal(typed.kind, DocumentDiagnosticReportKind.Unchanged, 'typing does not lint');
    await client.save(uri('docs/open.mlsd.md'));
    assert.deepEqual(codes(full(await pull('docs/open.mlsd.md', opened.resultId))), []);
    await client.close(uri('docs/open.mlsd.md'));
  });

  it('with mlsd.lint.scope openFiles, clears what it reported, until Lint Workspace lints it all with progress', async () => {
    const before = await workspaceReport([]);
    await client.changeSettings({ mlsd: { lintDebounceMs: 0, lint: { scope: 'openFiles' } } });
    const cleared = await workspaceReport(resultIds(before));
    assert.deepEqual([...cleared.keys()].sort(), [...before.keys()].sort());
    for (const report of cleared.values()) assert.deepEqual(full(report), []);

    // With nothing to report, the answer waits: cancelling it ends it.
    const waiting = new CancellationTokenSource();
    const cancelled = client.request(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, waiting.token);
    waiting.cancel();
    await assert.rejects(cancelled, /cancelled/i);

    const since = client.mark();
    const result = await client.request(LintWorkspaceRequest, {});
    assert.deepEqual(result, { files: 5, designDocs: 3, withProblems: 1 }, 'the config file is a YAML file too');
    const progress = await client.waitForProgressEnd(since);
    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress.at(-1)?.kind, 'end');
    assert.ok(progress.some((value) => value.kind === 'report' && value.message === '5 of 5 files'));
    const linted = await workspaceReport([]);
    assert.deepEqual([...linted.keys()].sort(), ['docs/ads.mlsd.md', 'docs/feed.mlsd.yaml', 'docs/open.mlsd.md']);
  });
});
