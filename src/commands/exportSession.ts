/**
 * "mlsd: Export Practice Session" (`mlsd.exportPracticeSession`): writes the session of the active design doc (the
 * one running on it, else the last that ended on it; with no such doc, the running session) as a JSON file that
 * `mlsd report FILE --session SESSION.json` reads.
 * Arguments `{ document?, target? }` (URI strings) name the doc and the file and skip the save dialog.
 */
import * as vscode from 'vscode';
import type { PracticeController } from '../practice/controller';

export const exportSessionCommand = 'mlsd.exportPracticeSession';

export async function exportSession(controller: PracticeController, rawArgs?: unknown): Promise<string | undefined> {
  const args = (typeof rawArgs === 'object' && rawArgs !== null ? rawArgs : {}) as Record<string, unknown>;
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  // A document named in the arguments is the one exported; otherwise the active doc's session, else the running one.
  const timer =
    typeof args.document === 'string'
      ? controller.sessionOf(args.document)
      : ((active && controller.sessionOf(active)) ?? controller.current);
  if (!timer) {
    void vscode.window.showInformationMessage('mlsd: there is no practice session on this document to export.');
    return undefined;
  }
  const docUri = vscode.Uri.parse(timer.plan.document);
  const stem = docUri.path.slice(docUri.path.lastIndexOf('/') + 1).replace(/\.mlsd\.\w+$|\.\w+$/, '');
  const folder =
    docUri.scheme === 'file' ? vscode.Uri.joinPath(docUri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    typeof args.target === 'string'
      ? vscode.Uri.parse(args.target)
      : await vscode.window.showSaveDialog({
          title: 'Export practice session',
          ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${stem}.session.json`) } : {}),
          filters: { 'Practice session': ['json'] },
        });
  if (!target) return undefined;
  if (target.toString() === timer.plan.document) {
    void vscode.window.showErrorMessage('mlsd: the session cannot be written over its own design doc.');
    return undefined;
  }
  const text = `${JSON.stringify(controller.sessionFile(timer), null, 2)}\n`;
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  void vscode.window.showInformationMessage(`mlsd: wrote ${vscode.workspace.asRelativePath(target)}.`);
  return target.toString();
}

export function registerExportSession(context: vscode.ExtensionContext, controller: PracticeController): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(exportSessionCommand, (args?: unknown) => exportSession(controller, args)),
  );
}
