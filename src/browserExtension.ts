/**
 * Extension entry point in VS Code for the Web (github.dev, vscode.dev), package.json `browser`: the language server
 * runs in a web worker (dist/web/server.js) and reads the workspace through the editor's file system.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith } from './activation';

export { deactivate } from './activation';

/** The web worker constructor of the extension host (a browser global; the client's types are Node's). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateWith(context, {
    createClient: (options) => new LanguageClient('mlsd', 'mlsd', options, new Worker(server.toString(true))),
    exportsFiles: false,
  });
}
