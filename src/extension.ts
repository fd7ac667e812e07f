/**
 * Extension entry point: starts the language client, the coverage status bar item, the preview, practice mode and
 * the readiness report.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageNotification, WorkspaceTrustedNotification } from '../common/protocol';
import { createLanguageClient } from './client';
import { registerExportSession } from './commands/exportSession';
import { registerNewFromCaseStudy } from './commands/newFromCaseStudy';
import { registerPracticeControls } from './commands/practiceControls';
import { registerShowReadinessReport } from './commands/showReadinessReport';
import { registerStartPractice } from './commands/startPractice';
import { PracticeController } from './practice/controller';
import { InterviewMode } from './practice/interviewMode';
import { registerPreview } from './preview/commands';
import { DesignDocContext } from './preview/designDocContext';
import { ReportPanel } from './report/reportPanel';
import { CoverageStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('mlsd');
  const statusBar = new CoverageStatusBar();
  const designDocs = new DesignDocContext();
  context.subscriptions.push(outputChannel, statusBar, designDocs);

  const interviewMode = new InterviewMode(() => client?.diagnostics);
  client = createLanguageClient(context, outputChannel, interviewMode.middleware);
  const practice = new PracticeController(context.workspaceState, client, interviewMode);
  const reportPanel = new ReportPanel(client, practice);
  context.subscriptions.push(practice, reportPanel);
  // Registered before start so no coverage sent during the first lints is missed.
  context.subscriptions.push(
    client.onNotification(CoverageNotification, (params) => {
      statusBar.update(params);
      designDocs.update(params);
      // Sent after each lint: the practice doc's step outline and the report shown may have changed.
      void practice.outlineChanged(params.uri);
      void reportPanel.refresh(params.uri);
    }),
  );
  registerPreview(context, client, designDocs);
  registerNewFromCaseStudy(context, client);
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
