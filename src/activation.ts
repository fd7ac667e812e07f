/**
 * What the extension does on activation, on the desktop and on the web alike: the language client (started the
 * runtime's way), the coverage status bar item, the preview, the new-doc and lint-workspace commands, practice mode,
 * the readiness report and the server's file requests.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { CoverageNotification, WorkspaceTrustedNotification } from '../common/protocol';
import { clientOptions } from './client';
import { registerExportSession } from './commands/exportSession';
import { registerLintWorkspace } from './commands/lintWorkspace';
import { registerNewFromCaseStudy } from './commands/newFromCaseStudy';
import { registerPracticeControls } from './commands/practiceControls';
import { registerShowReadinessReport } from './commands/showReadinessReport';
import { registerStartPractice } from './commands/startPractice';
import { answerFileSystemRequests } from './fileSystemRequests';
import { PracticeController } from './practice/controller';
import { InterviewMode } from './practice/interviewMode';
import { registerPreview } from './preview/commands';
import { DesignDocContext } from './preview/designDocContext';
import { ReportPanel } from './report/reportPanel';
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

  const interviewMode = new InterviewMode(() => client?.diagnostics);
  client = runtime.createClient(clientOptions(context, outputChannel, interviewMode.middleware));
  const practice = new PracticeController(context.workspaceState, client, interviewMode);
  const reportPanel = new ReportPanel(client, practice);
  context.subscriptions.push(practice, reportPanel);
  // Registered before start so no coverage sent during the first lints and no file request is missed.
  context.subscriptions.push(
    client.onNotification(CoverageNotification, (params) => {
      statusBar.update(params);
      designDocs.update(params);
      // Sent after each lint: the practice doc's step outline and the report shown may have changed.
      void practice.outlineChanged(params.uri);
      void reportPanel.refresh(params.uri);
    }),
    ...answerFileSystemRequests(client),
  );
  registerPreview(context, client, designDocs, runtime.exportsFiles);
  registerNewFromCaseStudy(context, client);
  registerLintWorkspace(context, client);
  registerStartPractice(context, client, practice, designDocs);
  registerPracticeControls(context, practice);
  registerShowReadinessReport(context, reportPanel);
  registerExportSession(context, practice);
  await client.start();
  practice.restore();
  const started = client;
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void started.sendNotification(WorkspaceTrustedNotification, {})),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
