/**
 * The workspace's diagnostics for a client that does not pull them: each pass's reports are sent as
 * `publishDiagnostics`, those of files whose result changed, and an empty one for a file published before that is no
 * longer a design doc in scope (deleted, ignored, out of scope). An open document's own lint is the source of its
 * diagnostics: a report for a file that is open when it would be sent is dropped, and a file opened is forgotten
 * without a clear, so nothing sent here overwrites what the open document published.
 */
import {
  DocumentDiagnosticReportKind,
  type Connection,
  type TextDocuments,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class WorkspacePublisher {
  /** The result id last published for each file that is not open, with findings or none. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly connection: Pick<Connection, 'sendDiagnostics' | 'console'>,
    private readonly documents: Pick<TextDocuments<TextDocument>, 'get' | 'onDidOpen'>,
  ) {
    documents.onDidOpen(({ document }) => this.published.delete(document.uri));
  }

  /** What the client has, as a pulling client would say it (its previous result ids). */
  previousIds(): ReadonlyMap<string, string> {
    return this.published;
  }

  /** Sends the reports that changed something: full ones with their findings, empty ones to clear a file. */
  publish(reports: readonly WorkspaceDocumentDiagnosticReport[]): void {
    for (const report of reports) {
      if (report.kind !== DocumentDiagnosticReportKind.Full) continue;
      const { uri, items, resultId } = report;
      if (this.documents.get(uri)) {
        this.published.delete(uri);
        continue;
      }
      if (resultId === undefined) this.published.delete(uri);
      else this.published.set(uri, resultId);
      this.connection
        .sendDiagnostics({ uri, diagnostics: items })
        .catch((error) => this.connection.console.error(`mlsd: publishing ${uri} failed: ${String(error)}`));
    }
  }
}
