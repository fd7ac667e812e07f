/**
 * Open documents' diagnostics for a client that pulls them (LSP 3.17 `textDocument/diagnostic`) instead of receiving
 * `publishDiagnostics`: the last lint of each open document is kept with a result id, a pull for a document whose lint is
 * still pending (debounced or running) waits for it, and a result nobody was waiting for (Mermaid's findings merged
 * in, a re-lint after a config or settings change) makes the server ask the client to pull again
 * (`workspace/diagnostic/refresh`, coalesced).
 */
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { nextTask } from './nextTask';

interface StoredResult {
  version: number;
  resultId: string;
  diagnostics: Diagnostic[];
}

export class PulledResults {
  private readonly results = new Map<string, StoredResult>();
  /** Pulls waiting for the end of a document's pending lint. */
  private readonly waiting = new Map<string, Set<() => void>>();
  private nextId = 0;
  private refreshScheduled = false;

  /** `refresh`: asks the client to pull again (a no-op for a client that does not pull, or cannot be asked). */
  constructor(private readonly refresh: () => void) {}

  /** A lint of `uri` finished with these diagnostics; waiting pulls take them, else the client is asked to pull. */
  store(uri: string, version: number, diagnostics: Diagnostic[]): void {
    this.results.set(uri, { version, resultId: String(++this.nextId), diagnostics });
    if (!this.waiting.get(uri)?.size) this.scheduleRefresh();
  }

  /** A lint of `uri` ended, with or without a result, or the document closed: waiting pulls look again. */
  settled(uri: string): void {
    const waiters = this.waiting.get(uri);
    this.waiting.delete(uri);
    for (const wake of waiters ?? []) wake();
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.settled(uri);
  }

  /**
   * The report for a pull of `uri`: waits while `pending()` says a lint of the document is debounced or running, then
   * answers with the latest result, `unchanged` when the client already has it.
   */
  async report(
    uri: string,
    previousResultId: string | undefined,
    pending: () => boolean,
    token: CancellationToken,
  ): Promise<DocumentDiagnosticReport> {
    while (pending() && !token.isCancellationRequested) await this.nextSettled(uri, token);
    const result = this.results.get(uri);
    if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (result.resultId === previousResultId)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
  }

  private nextSettled(uri: string, token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiting.get(uri) ?? new Set();
      this.waiting.set(uri, waiters);
      const cancelled = token.onCancellationRequested(() => {
        waiters.delete(wake);
        resolve();
      });
      const wake = (): void => {
        cancelled.dispose();
        resolve();
      };
      waiters.add(wake);
    });
  }

  private scheduleRefresh(): void {
    if (this.refreshScheduled) return;
    this.refreshScheduled = true;
    void nextTask().then(() => {
      this.refreshScheduled = false;
      this.refresh();
    });
  }
}
