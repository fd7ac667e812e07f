/** Extension entry point on the desktop (and in a remote): the language server runs as a Node process over IPC. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './activation';

export { deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return activateWith(context, {
    createClient: (options) => new LanguageClient('mlsd', 'mlsd', serverOptions, options),
    exportsFiles: true,
  });
}
