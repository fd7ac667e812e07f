/**
 * The diagnostics of the design docs in the workspace folders that are not open: answered to clients that pull them
 * (LSP 3.17 `workspace/diagnostic`), published to the others (./workspacePublisher), and the "Lint Workspace" request.
 *
 * A pass walks the folders (skipping what .gitignore ignores), lints each Markdown and YAML file that is a design doc
 * as an open document would be (config file, settings, ignores), and keeps its diagnostics by modification time and
 * size, so the next pass lints only what changed. The files are linted a few at a time in a worker thread of their
 * own where the runtime has one (Mermaid in the diagram worker), else in place, handing the event loop back after
 * every file: the open documents' lints and requests never wait for the workspace. Passes run one at a time; a pass
 * made stale by a config file, a setting or the trust stops, and the next one starts afresh.
 *
 * A pulling client asks for the workspace's diagnostics again as soon as it has them (VS Code's, two seconds later).
 * The answer waits until something changed (a file on disk, a config file, a setting, the workspace trust, a document
 * opened or closed), so an idle workspace costs nothing; a change that alters no result keeps it waiting. For a client
 * that does not pull, the same changes start a pass whose changed results are published.
 *
 * `mlsd.lint.scope` decides which files: `workspace`, `openFiles` (then what was reported before is cleared), or,
 * unset, the workspace when its folders hold fewer than `maxAutoFiles` Markdown and YAML files, for a client that
 * pulls or asks for pushed workspace diagnostics, else only open files. "Lint Workspace" lints the workspace whatever
 * the scope, until the setting changes.
 */
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PreviousResultId,
  type TextDocuments,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintWorkspaceResult } from '../../../common/protocol';
import { documentFiles, maxFileBytes, type WorkspaceFileSystem } from '../workspace';
import type { DiagnosticsFeature, LintSettings } from './diagnostics';
import { nextTask } from './nextTask';
import type { WorkspacePublisher } from './workspacePublisher';

/** With an unset scope, folders holding this many Markdown and YAML files are linted as open documents only. */
export const maxAutoFiles = 2000;

export interface WorkspaceDiagnosticsContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Lints a file's saved text as an open document's is linted. */
  diagnostics: Pick<DiagnosticsFeature, 'lintSaved'>;
  settings(): Promise<LintSettings>;
  fileSystem: WorkspaceFileSystem;
  /** What git ignores, where the runtime can tell (Node reads .gitignore files); a new checker for each pass. */
  gitIgnores?: () => IgnoreCheck;
}

/** Whether git ignores `uri` (a folder when `isFolder`), for a walk that started at the folder `start`. */
export type IgnoreCheck = (start: string, uri: string, isFolder: boolean) => boolean;

/** What a pass keeps of a file: its diagnostics, undefined when it is not a design doc. */
interface FileResult {
  /** Modification time, size and pass generation: the result is current while they are. */
  key: string;
  resultId: string;
  diagnostics: Diagnostic[] | undefined;
}

/** Progress of a pass: files looked at, of how many. */
export type PassProgress = (done: number, total: number) => void;

/** Which files a pass lints: `auto` is the workspace below `maxAutoFiles` Markdown and YAML files. */
type PassScope = 'openFiles' | 'workspace' | 'auto';

/** Files linted at the same time in a pass: one is read while another is in the lint worker and a third in Mermaid's. */
const filesInFlight = 4;

export class WorkspaceDiagnostics {
  private folders: string[] = [];
  /** Bumped when every result is stale: a config file, a setting or the trust changed, or a lint was asked for. */
  private generation = 0;
  private nextResultId = 0;
  private readonly files = new Map<string, FileResult>();
  /** Set by the Lint Workspace request to the scope setting it ran under: while it holds, the workspace is linted. */
  private requestedUnder: LintSettings['scope'] | 'unset' | undefined;
  /** Lint Workspace requests whose pass has not started: an automatic pass then leaves the work to them. */
  private requestsWaiting = 0;
  /** The scope an unset `mlsd.lint.scope` stands for: `openFiles` for a client that asked for no workspace lint. */
  private unsetScope: PassScope = 'auto';
  /** Set for a client that does not pull: passes run on every change and their results are published. */
  private publisher?: WorkspacePublisher;
  private publishPassQueued = false;
  private passes: Promise<unknown> = Promise.resolve();
  private changed = new Set<() => void>();
  /** The last pass found too many files to lint them all without being asked (said once in the log). */
  private tooMany = false;
  private toldTooMany = false;

  constructor(private readonly context: WorkspaceDiagnosticsContext) {}

  /**
   * The client does not pull: from now on every change starts a pass whose results `publisher` sends. `automatic`:
   * the client asked for the workspace's diagnostics (an unset scope is `auto`, else `openFiles`).
   */
  publishTo(publisher: WorkspacePublisher, automatic: boolean): void {
    this.publisher = publisher;
    this.unsetScope = automatic ? 'auto' : 'openFiles';
    this.schedulePublishPass();
  }

  setFolders(uris: readonly string[]): void {
    this.folders = [...uris];
    this.staleAll();
  }

  /** Every result is stale (a config file, a setting or the workspace trust changed). */
  staleAll(): void {
    this.generation++;
    this.wake();
  }

  /** Files changed on disk, or a document was opened or closed: the waiting answer looks again. */
  filesChanged(): void {
    this.wake();
  }

  /**
   * The answer to `workspace/diagnostic`: a report for every design doc that is not open (`unchanged` when the
   * client has it already), and an empty one for each file the client has a result for that is no longer one. Waits
   * for a change while there is nothing new to report.
   */
  async report(previous: readonly PreviousResultId[], token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previousIds = new Map(previous.map((entry) => [entry.uri, entry.value]));
    for (;;) {
      const changed = this.nextChange(token);
      const results = await this.pass(() => token.isCancellationRequested);
      if (token.isCancellationRequested) return { items: [] };
      if (!results) continue; // made stale by a change: the next pass starts afresh
      const items = this.items(results, previousIds);
      if (items.some((item) => item.kind === DocumentDiagnosticReportKind.Full)) return { items };
      await changed;
      if (token.isCancellationRequested) return { items: [] };
    }
  }

  /**
   * A pull of a document that is not open: the editor's last pull of a document it closes. Answered with the saved
   * file's diagnostics when the workspace is linted, so they stay in the Problems panel.
   */
  async closedDocumentReport(uri: string): Promise<DocumentDiagnosticReport> {
    const scope = await this.passScope();
    const inScope = scope === 'workspace' || (scope === 'auto' && !this.tooMany);
    const result = inScope ? await this.fileResult(uri, this.generation) : undefined;
    if (!result?.diagnostics) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
  }

  /**
   * "Lint Workspace": lints every design doc of the folders afresh, whatever the scope, and keeps linting them until
   * the scope setting changes; a waiting answer reports them, a client that does not pull has them published.
   */
  async lintAll(progress: PassProgress, isCancelled: () => boolean): Promise<LintWorkspaceResult | undefined> {
    this.requestedUnder = (await this.context.settings()).scope ?? 'unset';
    this.generation++;
    let results: Map<string, FileResult> | undefined;
    try {
      // Started again when a change made it stale, until it ends or is cancelled.
      while (!results && !isCancelled()) {
        this.requestsWaiting++;
        results = await this.pass(isCancelled, progress, () => this.requestsWaiting--);
      }
    } finally {
      this.wake(); // waiting answers report what it found
    }
    if (!results) return undefined;
    const designDocs = [...results.values()].filter((result) => result.diagnostics);
    return {
      files: results.size,
      designDocs: designDocs.length,
      withProblems: designDocs.filter((result) => result.diagnostics!.length > 0).length,
    };
  }

  private items(
    results: ReadonlyMap<string, FileResult>,
    previousIds: ReadonlyMap<string, string>,
  ): WorkspaceDocumentDiagnosticReport[] {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const reported = new Set<string>();
    for (const [uri, result] of results) {
      reported.add(uri);
      const previous = previousIds.get(uri);
      if (!result.diagnostics) {
        // No longer a design doc (a setting or config changed): its old diagnostics go.
        if (previous !== undefined)
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
      } else if (previous === result.resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: result.resultId });
      } else {
        const { resultId, diagnostics } = result;
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics });
      }
    }
    // Deleted, ignored, or out of scope now; an open document's own pull is the client's source for it.
    const open = new Set(this.context.documents.all().map((document) => document.uri));
    for (const uri of previousIds.keys())
      if (!reported.has(uri) && !open.has(uri))
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
    return items;
  }

  /**
   * One pass at a time: a second one starts when the first ends, and finds most results current. `starting` is called
   * as it starts.
   */
  private pass(
    isCancelled: () => boolean,
    progress?: PassProgress,
    starting?: () => void,
  ): Promise<Map<string, FileResult> | undefined> {
    const run = this.passes.then(() => {
      starting?.();
      return this.runPass(isCancelled, progress);
    });
    this.passes = run.catch(() => undefined);
    return run;
  }

  /** For a client that does not pull: a pass after the one running, unless one is queued already. */
  private schedulePublishPass(): void {
    if (!this.publisher || this.publishPassQueued) return;
    this.publishPassQueued = true;
    const starting = (): void => {
      this.publishPassQueued = false;
    };
    // A Lint Workspace request waiting for its pass publishes what this one would.
    this.pass(() => this.requestsWaiting > 0, undefined, starting).catch((error) =>
      this.context.connection.console.error(`mlsd: linting the workspace failed: ${String(error)}`),
    );
  }

  /** A pass, its results published to a client that does not pull; undefined when cancelled or made stale. */
  private async runPass(
    isCancelled: () => boolean,
    progress?: PassProgress,
  ): Promise<Map<string, FileResult> | undefined> {
    const results = await this.lintFiles(isCancelled, progress);
    if (results && this.publisher) this.publisher.publish(this.items(results, this.publisher.previousIds()));
    return results;
  }

  /** The results of the design docs in scope that are not open; undefined when cancelled or made stale. */
  private async lintFiles(
    isCancelled: () => boolean,
    progress?: PassProgress,
  ): Promise<Map<string, FileResult> | undefined> {
    const generation = this.generation;
    const stopped = (): boolean => isCancelled() || this.generation !== generation;
    const scope = await this.passScope();
    const results = new Map<string, FileResult>();
    if (scope === 'openFiles') return results;
    const limit = scope === 'auto' ? maxAutoFiles : undefined;
    const ignores = this.context.gitIgnores?.();
    const walked = await documentFiles(this.context.fileSystem, this.folders, {
      limit,
      isCancelled: stopped,
      isIgnored: ignores && ((uri, isFolder) => this.folders.some((folder) => ignores(folder, uri, isFolder))),
    });
    if (!walked) return undefined;
    this.tooMany = limit !== undefined && walked.length >= limit;
    if (this.tooMany) {
      this.tellTooMany();
      return results;
    }
    const open = new Set(this.context.documents.all().map((document) => document.uri));
    let done = 0;
    const lintOne = async (uri: string): Promise<void> => {
      const result = open.has(uri) ? undefined : await this.fileResult(uri, generation);
      if (result) results.set(uri, result);
      progress?.(++done, walked.length);
      await nextTask();
    };
    const running = new Set<Promise<void>>();
    for (const uri of walked) {
      if (stopped()) break;
      const lint: Promise<void> = lintOne(uri).finally(() => running.delete(lint));
      running.add(lint);
      if (running.size >= filesInFlight) await Promise.race(running);
    }
    await Promise.all(running);
    if (stopped()) return undefined;
    for (const uri of this.files.keys()) if (!results.has(uri)) this.files.delete(uri);
    return results;
  }

  /** The scope setting, or `workspace` while a Lint Workspace request made under the same setting holds. */
  private async passScope(): Promise<PassScope> {
    const { scope } = await this.context.settings();
    if (this.requestedUnder !== undefined && this.requestedUnder === (scope ?? 'unset')) return 'workspace';
    this.requestedUnder = undefined;
    return scope ?? this.unsetScope;
  }

  /** The result of one file: kept while its modification time and size are; undefined when it is gone. */
  private async fileResult(uri: string, generation: number): Promise<FileResult | undefined> {
    const { fileSystem, diagnostics } = this.context;
    try {
      const stat = await fileSystem.stat(uri);
      if (stat?.kind !== 'file') return undefined;
      const key = `${generation}:${stat.mtime}:${stat.size}`;
      const cached = this.files.get(uri);
      if (cached?.key === key) return cached;
      // Too large or binary: not text to lint, as for the CLI (which lists it as skipped).
      const text = stat.size > maxFileBytes ? undefined : await fileSystem.readFile(uri);
      const lintable = text !== undefined && !text.slice(0, 8000).includes('\0');
      const result: FileResult = {
        key,
        resultId: String(++this.nextResultId),
        diagnostics: lintable ? await diagnostics.lintSaved(uri, text) : undefined,
      };
      this.files.set(uri, result);
      return result;
    } catch (error) {
      this.context.connection.console.error(`mlsd: linting ${uri} failed: ${String(error)}`);
      return undefined;
    }
  }

  private tellTooMany(): void {
    if (this.toldTooMany) return;
    this.toldTooMany = true;
    this.context.connection.console.log(
      `mlsd: the workspace folders hold ${maxAutoFiles} or more Markdown and YAML files, so only open documents are linted; set "mlsd.lint.scope" to "workspace", or run "mlsd: Lint Workspace", to lint them all.`,
    );
  }

  /** Resolves at the next change, or when the request is cancelled. */
  private nextChange(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const cancelled = token.onCancellationRequested(() => done());
      const done = (): void => {
        cancelled.dispose();
        this.changed.delete(done);
        resolve();
      };
      this.changed.add(done);
    });
  }

  private wake(): void {
    const waiting = this.changed;
    this.changed = new Set();
    for (const done of waiting) done();
    this.schedulePublishPass();
  }
}
