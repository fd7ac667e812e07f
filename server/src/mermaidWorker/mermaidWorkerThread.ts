import { Worker } from 'node:worker_threads';
import type { DiagramWorker } from './diagramChecker';

/** File name of the worker bundle, next to the language server's bundle in dist/server/. */
export const mermaidWorkerFile = 'mermaidWorker.js';

/**
 * Starts the diagram worker bundle at `file`. Its stdout and stderr are its own streams, drained here: in a language
 * server on stdio, anything Mermaid printed would otherwise corrupt the protocol. A heap limit keeps a diagram that
 * makes Mermaid run out of memory from taking the process down with it. The young generation is held to 6 MB: V8's
 * default lets it grow to 16 MB committed in a thread that parses one small diagram at a time, about 10 MB of the
 * server's memory for parses no faster.
 */
export function mermaidWorkerStarter(file: string): () => DiagramWorker {
  return () => {
    const worker = new Worker(file, {
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 6 },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    return worker;
  };
}
