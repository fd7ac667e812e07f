/**
 * The diagram checker's public entry: Mermaid's parser in a worker thread, for the language server and the CLI (the
 * worker itself is its own bundle, built from worker.ts). Runs Node's worker_threads; no LSP connection.
 */
export { DiagramChecker, type Clock, type DiagramCheckerOptions, type DiagramWorker } from './diagramChecker';
export { mermaidWorkerFile, mermaidWorkerStarter } from './mermaidWorkerThread';
export type { ParseRequest, ParseResponse } from './workerProtocol';
