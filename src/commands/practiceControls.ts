/**
 * "mlsd: Pause Practice", "mlsd: Resume Practice" and "mlsd: Stop Practice" (`mlsd.pausePractice`,
 * `mlsd.resumePractice`, `mlsd.stopPractice`): the running session's controls, registered together because each is
 * one call on the controller. Stop shows the score and offers the report and the export; `{ showReport: true }`
 * opens the report at once.
 */
import * as vscode from 'vscode';
import type { PracticeController, StopResult } from '../practice/controller';
import { exportSessionCommand } from './exportSession';
import { showReportCommand } from './showReadinessReport';

export const practiceControls = {
  pause: 'mlsd.pausePractice',
  resume: 'mlsd.resumePractice',
  stop: 'mlsd.stopPractice',
} as const;

async function stop(controller: PracticeController, args: unknown): Promise<StopResult | undefined> {
  const result = await controller.stop();
  if (!result) {
    void vscode.window.showInformationMessage('mlsd: no practice session is running.');
    return undefined;
  }
  const showReport = (args as { showReport?: unknown } | undefined)?.showReport === true;
  if (showReport) await vscode.commands.executeCommand(showReportCommand, result.document);
  else {
    const score = result.score === undefined ? '' : ` Readiness ${result.score}/100.`;
    void vscode.window
      .showInformationMessage(`mlsd: practice session ended.${score}`, 'Show Report', 'Export Session')
      .then((choice) => {
        if (choice === 'Show Report') return vscode.commands.executeCommand(showReportCommand, result.document);
        if (choice === 'Export Session')
          return vscode.commands.executeCommand(exportSessionCommand, { document: result.document });
        return undefined;
      });
  }
  return result;
}

export function registerPracticeControls(context: vscode.ExtensionContext, controller: PracticeController): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(practiceControls.pause, () => controller.pause()),
    vscode.commands.registerCommand(practiceControls.resume, () => controller.resume()),
    vscode.commands.registerCommand(practiceControls.stop, (args?: unknown) => stop(controller, args)),
  );
}
