/**
 * The readiness report page: one webview panel showing the report of a design doc, rendered by the same code as
 * `mlsd report --format html` (common/report/html.ts): its colours are the editor theme's variables, its styles
 * inline, and it loads nothing (no script, no remote asset, no resource root). The report comes from the language server; with a practice session
 * on the doc, the session's times and the case study's history come with it. Redrawn when the doc is linted again.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadinessReportRequest } from '../../common/protocol';
import { reportHtml } from '../../common/report/html';
import type { PracticeController } from '../practice/controller';

const reportViewType = 'mlsd.readinessReport';

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: string | undefined;
  private html = '';

  /** The report of `uri` as a page and its score, or undefined when the doc is not (or no longer) a design doc. */
  private async render(uri: string): Promise<{ html: string; score: number } | undefined> {
    const timer = this.practice.sessionOf(uri);
    const report = await this.client.sendRequest(ReadinessReportRequest, {
      uri,
      ...(timer ? { session: this.practice.sessionFile(timer) } : {}),
    });
    return report ? { html: reportHtml(report), score: report.score } : undefined;
  }

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly practice: PracticeController,
  ) {}

  /** Opens (or reveals) the report of `uri` beside the editor; false when the doc is not a design doc. */
  async show(uri: string): Promise<boolean> {
    const rendered = await this.render(uri);
    if (!rendered) return false;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        reportViewType,
        'Readiness report',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.html = '';
      });
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.uri = uri;
    this.apply(rendered);
    return true;
  }

  /** The doc was linted again: redraw its report if it is the one shown (only when something changed). */
  async refresh(uri: string): Promise<void> {
    if (!this.panel || uri !== this.uri) return;
    try {
      const rendered = await this.render(uri);
      if (rendered && uri === this.uri) this.apply(rendered);
    } catch (error) {
      this.client.warn(`mlsd report: ${String(error)}`);
    }
  }

  private apply({ html, score }: { html: string; score: number }): void {
    if (!this.panel || html === this.html) return;
    this.html = html;
    this.panel.title = `Readiness ${score}/100`;
    this.panel.webview.html = html;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
