/**
 * Workspace diagnostics over real stdio: the time from `workspace/diagnostic` to its answer for a folder of design
 * docs none of which is open (Mermaid's checks included), the time until a client that asks for pushed diagnostics
 * (as VS Code does) has them all published, the time from one file saved on disk to the answer that reports it, and
 * how long the requests for an open document wait while "Lint Workspace" lints the folder again (the files are linted
 * in a worker thread of their own).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DocumentSymbolRequest,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  type PreviousResultId,
} from 'vscode-languageserver-protocol';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol/node';
import { LintWorkspaceRequest } from '../../common/protocol';
import { LspTestClient } from '../../test/lsp/lspClient';
import type { BenchFile } from './corpus';
import { percentile } from './timing';

export interface WorkspaceTimes {
  docs: number;
  /** workspace/diagnostic to its answer, every doc linted, nothing else asked meanwhile. */
  fullMs: number;
  /** A client asking for pushed diagnostics (as VS Code does): from the server's start to the last doc published. */
  pushMs: number;
  /** A file saved (didChangeWatchedFiles) to the answer that reports it. */
  changeMs: number;
  /** documentSymbol on the open document, sent every `requestEveryMs` while the folder is linted again. */
  requestP50Ms: number;
  requestP99Ms: number;
  requests: number;
}

/** An editor's pace: a request for the open document now and then, not as fast as the server answers. */
const requestEveryMs = 20;
/** A long lint is what is measured: waits are bounded by the bench's patience, not the tests'. */
const timeoutMs = 600_000;

export async function measureWorkspace(files: BenchFile[], open: BenchFile): Promise<WorkspaceTimes> {
  const folder = mkdtempSync(join(tmpdir(), 'mlsd-bench-workspace-'));
  const uri = (name: string): string => pathToFileURL(join(folder, name)).href;
  for (const file of files) writeFileSync(join(folder, file.name), file.text);
  try {
    const pushMs = await measurePush(files.map((file) => uri(file.name)));
    const client = await LspTestClient.start({ workspaceFolder: uri(''), pullDiagnostics: true, timeoutMs });
    try {
      const openUri = `${uri('')}open-${open.name}`;
      await client.open(openUri, open.text);
      const symbols = () => client.request(DocumentSymbolRequest.type, { textDocument: { uri: openUri } });
      await symbols();

      const start = performance.now();
      const { items } = await client.request(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      const fullMs = performance.now() - start;
      if (items.length !== files.length) throw new Error(`${items.length} reports for ${files.length} docs`);

      const previousResultIds: PreviousResultId[] = items.flatMap((item) =>
        item.resultId ? [{ uri: item.uri, value: item.resultId }] : [],
      );
      const changed = files[0];
      const next = client.request(WorkspaceDiagnosticRequest.type, { previousResultIds });
      const saved = performance.now();
      writeFileSync(join(folder, changed.name), `${changed.text}\nOne more line.\n`);
      await client.notify(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: uri(changed.name), type: FileChangeType.Changed }],
      });
      await next;
      const changeMs = performance.now() - saved;

      // "Lint Workspace" lints every doc again; the open document's requests go on meanwhile.
      let linting = true;
      const lintAll = client.request(LintWorkspaceRequest, {}).finally(() => (linting = false));
      const latencies: number[] = [];
      while (linting) {
        const sent = performance.now();
        await symbols();
        latencies.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, requestEveryMs));
      }
      await lintAll;
      return {
        docs: files.length,
        fullMs,
        pushMs,
        changeMs,
        requestP50Ms: percentile(latencies, 0.5),
        requestP99Ms: percentile(latencies, 0.99),
        requests: latencies.length,
      };
    } finally {
      await client.shutdown();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** From the server's start to the pushed diagnostics of every design doc of the folder. */
async function measurePush(uris: readonly string[]): Promise<number> {
  const start = performance.now();
  const client = await LspTestClient.start({
    workspaceFolder: pathToFileURL(dirname(fileURLToPath(uris[0]))).href,
    pullDiagnostics: true,
    initializationOptions: { pushDiagnostics: true },
    timeoutMs,
  });
  try {
    for (const uri of uris) await client.waitForDiagnosticsWhere(uri, () => true, 'its pushed diagnostics');
    return performance.now() - start;
  } finally {
    await client.shutdown();
  }
}
