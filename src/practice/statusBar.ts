/** The practice timer's status bar item: shows what practiceStatus worked out, nothing more. */
import * as vscode from 'vscode';
import type { PracticeStatus } from './statusText';

export class PracticeStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mlsd.practice', vscode.StatusBarAlignment.Right, 101);

  constructor() {
    this.item.name = 'mlsd practice timer';
  }

  show(status: PracticeStatus): void {
    this.item.text = status.text;
    this.item.tooltip = status.tooltip.join('\n');
    this.item.command = status.command;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
