/**
 * What linting an open document takes: the project config that applies to it, its model (parsed once per version
 * while the document is in use) and its findings, linted once per version and config and shared by the publish and by
 * every request that reads them (code lenses, code actions, the preview), which editors send right after each edit.
 * The findings of every open document are kept; its model may be dropped and parsed again (./documentModels).
 *
 * The engine, the knowledge base and the parsers come in with this module: the diagnostics feature loads it after
 * the server has answered `initialize`.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CoverageParams, StepTitle } from '../../../common/protocol';
import {
  coverageSummary,
  defaultRules,
  diagramSources,
  lint,
  lintDiagrams,
  parseDesignDoc,
  plannedFormat,
  sortFindings,
  type DesignDoc,
  type DiagramOutcomes,
  type DocFormat,
  type Finding,
  type LintOptions,
} from '../engine';
import { steps } from '../knowledge';
import { uriPath } from '../../../common/uris';
import type { WorkspaceFileSystem } from '../workspace';
import { DocumentModels } from './documentModels';
import type { OffThreadLinter, OutlineAnswers } from './offThreadLint';
import { ProjectConfigs, type ConfigSettings } from './projectConfig';

/** What one lint of a document version publishes, and what the diagram findings are later merged into. */
export interface VersionLint {
  designDoc: boolean;
  findings: Finding[];
  coverage: CoverageParams;
  /** The model's distinct diagram sources and the options linted on the main thread; absent when the lint ran in the worker. */
  diagramSources?: string[];
  options?: LintOptions;
  /** The findings include those on Mermaid's outcomes (all were cached). */
  diagramsIncluded: boolean;
  /** The editor's outline answers, computed by the worker with its lint; absent when the lint ran here. */
  outline?: OutlineAnswers;
}

/** The worker's pass over one version of a large open document, with the format and config it was planned with. */
interface WorkerPass {
  version: number;
  plan: string;
  lint: Promise<VersionLint | undefined>;
}

/**
 * A document version's findings and the config they were linted with. They depend on the text, its format and the
 * config only, so they outlive the model they were linted on, which is parsed again the same when it was dropped.
 */
interface LintedVersion {
  version: number;
  format: DocFormat;
  config: string;
  findings: Finding[];
  /** The findings include those on Mermaid's outcomes. */
  diagrams: boolean;
}

/** Sent with every coverage, so the client names the steps without bundling the knowledge base. */
const stepTitles: StepTitle[] = steps.map(({ id, number, title }) => ({ id, number, title }));

export class DocumentAnalysis {
  readonly configs: ProjectConfigs;
  private readonly models = new DocumentModels();
  private readonly linted = new Map<string, LintedVersion>();
  /** The latest worker pass of each large open document, shared by its publish and the editor's requests. */
  private readonly workerPasses = new Map<string, WorkerPass>();

  constructor(connection: Connection, fileSystem: WorkspaceFileSystem) {
    this.configs = new ProjectConfigs(connection, fileSystem);
  }

  /**
   * The model (undefined: not a design doc, or ignored) and lint options: config file merged with the settings.
   * `keep`: false when the model is read once and should not push out those of the documents in use.
   */
  async analyse(
    document: TextDocument,
    settings: ConfigSettings,
    keep = true,
  ): Promise<{ model?: DesignDoc; options: LintOptions }> {
    const plan = await this.configs.planFor(document.uri, settings);
    const model = plan.ignored ? undefined : this.models.get(document, plan, keep);
    return { model, options: { rules: defaultRules, config: plan.config } };
  }

  /** The findings of this version's model; with `options.diagrams`, those on Mermaid's outcomes too. */
  findings(document: TextDocument, model: DesignDoc, options: LintOptions): Finding[] {
    const { uri, version } = document;
    const config = JSON.stringify(options.config ?? {});
    const cached = this.linted.get(uri);
    // Without diagrams, the findings on Mermaid's outcomes are none: those linted without outcomes are complete.
    const complete = cached?.diagrams || !options.diagrams || model.mermaid.length === 0;
    const same = cached?.version === version && cached.format === model.format && cached.config === config;
    if (same && complete) return cached.findings;
    const findings = lint(model, options);
    this.linted.set(uri, { version, format: model.format, config, findings, diagrams: Boolean(options.diagrams) });
    return findings;
  }

  /** The model's distinct diagram sources, for the diagram worker. */
  diagramSources(model: DesignDoc): string[] {
    return diagramSources([model]);
  }

  /**
   * The text findings with those on Mermaid's outcomes merged in, kept for the requests that read them; undefined
   * when `textFindings` are no longer the ones linted for the document (a newer model, another config).
   */
  addDiagramFindings(
    uri: string,
    model: DesignDoc,
    options: LintOptions,
    textFindings: Finding[],
    outcomes: DiagramOutcomes,
  ): Finding[] | undefined {
    const cached = this.linted.get(uri);
    if (cached?.findings !== textFindings) return undefined;
    const findings = this.withDiagramFindings(model, options, textFindings, outcomes);
    this.linted.set(uri, { ...cached, findings, diagrams: true });
    return findings;
  }

  /**
   * Lints this version in the worker thread, for a document too large to parse on the main thread: the plan and the
   * format are decided here (no parse), the findings, coverage and outline answers come back as data. Mermaid's
   * outcomes are not read. One pass per version, plan and config, whichever asks first (the publish or a request).
   * Undefined when `current` says, as the worker gets free for it, that this version is no longer the document's.
   */
  async lintInWorker(
    document: TextDocument,
    settings: ConfigSettings,
    worker: OffThreadLinter,
    current: () => boolean,
  ): Promise<VersionLint | undefined> {
    const plan = await this.configs.planFor(document.uri, settings);
    const format = plan.ignored ? undefined : this.models.formatOf(document, plan);
    if (!format)
      return {
        designDoc: false,
        findings: [],
        coverage: this.coverage(document.uri, undefined),
        diagramsIncluded: false,
      };
    const planKey = JSON.stringify([format, plan.config]);
    const pass = this.workerPasses.get(document.uri);
    if (pass?.version === document.version && pass.plan === planKey) return pass.lint;
    const version = { uri: document.uri, wanted: current };
    const lint = worker.lintVersion(version, document.getText(), format, plan.config).then(
      (linted): VersionLint | undefined =>
        linted && {
          designDoc: true,
          findings: linted.findings,
          coverage: { uri: document.uri, ...linted.coverage, stepTitles },
          diagramsIncluded: false,
          outline: linted.outline,
        },
    );
    this.workerPasses.set(document.uri, { version: document.version, plan: planKey, lint });
    return lint;
  }

  /**
   * Lints the saved text of a file that is not open (the workspace's diagnostics), planned as an open document would
   * be, in `worker` where the runtime has one (else here); with `outcomesFor`, Mermaid's findings on its diagrams are
   * added. Nothing is kept. Undefined when the file is not a design doc.
   */
  async lintSaved(
    uri: string,
    text: string,
    settings: ConfigSettings,
    worker: OffThreadLinter | undefined,
    outcomesFor?: (sources: string[]) => Promise<DiagramOutcomes>,
  ): Promise<Finding[] | undefined> {
    const plan = await this.configs.planFor(uri, settings);
    const format = plan.ignored ? undefined : plannedFormat(plan, uriPath(uri), text);
    if (!format) return undefined;
    if (worker) {
      const linted = await worker.lint(text, format, plan.config);
      if (!outcomesFor || linted.diagramSources.length === 0) return linted.findings;
      const outcomes = await outcomesFor(linted.diagramSources);
      return withFindings(linted.findings, (await worker.lint(text, format, plan.config, outcomes)).findings);
    }
    const model = parseDesignDoc(text, format);
    const options: LintOptions = { rules: defaultRules, config: plan.config };
    const findings = lint(model, options);
    const sources = outcomesFor ? diagramSources([model]) : [];
    if (!outcomesFor || sources.length === 0) return findings;
    return this.withDiagramFindings(model, options, findings, await outcomesFor(sources));
  }

  /** `findings` with those on Mermaid's outcomes merged in, in document order. */
  private withDiagramFindings(
    model: DesignDoc,
    options: LintOptions,
    findings: Finding[],
    outcomes: DiagramOutcomes,
  ): Finding[] {
    return withFindings(findings, lintDiagrams(model, outcomes, options));
  }

  coverage(uri: string, model: DesignDoc | undefined): CoverageParams {
    return model ? { uri, ...coverageSummary(model), stepTitles } : { uri, designDoc: false };
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.linted.delete(uri);
    this.workerPasses.delete(uri);
  }
}

/** `findings` with `more` merged in, in document order (the same array when there are none to add). */
function withFindings(findings: Finding[], more: Finding[]): Finding[] {
  return more.length > 0 ? sortFindings([...findings, ...more]) : findings;
}
