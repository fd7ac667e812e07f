/**
 * "mlsd: Show Readiness Report" (`mlsd.showReadinessReport`): the readiness report of the active design doc (or of
 * the document URI given) in a page beside the editor; see ../report/reportPanel.ts.
 */
import * as vscode from 'vscode';
import type { ReportPanel } from '../report/reportPanel';

export const showReportCommand = 'mlsd.showReadinessReport';

export async function showReadinessReport(panel: ReportPanel, rawArgs?: unknown): Promise<boolean> {
  const uri = typeof rawArgs === 'string' ? rawArgs : vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri) {
    void vscode.window.showInformationMessage('mlsd: open a design doc to see its readiness report.');
    return false;
  }
  const shown = await panel.show(uri);
  if (!shown) void vscode.window.showWarningMessage('mlsd: the active document is not a design doc.');
  return shown;
}

export function registerShowReadinessReport(context: vscode.ExtensionContext, panel: ReportPanel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(showReportCommand, (args?: unknown) => showReadinessReport(panel, args)),
  );
}
