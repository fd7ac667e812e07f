/** The "mlsd 5/7" status bar item: step coverage of the design doc in the active editor. */
import * as vscode from 'vscode';
import { isDesignDocCoverage, type CoverageParams, type DesignDocCoverage } from '../common/protocol';
import type { Coverage } from '../common/types';

const stateIcons: Record<Coverage, string> = {
  covered: '$(pass-filled)',
  thin: '$(circle-large-outline)',
  empty: '$(warning)',
  missing: '$(error)',
};

export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mlsd.coverage', vscode.StatusBarAlignment.Right, 100);
  private readonly coverage = new Map<string, DesignDocCoverage>();
  private readonly editorListener = vscode.window.onDidChangeActiveTextEditor(() => this.render());

  constructor() {
    this.item.name = 'mlsd step coverage';
    this.item.command = 'workbench.actions.view.problems';
  }

  update(params: CoverageParams): void {
    if (isDesignDocCoverage(params)) this.coverage.set(params.uri, params);
    else this.coverage.delete(params.uri);
    this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const coverage = uri === undefined ? undefined : this.coverage.get(uri);
    if (!coverage) {
      this.item.hide();
      return;
    }
    this.item.text = `mlsd ${coverage.covered}/${coverage.total}`;
    this.item.tooltip = tooltip(coverage);
    this.item.show();
  }

  dispose(): void {
    this.editorListener.dispose();
    this.item.dispose();
  }
}

function tooltip(coverage: DesignDocCoverage): vscode.MarkdownString {
  const lines = coverage.stepTitles.map(({ id, number, title }) => {
    const state = coverage.steps[id];
    return `${stateIcons[state]} ${number}. ${title}: ${state}`;
  });
  const markdown = new vscode.MarkdownString(
    [`**Step coverage ${coverage.covered}/${coverage.total}** (covered or thin)`, '', ...lines].join('  \n'),
  );
  markdown.supportThemeIcons = true;
  return markdown;
}
