/**
 * Lints open documents and publishes the findings as LSP diagnostics, followed by the `mlsd/coverage` notification.
 *
 * Opening a document lints it at once; edits are debounced per document. Every lint reads the document's current
 * version and results are never published for a version older than one already published, so a slow or late lint
 * cannot overwrite newer diagnostics.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigFile } from '../../../common/files';
import { CoverageNotification, type CoverageParams, type StepTitle } from '../../../common/protocol';
import { ruleDocUrl } from '../../../common/rules';
import {
  coverageSummary,
  defaultRules,
  lint,
  type DesignDoc,
  type Finding,
  type LintOptions,
  type Severity,
} from '../engine';
import { steps } from '../knowledge';
import { filePathOf } from '../workspace';
import type { DocumentModels } from './documentModels';
import type { ConfigSettings, ProjectConfigs } from './projectConfig';

/** The `mlsd` editor settings the linter reads; the rest of the precedence lives in ProjectConfigs. */
export interface LintSettings extends ConfigSettings {
  lintDebounceMs: number;
}

/** What the feature needs from the server; settings resolve once the client has answered workspace/configuration. */
export interface DiagnosticsContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  models: DocumentModels;
  configs: ProjectConfigs;
  settings(): Promise<LintSettings>;
}

/** What was last published for a document, to skip stale and redundant publishes. */
interface PublishedState {
  version: number;
  designDoc: boolean;
}

/** A model's findings and the severities they were linted with. */
interface LintedModel {
  model: DesignDoc;
  severities: string;
  findings: Finding[];
}

/** Sent with every coverage, so the client names the steps without bundling the knowledge base. */
const stepTitles: StepTitle[] = steps.map(({ id, number, title }) => ({ id, number, title }));

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
  /**
   * The findings of the document's current model, linted once and shared by the publish and by every request that
   * reads them (code lenses, code actions, the preview), which editors send right after each edit.
   */
  private readonly linted = new Map<string, LintedModel>();
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

  /**
   * The model of this document version, decided exactly as for linting (globs, config file, ignores); undefined when
   * it is not a design doc. For editor features that need the model but not the findings (hover, completion, ...).
   */
  async modelFor(document: TextDocument): Promise<DesignDoc | undefined> {
    const settings = await this.context.settings();
    // A request can arrive after the document closed; caching its model again would outlive the document.
    if (!this.context.documents.get(document.uri)) return undefined;
    return this.analyse(document, settings).model;
  }

  /**
   * The findings of this version of the document: those published for it, or, when the user acts before the
   * debounced lint has run (an edit followed at once by Ctrl+.), a lint of the same kind done now, which the
   * debounced lint then publishes without linting again.
   */
  async findingsFor(document: TextDocument): Promise<{ model: DesignDoc; findings: Finding[] } | undefined> {
    const settings = await this.context.settings();
    // A request can arrive after the document closed; caching its findings again would outlive the document.
    if (!this.context.documents.get(document.uri)) return undefined;
    const { model, options } = this.analyse(document, settings);
    if (!model) return undefined;
    return { model, findings: this.findingsOf(document.uri, model, options) };
  }

  private findingsOf(uri: string, model: DesignDoc, options: LintOptions): Finding[] {
    const severities = JSON.stringify(options.severities ?? {});
    const cached = this.linted.get(uri);
    if (cached?.model === model && cached.severities === severities) return cached.findings;
    const findings = lint(model, options);
    this.linted.set(uri, { model, severities, findings });
    return findings;
  }

  /** The model (undefined: not a design doc, or ignored) and lint options: config file merged with the settings. */
  private analyse(document: TextDocument, settings: LintSettings): { model?: DesignDoc; options: LintOptions } {
    const plan = this.context.configs.planFor(document.uri, settings);
    const model = plan.ignored ? undefined : this.context.models.get(document, plan);
    return { model, options: { rules: defaultRules, severities: plan.severities } };
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
      const settings = await this.context.settings();
      this.debounceMs = settings.lintDebounceMs;

      const document = documents.get(uri);
      if (!document) return; // closed while waiting for settings
      const path = filePathOf(uri);
      if (path && isConfigFile(path)) {
        // A config file open in the editor: its diagnostics are the config problems, published by ProjectConfigs.
        this.context.configs.checkFile(path);
        return;
      }
      const version = document.version;
      const previous = this.published.get(uri);
      if (previous && (previous.version > version || (previous.version === version && !force))) return;

      const { model, options } = this.analyse(document, settings);
      const findings = model ? this.findingsOf(uri, model, options) : [];

      // The document may have changed while we worked: its own lint publishes the newer version.
      if (documents.get(uri)?.version !== version) return;

      // A document that is not and was not a design doc already has its empty publish.
      if (!model && previous && !previous.designDoc) {
        this.published.set(uri, { version, designDoc: false });
        return;
      }
      this.published.set(uri, { version, designDoc: Boolean(model) });
      const diagnostics = findings.map((f) => toDiagnostic(uri, f));
      const coverage: CoverageParams = model
        ? { uri, ...coverageSummary(model), stepTitles }
        : { uri, designDoc: false };
      // Both sends start in the same tick, so no other lint's messages can slip between a publish and its coverage.
      await Promise.all([
        connection.sendDiagnostics({ uri, version, diagnostics }),
        connection.sendNotification(CoverageNotification, coverage),
      ]);
    } catch (error) {
      connection.console.error(`mlsd: linting ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private forget(uri: string): void {
    this.cancel(uri);
    this.context.models.delete(uri);
    this.requested.delete(uri);
    this.linted.delete(uri);
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
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: r.message,
    }));
  }
  return diagnostic;
}
