/** Extension entry point on the desktop (and in a remote): the language server runs as a Node process over IPC. */
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './activation';

export { deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/server.js');
  // The server keeps V8's code cache of its bundles in the extension's storage: later starts skip compiling them.
  // Not when debugging, whose flags (--nolazy) make another cache.
  const storage = context.globalStorageUri;
  const args = storage.scheme === 'file' ? [`--code-cache-dir=${join(storage.fsPath, 'code-cache')}`] : [];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, args },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return activateWith(context, {
    createClient: (options) => new LanguageClient('mlsd', 'mlsd', serverOptions, options),
    exportsFiles: true,
  });
}
