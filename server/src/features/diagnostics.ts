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
 * Mermaid diagrams are parsed in the diagram worker. When every diagram's outcome is cached (an edit in the text),
 * the diagram findings go out with the others; otherwise the text findings are published at once, and the diagram
 * findings are merged into them when the worker answers, published again for the same version only if that version
 * is still the document's and its text findings are still the ones linted for it.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigFile } from '../../../common/files';
import { CoverageNotification, type DiagnosticData } from '../../../common/protocol';
import { ruleDocUrl } from '../../../common/rules';
import type { ConfigHost, DesignDoc, Finding, LintOptions, Severity } from '../engine';
import type { DiagramChecker } from '../mermaidWorker';
import { filePathOf, type ConfigBounds } from '../workspace';
import type { DocumentAnalysis, VersionLint } from './documentAnalysis';
import { offThreadChars, type LintWorker } from './lintWorker';
import type { ConfigSettings } from './projectConfig';

/** The `mlsd` editor settings the linter reads; the rest of the precedence lives in ProjectConfigs. */
export interface LintSettings extends ConfigSettings {
  lintDebounceMs: number;
  /** `mlsd.diagrams.validate`: parse Mermaid diagrams with Mermaid in the diagram worker. */
  validateDiagrams: boolean;
}

/** What the feature needs from the server; settings resolve once the client has answered workspace/configuration. */
export interface DiagnosticsContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /**
   * How project config files are read (the disk, from the server's wiring), within the bounds given: the workspace
   * folders and, when the workspace is trusted, config files up the tree.
   */
  configHost: (bounds: () => ConfigBounds) => ConfigHost;
  /** Parses Mermaid diagrams off the main thread. */
  diagrams: DiagramChecker;
  settings(): Promise<LintSettings>;
  /** Lints very large documents off the main thread. */
  worker: Pick<LintWorker, 'lint'>;
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
  /** Workspace folders (file: URIs), kept for the analysis until it is loaded. */
  private workspaceFolders: readonly string[] = [];
  /** Whether the workspace is trusted (the client's initialization options), kept likewise. */
  private trusted = true;
  /** Last known debounce; read synchronously when an edit arrives, refreshed on every lint. */
  private debounceMs = 250;

  constructor(private readonly context: DiagnosticsContext) {
    const { documents } = context;
    documents.onDidOpen(({ document }) => this.lintNow(document));
    // TextDocuments also fires onDidChangeContent right after onDidOpen, for the version being linted already.
    documents.onDidChangeContent(({ document }) => {
      if (this.requested.get(document.uri) !== document.version) this.schedule(document);
    });
    documents.onDidClose(({ document }) => this.forget(document.uri));
  }

  /** Re-lints every open document, e.g. after a settings change decides differently which files are design docs. */
  relintAll(): void {
    for (const document of this.context.documents.all()) this.lintNow(document, true);
  }

  /** Workspace folders (file: URIs): `mlsd.ignore` globs are relative to them, and their root configs are checked. */
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
    (await this.loadAnalysis()).configs.checkWorkspaceFolders();
  }

  /**
   * Config files were created, changed or deleted (workspace/didChangeWatchedFiles, or a save): re-read them and
   * re-lint every open document.
   */
  async configFilesChanged(uris: readonly string[]): Promise<void> {
    (await this.loadAnalysis()).configs.filesChanged(uris);
    this.relintAll();
  }

  /**
   * The model of this document version, decided exactly as for linting (globs, config file, ignores); undefined when
   * it is not a design doc. For editor features that need the model but not the findings (hover, completion, ...).
   */
  async modelFor(document: TextDocument): Promise<DesignDoc | undefined> {
    const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
    // A request can arrive after the document closed; caching its model again would outlive the document.
    if (!this.context.documents.get(document.uri)) return undefined;
    return analysis.analyse(document, settings).model;
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
    const { model, options } = analysis.analyse(document, settings);
    if (!model) return undefined;
    return { model, findings: analysis.findings(document.uri, model, options) };
  }

  private loadAnalysis(): Promise<DocumentAnalysis> {
    this.analysis ??= import('./documentAnalysis').then(({ DocumentAnalysis }) => {
      const analysis = new DocumentAnalysis(this.context.connection, this.context.configHost);
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
    const { connection, documents } = this.context;
    try {
      const [settings, analysis] = await Promise.all([this.context.settings(), this.loadAnalysis()]);
      this.debounceMs = settings.lintDebounceMs;

      const document = documents.get(uri);
      if (!document) return; // closed while waiting for the settings or the analysis
      const path = filePathOf(uri);
      if (path && isConfigFile(path)) {
        // A config file open in the editor: its diagnostics are the config problems, published by ProjectConfigs.
        analysis.configs.checkFile(path);
        return;
      }
      const version = document.version;
      const previous = this.published.get(uri);
      if (previous && (previous.version > version || (previous.version === version && !force))) return;

      // Documents are linted one task at a time: messages that arrived meanwhile (another document's edit, a
      // request) are handled between two documents, and a lint made stale by a newer version is dropped here.
      await new Promise((resolve) => setImmediate(resolve));
      if (documents.get(uri)?.version !== version || this.requested.get(uri) !== version) return;

      const linted =
        document.getText().length > offThreadChars
          ? await analysis.lintInWorker(document, settings, this.context.worker)
          : this.lintHere(analysis, document, settings);

      // The document may have changed while we worked: its own lint publishes the newer version.
      if (documents.get(uri)?.version !== version) return;

      // A document that is not and was not a design doc already has its empty publish.
      if (!linted.designDoc && previous && !previous.designDoc) {
        this.published.set(uri, { version, designDoc: false });
        return;
      }
      this.published.set(uri, { version, designDoc: linted.designDoc });
      const { findings, coverage, model, options } = linted;
      const diagnostics = findings.map((f) => toDiagnostic(uri, f));
      // Both sends start in the same tick, so no other lint's messages can slip between a publish and its coverage.
      await Promise.all([
        connection.sendDiagnostics({ uri, version, diagnostics }),
        connection.sendNotification(CoverageNotification, coverage),
      ]);
      if (model && options && settings.validateDiagrams && !linted.diagramsIncluded)
        await this.addDiagramFindings(analysis, uri, version, model, options, findings);
    } catch (error) {
      connection.console.error(`mlsd: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** Lints this version on the main thread, with the findings on Mermaid's outcomes when all of them are cached. */
  private lintHere(analysis: DocumentAnalysis, document: TextDocument, settings: LintSettings): VersionLint {
    const { model, options } = analysis.analyse(document, settings);
    const cached =
      model && settings.validateDiagrams ? this.context.diagrams.cached(analysis.diagramSources(model)) : undefined;
    const findings = model ? analysis.findings(document.uri, model, { ...options, diagrams: cached }) : [];
    return {
      designDoc: Boolean(model),
      findings,
      coverage: analysis.coverage(document.uri, model),
      model,
      options,
      diagramsIncluded: Boolean(cached),
    };
  }

  /** Merges the findings on Mermaid's outcomes into the text findings just published, if they are still current. */
  private async addDiagramFindings(
    analysis: DocumentAnalysis,
    uri: string,
    version: number,
    model: DesignDoc,
    options: LintOptions,
    textFindings: Finding[],
  ): Promise<void> {
    const sources = analysis.diagramSources(model);
    if (sources.length === 0) return;
    const { diagrams, connection, documents } = this.context;
    const started = performance.now();
    const { outcomes, parsed } = await diagrams.check(sources);
    if (parsed > 0) {
      connection.console.log(
        `mlsd: Mermaid parsed ${parsed} of ${sources.length} diagrams of ${uri} in ${Math.round(performance.now() - started)} ms; ${sources.length - parsed} were cached`,
      );
    }
    // A newer version has published since: this merge is stale.
    if (documents.get(uri)?.version !== version) return;
    const findings = analysis.addDiagramFindings(uri, model, options, textFindings, outcomes);
    if (!findings || findings === textFindings) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(uri, f)) });
  }

  private forget(uri: string): void {
    this.cancel(uri);
    void this.analysis?.then((analysis) => analysis.forget(uri));
    this.requested.delete(uri);
    const previous = this.published.get(uri);
    this.published.delete(uri);
    if (!previous?.designDoc) return; // nothing shown for it: no diagnostics, no coverage
    const { connection } = this.context;
    Promise.all([
      connection.sendDiagnostics({ uri, diagnostics: [] }),
      connection.sendNotification(CoverageNotification, { uri, designDoc: false }),
    ]).catch((error) => connection.console.error(`mlsd: clearing ${uri} failed: ${String(error)}`));
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}

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
