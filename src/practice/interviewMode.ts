/**
 * Interview mode: during a practice session the findings of a step stay hidden until its time is up or the session
 * ends, as an interviewer waits before probing. The language client's middleware holds back the diagnostics the
 * server publishes for the hidden steps (each diagnostic's `data.step` names its step; findings of no step, such as a
 * front matter that does not parse, always show) and the step lenses that count them. The coverage notification is
 * not a diagnostic: the status bar keeps counting steps.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import type { DiagnosticData, StepId, StepSpan } from '../../common/protocol';

const stepOf = (diagnostic: vscode.Diagnostic): StepId | undefined =>
  ((diagnostic as { data?: unknown }).data as DiagnosticData | undefined)?.step;

export class InterviewMode {
  private uri: string | undefined;
  private hidden = new Set<StepId>();
  private headingLines = new Set<number>();
  /** The last diagnostics the server published for the session's doc, all of them. */
  private published: vscode.Diagnostic[] = [];

  /** The diagnostics collection the client publishes to, once it has started. */
  constructor(private readonly collection: () => vscode.DiagnosticCollection | undefined) {}

  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      if (uri.toString() !== this.uri) return next(uri, diagnostics);
      this.published = diagnostics;
      next(uri, this.visible(diagnostics));
    },
    provideCodeLenses: async (document, token, next) => {
      const lenses = await next(document, token);
      if (!lenses || document.uri.toString() !== this.uri || this.hidden.size === 0) return lenses;
      // The lens on a hidden step's heading counts its findings ("thin · 2 findings"): it waits with them.
      return lenses.filter((lens) => lens.command?.command !== '' || !this.headingLines.has(lens.range.start.line));
    },
  };

  /**
   * Hides the findings of `hidden` steps of the doc `uri` (undefined: no session, nothing hidden). `spans`: the doc's
   * step outline, for the headings of the hidden steps.
   */
  update(uri: string | undefined, hidden: ReadonlySet<StepId>, spans: readonly StepSpan[]): void {
    const sameDoc = uri === this.uri;
    const same = sameDoc && hidden.size === this.hidden.size && [...hidden].every((step) => this.hidden.has(step));
    this.headingLines = new Set(
      spans.filter((span) => span.steps.every((step) => hidden.has(step))).map((span) => span.range.start.line),
    );
    if (same) return;
    const previous = this.uri;
    if (!sameDoc) {
      // Put back what the last doc's filter held, and start from what the new doc shows now: all its findings.
      if (previous) this.collection()?.set(vscode.Uri.parse(previous), this.published);
      this.published = uri ? [...(this.collection()?.get(vscode.Uri.parse(uri)) ?? [])] : [];
    }
    this.uri = uri;
    this.hidden = new Set(hidden);
    if (uri) this.collection()?.set(vscode.Uri.parse(uri), this.visible(this.published));
  }

  private visible(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
    return diagnostics.filter((diagnostic) => {
      const step = stepOf(diagnostic);
      return step === undefined || !this.hidden.has(step);
    });
  }
}
