/**
 * Lints open documents and publishes the findings as LSP diagnostics, followed by the `mlsd/coverage` notification.
 *
 * Opening a document lints it at once; edits are debounced per document. Every lint reads the document's current
 * version and results are never published for a version older than one already published, so a slow or late lint
 * cannot overwrite newer diagnostics.
 *
 * The engine comes in with the document analysis (./documentAnalysis), loaded on first use: the server answers
 * `initialize` without it, and loads it as soon as the client has its answer.
 *
 * Mermaid diagrams are parsed in the diagram worker, where the runtime has one (not in a web worker: there, the log
 * says once that diagrams are not checked). When every diagram's outcome is cached (an edit in the text),
 * the diagram findings go out with the others; otherwise the text findings are published at once, and the diagram
 * findings are merged into them when the worker answers, published again for the same version only if that version
 * is still the document's and its text findings are still the ones linted for it.
 */
import {
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigFile } from '../../../common/files';
import { CoverageNotification, type DiagnosticData } from '../../../common/protocol';
import { ruleDocUrl } from '../../../common/rules';
import type { DesignDoc, Finding, LintOptions, Severity } from '../engine';
import type { DiagramChecker } from '../mermaidWorker';
import type { WorkspaceFileSystem } from '../workspace';
import type { DocumentAnalysis, VersionLint } from './documentAnalysis';
import { nextTask } from './nextTask';
import { offThreadChars, type OffThreadLinter, type OutlineAnswers } from './offThreadLint';
import type { ConfigSettings } from './projectConfig';
import { PulledResults } from './pulledResults';

/** The `mlsd` editor settings the linter reads; the rest of the precedence lives in ProjectConfigs. */
export interface LintSettings extends ConfigSettings {
  lintDebounceMs: number;
  /** `mlsd.diagrams.validate`: parse Mermaid diagrams with Mermaid in the diagram worker. */
  validateDiagrams: boolean;
  /** `mlsd.run`: lint an open document as it is typed in, or only when it is opened and saved. */
  run: RunMode;
  /** `mlsd.lint.scope`; unset, the workspace when its folders hold fewer than 2,000 Markdown and YAML files. */
  scope?: 'openFiles' | 'workspace';
}

export type RunMode = 'onType' | 'onSave';

/** What the feature needs from the server; settings resolve once the client has answered workspace/configuration. */
export interface DiagnosticsContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Where project config files are read (from the server's wiring: the disk, or the editor's file system). */
  fileSystem: WorkspaceFileSystem;
  /** Parses Mermaid diagrams off the main thread; absent where the runtime cannot run Mermaid (a web worker). */
  diagrams?: Pick<DiagramChecker, 'cached' | 'check'>;
  settings(): Promise<LintSettings>;
  /** Lints very large documents off the main thread; absent where the runtime has no threads for it (a web worker). */
  worker?: OffThreadLinter;
  /**
   * Lints the workspace's design docs that are not open, off the main thread and apart from the large open ones;
   * absent in a web worker, where they are linted in place between two messages.
   */
  workspaceWorker?: OffThreadLinter;
}

/** A main-thread lint of a document version just published, whose diagrams Mermaid is to check. */
interface PublishedLint {
  version: number;
  options: LintOptions;
  findings: Finding[];
  diagramSources: string[];
}

/** What was last published for a document, to skip stale and redundant publishes. */
interface PublishedState {
  version: number;
  designDoc: boolean;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class DiagnosticsFeature {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, PublishedState>();
  /** The version a lint was last started or scheduled for. */
  private readonly requested = new Map<string, number>();
  /** Loaded on first use: it brings in the engine. */
  private analysis?: Promise<DocumentAnalysis>;
  /** Workspace folders (URIs of any scheme), kept for the analysis until it is loaded. */
  private workspaceFolders: readonly string[] = [];
  /** Whether the workspace is trusted (the client's initialization options), kept likewise. */
  private trusted = true;
  /** Last known debounce and run mode; read synchronously when an edit arrives, refreshed on every lint. */
  private debounceMs = 250;
  private runMode: RunMode = 'onType';
  /** How many lints of each document are running (a newer version's may start before an older one ends). */
  private readonly running = new Map<string, number>();
  /** The last diagnostics of each open document, for pulls (LSP 3.17); published as well unless the client pulls. */
  private readonly pulled = new PulledResults(() => this.refreshPulls?.());
  /** Set when the client pulls diagnostics: asks it to pull again. */
  private refreshPulls?: () => void;
  private clientPulls = false;
  /** Whether the log has said that diagrams go unchecked here (once per server). */
  private saidDiagramsUnchecked = false;

  constructor(private readonly context: DiagnosticsContext) {
    const { documents } = context;
    documents.onDidOpen(({ document }) => this.lintNow(document));
    // TextDocuments also fires onDidChangeContent right after onDidOpen, for the version being linted already.
    documents.onDidChangeContent(({ document }) => {
      if (this.requested.get(document.uri) !== document.version && this.runMode === 'onType') this.schedule(document);
    });
    documents.onDidSave(({ document }) => {
      if (this.runMode === 'onSave') this.lintNow(document);
    });
    documents.onDidClose(({ document }) => this.forget(document.uri));
  }

  /**
   * The client pulls diagnostics (LSP 3.17): lints are kept for its pulls instead of published; `refresh` asks it to
   * pull again when a result arrives that no pull waits for.
   */
  keepForPulls(refresh: (() => void) | undefined): void {
    this.clientPulls = true;
    this.refreshPulls = refresh;
  }

  /** The report for a pull of an open document, once its pending lint (if any) has run. */
  pull(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const pending = (): boolean => this.timers.has(uri) || (this.running.get(uri) ?? 0) > 0;
    return this.pulled.report(uri, previousResultId, pending, token);
  }

  /**
   * The diagnostics of a file's saved text (a design doc of the workspace that is not open), Mermaid's findings
   * included; undefined when it is not a design doc.
   */
  async lintSaved(uri: string, text: string): Promise<Diagnostic[] | undefined> {
    const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
    const { diagrams, workspaceWorker } = this.context;
    const outcomesFor =
      diagrams && settings.validateDiagrams
        ? async (sources: string[]) => (await diagrams.check(sources)).outcomes
        : undefined;
    const findings = await analysis.lintSaved(uri, text, settings, workspaceWorker, outcomesFor);
    return findings?.map((f) => toDiagnostic(uri, f));
  }

  /** Re-lints every open document, e.g. after a settings change decides differently which files are design docs. */
  relintAll(): void {
    for (const document of this.context.documents.all()) this.lintNow(document, true);
  }

  /** Workspace folders (URIs): `mlsd.ignore` globs are relative to them, and their root configs are checked. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.workspaceFolders = uris;
    void this.analysis?.then((analysis) => analysis.configs.setWorkspaceFolders(uris));
  }

  /** Whether the workspace is trusted, i.e. whether config files outside it may be read. */
  setTrusted(trusted: boolean): Promise<void> {
    this.trusted = trusted;
    if (!this.analysis) return Promise.resolve();
    // The analysis forgets what it read; the open documents are linted again with what may be read now.
    return this.analysis.then((analysis) => {
      analysis.configs.setTrusted(trusted);
      this.relintAll();
    });
  }

  /** Publishes the problems of the config files at the roots of the workspace folders, before any doc is opened. */
  async checkWorkspaceFolders(): Promise<void> {
    await (await this.loadAnalysis()).configs.checkWorkspaceFolders();
  }

  /**
   * Config files were created, changed or deleted (workspace/didChangeWatchedFiles, or a save): re-read them and
   * re-lint every open document.
   */
  async configFilesChanged(uris: readonly string[]): Promise<void> {
    await (await this.loadAnalysis()).configs.filesChanged(uris);
    this.relintAll();
  }

  /**
   * The model of this document version, decided exactly as for linting (globs, config file, ignores); undefined when
   * it is not a design doc. For editor features that need the model but not the findings (hover, completion, ...).
   * `keep`: false for a look at every open document, which should not push out the models of those in use.
   */
  async modelFor(document: TextDocument, keep = true): Promise<DesignDoc | undefined> {
    const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
    // A request can arrive after the document closed; caching its model again would outlive the document.
    if (!this.context.documents.get(document.uri)) return undefined;
    return (await analysis.analyse(document, settings, keep)).model;
  }

  /**
   * The findings of this version of the document: those published for it, or, when the user acts before the
   * debounced lint has run (an edit followed at once by Ctrl+.), a lint of the same kind done now, which the
   * debounced lint then publishes without linting again.
   */
  async findingsFor(document: TextDocument): Promise<{ model: DesignDoc; findings: Finding[] } | undefined> {
    const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
    // A request can arrive after the document closed; caching its findings again would outlive the document.
    if (!this.context.documents.get(document.uri)) return undefined;
    const { model, options } = await analysis.analyse(document, settings);
    if (!model) return undefined;
    return { model, findings: analysis.findings(document, model, options) };
  }

  /**
   * The outline answers (symbols, folding, code lenses) of this version of a document linted off the main thread,
   * from the worker's pass over it, so that the main thread never parses it: null when it is not a design doc (or
   * was closed), undefined when the document is linted here (the features read its model). A version the document
   * left before the worker got to it is answered with ContentModified, never with another version's outline.
   */
  async outlineOffThread(document: TextDocument): Promise<OutlineAnswers | null | undefined> {
    const linted = await this.workerPass(document);
    return linted && (linted.outline ?? null);
  }

  /**
   * The findings of this version of a document linted off the main thread, as the worker sent them (without their
   * fixes); otherwise as `outlineOffThread`.
   */
  async findingsOffThread(document: TextDocument): Promise<Finding[] | null | undefined> {
    const linted = await this.workerPass(document);
    return linted && (linted.designDoc ? linted.findings : null);
  }

  /** The worker's pass over this version: null when the document closed, undefined when it is linted here. */
  private async workerPass(document: TextDocument): Promise<VersionLint | null | undefined> {
    const { worker, documents } = this.context;
    if (!worker || !this.lintsOffThread(document)) return undefined;
    const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
    const { uri, version } = document;
    const current = (): boolean => documents.get(uri)?.version === version;
    if (!current()) throw contentModified();
    const linted = await analysis.lintInWorker(document, settings, worker, current);
    if (!documents.get(uri)) return null;
    if (!linted || !current()) throw contentModified();
    return linted;
  }

  /** Whether the document is linted in the worker: it is too large to parse on the main thread. */
  private lintsOffThread(document: TextDocument): boolean {
    return document.getText().length > offThreadChars;
  }

  private loadAnalysis(): Promise<DocumentAnalysis> {
    this.analysis ??= import('./documentAnalysis').then(({ DocumentAnalysis }) => {
      const analysis = new DocumentAnalysis(this.context.connection, this.context.fileSystem);
      analysis.configs.setWorkspaceFolders(this.workspaceFolders);
      analysis.configs.setTrusted(this.trusted);
      return analysis;
    });
    return this.analysis;
  }

  private schedule({ uri, version }: TextDocument): void {
    this.cancel(uri);
    this.requested.set(uri, version);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.lint(uri, false);
      }, this.debounceMs),
    );
  }

  private lintNow({ uri, version }: TextDocument, force = false): void {
    this.cancel(uri);
    this.requested.set(uri, version);
    void this.lint(uri, force);
  }

  /** force: re-publish even if this version was already published (settings changed). */
  private async lint(uri: string, force: boolean): Promise<void> {
    this.running.set(uri, (this.running.get(uri) ?? 0) + 1);
    try {
      await this.lintAndDeliver(uri, force);
    } finally {
      const left = (this.running.get(uri) ?? 1) - 1;
      if (left > 0) this.running.set(uri, left);
      else this.running.delete(uri);
      this.pulled.settled(uri);
    }
  }

  private async lintAndDeliver(uri: string, force: boolean): Promise<void> {
    const { connection, documents } = this.context;
    try {
      const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
      this.debounceMs = settings.lintDebounceMs;
      this.runMode = settings.run;

      const document = documents.get(uri);
      if (!document) return; // closed while waiting for the settings or the analysis
      if (isConfigFile(uri)) {
        // A config file open in the editor: its diagnostics are the config problems, published by ProjectConfigs.
        await analysis.configs.checkFile(uri);
        return;
      }
      const version = document.version;
      const previous = this.published.get(uri);
      if (previous && (previous.version > version || (previous.version === version && !force))) return;

      // Documents are linted one task at a time: messages that arrived meanwhile (another document's edit, a
      // request) are handled between two documents, and a lint made stale by a newer version is dropped here.
      await nextTask();
      if (documents.get(uri)?.version !== version || this.requested.get(uri) !== version) return;

      const { worker } = this.context;
      const current = (): boolean => documents.get(uri)?.version === version;
      const linted =
        worker && this.lintsOffThread(document)
          ? await analysis.lintInWorker(document, settings, worker, current)
          : await this.lintHere(analysis, document, settings);

      // The document may have changed while we worked (or before the worker got to it): its own lint publishes the
      // newer version.
      if (!linted || !current()) return;

      // A document that is not and was not a design doc already has its empty publish.
      if (!linted.designDoc && previous && !previous.designDoc) {
        this.published.set(uri, { version, designDoc: false });
        return;
      }
      this.published.set(uri, { version, designDoc: linted.designDoc });
      const { findings, coverage, diagramSources, options } = linted;
      const diagnostics = findings.map((f) => toDiagnostic(uri, f));
      // Both sends start in the same tick, so no other lint's messages can slip between a publish and its coverage.
      await Promise.all([
        this.deliver(uri, version, diagnostics),
        connection.sendNotification(CoverageNotification, coverage),
      ]);
      if (diagramSources?.length && options && settings.validateDiagrams && !linted.diagramsIncluded)
        await this.addDiagramFindings(analysis, document, settings, { version, options, findings, diagramSources });
    } catch (error) {
      connection.console.error(`mlsd: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** Lints this version on the main thread, with the findings on Mermaid's outcomes when all of them are cached. */
  private async lintHere(
    analysis: DocumentAnalysis,
    document: TextDocument,
    settings: LintSettings,
  ): Promise<VersionLint> {
    const { model, options } = await analysis.analyse(document, settings);
    const diagramSources = model ? analysis.diagramSources(model) : [];
    const cached = model && settings.validateDiagrams ? this.context.diagrams?.cached(diagramSources) : undefined;
    const findings = model ? analysis.findings(document, model, { ...options, diagrams: cached }) : [];
    return {
      designDoc: Boolean(model),
      findings,
      coverage: analysis.coverage(document.uri, model),
      diagramSources,
      options,
      diagramsIncluded: Boolean(cached),
    };
  }

  /**
   * Merges the findings on Mermaid's outcomes into the text findings just published, if they are still current. The
   * model is not held while Mermaid works (with many documents opened at once, that is many models at a time): it is
   * read again, parsed again only if it was dropped meanwhile.
   */
  private async addDiagramFindings(
    analysis: DocumentAnalysis,
    document: TextDocument,
    settings: LintSettings,
    { version, options, findings: textFindings, diagramSources: sources }: PublishedLint,
  ): Promise<void> {
    const { uri } = document;
    const { diagrams, connection, documents } = this.context;
    if (!diagrams) {
      if (!this.saidDiagramsUnchecked)
        connection.console.log(
          'mlsd: Mermaid diagrams are not checked here (mermaid-syntax, mermaid-unknown-type): Mermaid needs a DOM, which a web worker lacks. The other rules and the preview work as usual.',
        );
      this.saidDiagramsUnchecked = true;
      return;
    }
    const started = performance.now();
    const { outcomes, parsed } = await diagrams.check(sources);
    if (parsed > 0) {
      connection.console.log(
        `mlsd: Mermaid parsed ${parsed} of ${sources.length} diagrams of ${uri} in ${Math.round(performance.now() - started)} ms; ${sources.length - parsed} were cached`,
      );
    }
    // A newer version has published since: this merge is stale.
    if (documents.get(uri)?.version !== version) return;
    const { model } = await analysis.analyse(document, settings, false);
    if (!model || documents.get(uri)?.version !== version) return;
    const findings = analysis.addDiagramFindings(uri, model, options, textFindings, outcomes);
    if (!findings || findings === textFindings) return;
    await this.deliver(
      uri,
      version,
      findings.map((f) => toDiagnostic(uri, f)),
    );
  }

  /** Publishes the diagnostics of a document version, or keeps them for the client's pull. */
  private async deliver(uri: string, version: number, diagnostics: Diagnostic[]): Promise<void> {
    this.pulled.store(uri, version, diagnostics);
    if (!this.clientPulls) await this.context.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private forget(uri: string): void {
    this.cancel(uri);
    void this.analysis?.then((analysis) => analysis.forget(uri));
    this.requested.delete(uri);
    const previous = this.published.get(uri);
    this.published.delete(uri);
    // A pulling client forgets the document's results itself (the workspace's report takes over).
    this.pulled.forget(uri);
    if (!previous?.designDoc) return; // nothing shown for it: no diagnostics, no coverage
    const { connection } = this.context;
    Promise.all([
      this.clientPulls ? undefined : connection.sendDiagnostics({ uri, diagnostics: [] }),
      connection.sendNotification(CoverageNotification, { uri, designDoc: false }),
    ]).catch((error) => connection.console.error(`mlsd: clearing ${uri} failed: ${String(error)}`));
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}

const contentModified = (): ResponseError<void> =>
  new ResponseError(LSPErrorCodes.ContentModified, 'the document changed before the worker linted this version');

export function toDiagnostic(uri: string, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    source: 'mlsd',
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
    message: finding.message,
  };
  if (finding.step) diagnostic.data = { step: finding.step } satisfies DiagnosticData;
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: r.message,
    }));
  }
  return diagnostic;
}
