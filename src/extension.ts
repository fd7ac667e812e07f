/** Extension entry point: starts the language client and the coverage status bar item. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageNotification } from '../server/src/protocol';
import { createLanguageClient } from './client';
import { CoverageStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('mlsd');
  const statusBar = new CoverageStatusBar();
  context.subscriptions.push(outputChannel, statusBar);

  client = createLanguageClient(context, outputChannel);
  // Registered before start so no coverage sent during the first lints is missed.
  context.subscriptions.push(client.onNotification(CoverageNotification, (params) => statusBar.update(params)));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
