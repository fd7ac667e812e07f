/**
 * The language server on Node (dist/server/languageServer.js, which ./nodeStart.ts runs): started by VS Code over IPC
 * or by other editors with `--stdio`. Reads `file:` URIs from the disk (other schemes from the editor), lints very
 * large documents and the workspace's design docs that are not open in worker threads of their own and parses Mermaid
 * diagrams in the diagram worker. The same bundle is the lint workers' script.
 */
import { isMainThread } from 'node:worker_threads';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';
import { startDiagramChecker } from './features/diagramChecker';
import { LintWorker } from './features/lintWorker';
import { startServer } from './server';
import { fileSystemByScheme } from './workspace';
import { gitIgnoredUris, nodeFileSystem } from './workspace/node';

/**
 * Over stdio the server watches the framing itself: a message whose header is broken (no or a non-numeric
 * Content-Length) leaves the stream at an unknown offset, so the server says what happened on stderr and exits with
 * an error, letting the editor restart it, instead of waiting for messages it can no longer read. A body that is not
 * JSON was still framed: it is reported and the next message is read as usual.
 */
function stdioConnection(): Connection | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (error instanceof SyntaxError) {
      process.stderr.write(`mlsd: ignored a message from the editor that is not JSON (${error.message}).\n`);
      return;
    }
    process.stderr.write(
      `mlsd: the editor sent a message the language server cannot read (${error.message}); stopping so the editor can restart it.\n`,
    );
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

function startOnNode(): void {
  const connection = stdioConnection() ?? createConnection(ProposedFeatures.all);
  startServer(connection, {
    fileSystem: (editorFiles) => fileSystemByScheme({ file: nodeFileSystem }, editorFiles),
    diagrams: startDiagramChecker(connection),
    worker: new LintWorker(__filename),
    workspaceWorker: new LintWorker(__filename, {
      onEvent: (event) => connection.console.log(`mlsd: the workspace lint worker ${event}`),
    }),
    gitIgnores: gitIgnoredUris,
  });
}

// The same bundle runs the lint worker for very large documents (features/lintWorker.ts); it brings the engine in.
if (isMainThread) startOnNode();
else void import('./features/lintJobs').then(({ serveLintJobs }) => serveLintJobs());
