/**
 * The `mlsd.isDesignDoc` context key: true while the active editor shows a design doc, as the language server
 * decided (it sends `mlsd/coverage` for design docs and `designDoc: false` for the others). Menus use it to show
 * the preview button on design docs only.
 */
import * as vscode from 'vscode';
import { isDesignDocCoverage, type CoverageParams } from '../../common/protocol';

export const isDesignDocContextKey = 'mlsd.isDesignDoc';

export class DesignDocContext implements vscode.Disposable {
  private readonly designDocs = new Set<string>();
  private readonly listener = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
  private current: boolean | undefined;

  update(params: CoverageParams): void {
    if (isDesignDocCoverage(params)) this.designDocs.add(params.uri);
    else this.designDocs.delete(params.uri);
    this.refresh();
  }

  has(uri: vscode.Uri): boolean {
    return this.designDocs.has(uri.toString());
  }

  private refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const value = uri !== undefined && this.has(uri);
    if (value === this.current) return;
    this.current = value;
    void vscode.commands.executeCommand('setContext', isDesignDocContextKey, value);
  }

  dispose(): void {
    this.listener.dispose();
  }
}
