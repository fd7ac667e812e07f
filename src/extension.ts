/** Extension entry point: starts the language client, the coverage status bar item and the preview. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageNotification, WorkspaceTrustedNotification } from '../common/protocol';
import { createLanguageClient } from './client';
import { registerNewFromCaseStudy } from './commands/newFromCaseStudy';
import { registerPreview } from './preview/commands';
import { DesignDocContext } from './preview/designDocContext';
import { CoverageStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('mlsd');
  const statusBar = new CoverageStatusBar();
  const designDocs = new DesignDocContext();
  context.subscriptions.push(outputChannel, statusBar, designDocs);

  client = createLanguageClient(context, outputChannel);
  // Registered before start so no coverage sent during the first lints is missed.
  context.subscriptions.push(
    client.onNotification(CoverageNotification, (params) => {
      statusBar.update(params);
      designDocs.update(params);
    }),
  );
  registerPreview(context, client, designDocs);
  registerNewFromCaseStudy(context, client);
  await client.start();
  const started = client;
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void started.sendNotification(WorkspaceTrustedNotification, {})),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
