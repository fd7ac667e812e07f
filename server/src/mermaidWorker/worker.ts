/**
 * The diagram worker (its own bundle, dist/server/mermaidWorker.js): parses Mermaid sources one message at a time, so
 * Mermaid's 3.5 MB and its load time stay out of the language server's and the CLI's main thread.
 */
import { parentPort } from 'node:worker_threads';
import { loadMermaidParser } from './mermaidParser';
import type { ParseRequest, ParseResponse } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('mermaidWorker.js runs as a worker thread');
const parser = loadMermaidParser();
port.on('message', (request: ParseRequest) => {
  void parser.then(async (parse) => {
    const response: ParseResponse = { id: request.id, outcome: await parse(request.source) };
    port.postMessage(response);
  });
});
