/**
 * The language server in a web worker (dist/web/server.js), for VS Code for the Web: the extension's browser client
 * starts it and speaks LSP over `postMessage`. Every file comes from the editor's file system (`mlsd/fs/*`), very
 * large documents are linted in place, and Mermaid diagrams go unchecked (Mermaid needs a DOM; the log says so).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';

// The worker's own scope is where the client's messages arrive and where the server posts its own (typed with the
// DOM's worker types, which this Node-typed project does not load).
const scope = globalThis as never;

startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), {
  fileSystem: (editorFiles) => editorFiles,
});
