/**
 * What the extension does on activation, on the desktop and on the web alike: the language client (started the
 * runtime's way), the coverage status bar item, the preview, the new-doc command and the server's file requests.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CoverageNotification, WorkspaceTrustedNotification } from '../common/protocol';
import { clientOptions } from './client';
import { registerNewFromCaseStudy } from './commands/newFromCaseStudy';
import { answerFileSystemRequests } from './fileSystemRequests';
import { registerPreview } from './preview/commands';
import { DesignDocContext } from './preview/designDocContext';
import { CoverageStatusBar } from './statusBar';

/** How a runtime starts the language server, and what it can do besides. */
export interface ClientRuntime {
  /** Creates (does not start) the client. The id 'mlsd' makes it honour the `mlsd.trace.server` setting. */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** Whether commands may write exports to files (not on the web). */
  exportsFiles: boolean;
}

let client: BaseLanguageClient | undefined;

export async function activateWith(context: vscode.ExtensionContext, runtime: ClientRuntime): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('mlsd');
  const statusBar = new CoverageStatusBar();
  const designDocs = new DesignDocContext();
  context.subscriptions.push(outputChannel, statusBar, designDocs);

  client = runtime.createClient(clientOptions(context, outputChannel));
  // Registered before start so no coverage sent during the first lints and no file request is missed.
  context.subscriptions.push(
    client.onNotification(CoverageNotification, (params) => {
      statusBar.update(params);
      designDocs.update(params);
    }),
    ...answerFileSystemRequests(client),
  );
  registerPreview(context, client, designDocs, runtime.exportsFiles);
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
