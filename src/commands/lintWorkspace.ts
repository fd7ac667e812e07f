/**
 * "mlsd: Lint Workspace" (`mlsd.lintWorkspace`): the language server lints every design doc of the workspace folders
 * that is not open, whatever `mlsd.lint.scope` says, and keeps them linted until the setting changes; it shows its own
 * progress (work-done progress, cancellable) and publishes the findings, which land in the Problems panel (through
 * interview mode's filter, like every published diagnostic). The command says what it found and returns it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LintWorkspaceRequest, type LintWorkspaceResult } from '../../common/protocol';

export const lintWorkspaceCommand = 'mlsd.lintWorkspace';

const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

export function registerLintWorkspace(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(lintWorkspaceCommand, async (): Promise<LintWorkspaceResult | undefined> => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage('mlsd: open a folder to lint its design docs.');
        return undefined;
      }
      const result = await client.sendRequest(LintWorkspaceRequest, {});
      if (!result) return undefined; // cancelled from its progress notification
      const summary =
        result.designDocs === 0
          ? `mlsd: no design doc among the ${counted(result.files, 'Markdown and YAML file')} that are not open.`
          : `mlsd: ${counted(result.designDocs, 'design doc')} linted besides the open ones, ${result.withProblems} with findings (see the Problems panel).`;
      void vscode.window.showInformationMessage(summary);
      return result;
    }),
  );
}
