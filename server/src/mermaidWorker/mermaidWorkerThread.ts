import { Worker } from 'node:worker_threads';
import type { DiagramWorker } from './diagramChecker';

/** File name of the worker bundle, next to the language server's bundle in dist/server/. */
export const mermaidWorkerFile = 'mermaidWorker.js';

/**
 * Starts the diagram worker bundle at `file`. Its stdout and stderr are its own streams, drained here: in a language
 * server on stdio, anything Mermaid printed would otherwise corrupt the protocol. A heap limit keeps a diagram that
 * makes Mermaid run out of memory from taking the process down with it.
 */
export function mermaidWorkerStarter(file: string): () => DiagramWorker {
  return () => {
    const worker = new Worker(file, { stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    worker.stdout.resume();
    worker.stderr.resume();
    return worker;
  };
}
