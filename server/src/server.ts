/**
 * The mlsd language server: LSP wiring only (documents, capabilities, settings); features live in ./features. The
 * runtime's entry hands in the connection and what differs between runtimes (./nodeMain.ts on Node: the disk, a lint
 * worker, the diagram worker; ./browserMain.ts in a web worker: the editor's file system only). All logging goes
 * through `connection.console`: on stdio, stdout carries the protocol.
 *
 * It answers `initialize` before it loads the engine: this module and the feature adapters take only types from the
 * server's libraries, whose code they load with `import()` on first use (the lint config holds them to it).
 */
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileGlob, defaultDesignDocGlobs, documentFileGlob, isConfigFile } from '../../common/files';
import { WorkspaceTrustedNotification } from '../../common/protocol';
import { severityValues, type SeverityOrOff } from '../../common/rules';
import { codeActionKinds, registerCodeActions } from './features/codeActions';
import { guardedConnection, type ServerLifecycle } from './features/guardedConnection';
import { registerCodeLens } from './features/codeLens';
import { registerCompletion } from './features/completion';
import { DiagnosticsFeature, type LintSettings, type RunMode } from './features/diagnostics';
import type { FeatureContext } from './features/editorFeature';
import { registerFolding } from './features/folding';
import { registerHover } from './features/hover';
import { registerPractice } from './features/practice';
import { registerPreview } from './features/preview';
import { registerSelectionRanges } from './features/selectionRanges';
import { registerDocumentSymbols } from './features/symbols';
import { registerTemplates } from './features/templates';
import { registerPullDiagnostics } from './features/pullDiagnostics';
import { WorkspaceDiagnostics, type IgnoreCheck } from './features/workspaceDiagnostics';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { editorFileSystem } from './features/editorFileSystem';
import type { DiagramChecker } from './mermaidWorker';
import type { OffThreadLinter } from './features/offThreadLint';
import type { WorkspaceFileSystem } from './workspace';

const defaultSettings: LintSettings = {
  designDocGlobs: defaultDesignDocGlobs,
  designDocGlobsSet: false,
  lintDebounceMs: 250,
  validateDiagrams: true,
  run: 'onType',
  rules: {},
  ignore: [],
};

/** What a runtime gives the server besides its connection. */
export interface ServerRuntime {
  /** The file system workspace files are read with, given the one that asks the editor (`mlsd/fs/*`). */
  fileSystem(editorFiles: WorkspaceFileSystem): WorkspaceFileSystem;
  /** Mermaid's parser off the main thread; none where Mermaid cannot run (a web worker has no DOM). */
  diagrams?: { checker: DiagramChecker; initialize(options: unknown): void };
  /** Lints very large documents off the main thread; without one they are linted in place. */
  worker?: OffThreadLinter;
  /** Lints the workspace's design docs that are not open off the main thread; without one, in place. */
  workspaceWorker?: OffThreadLinter;
  /** git's ignore rules for the workspace lint, where the runtime can read them. */
  gitIgnores?: () => IgnoreCheck;
}

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  let canPullConfiguration = false;
  let shouldRegisterWatcher = false;
  let editorSharesFiles = false;
  let settings = Promise.resolve(defaultSettings);

  const fileSystem = runtime.fileSystem(editorFileSystem(connection, () => editorSharesFiles));
  const { diagrams } = runtime;
  const diagnostics = new DiagnosticsFeature({
    connection,
    documents,
    fileSystem,
    diagrams: diagrams?.checker,
    settings: () => settings,
    worker: runtime.worker,
    workspaceWorker: runtime.workspaceWorker,
  });
  // Handlers are registered on a guarded connection: params checked, lifecycle and cancellation honoured.
  const lifecycle: ServerLifecycle = { initialized: false, shuttingDown: false };
  const guarded = guardedConnection(connection, lifecycle);
  registerCodeActions({ connection: guarded, documents, diagnostics });
  const featureContext: FeatureContext = {
    connection: guarded,
    documents,
    diagnostics,
    settings: () => settings,
    fileSystem,
  };
  const workspace = new WorkspaceDiagnostics({ ...featureContext, gitIgnores: runtime.gitIgnores });
  const editorFeatures = [
    registerPullDiagnostics(featureContext, workspace),
    registerCompletion(featureContext),
    registerHover(featureContext),
    registerDocumentSymbols(featureContext),
    registerFolding(featureContext),
    registerSelectionRanges(featureContext),
    registerCodeLens(featureContext),
    registerWorkspaceSymbols(featureContext),
    registerPreview(featureContext),
    registerTemplates(featureContext),
    registerPractice(featureContext),
  ];

  const reportConfigFailure = (error: unknown): void =>
    connection.console.error(`mlsd: reading config files failed: ${String(error)}`);

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const options = params.initializationOptions as
      { watchesFiles?: unknown; workspaceTrusted?: unknown; fileSystem?: unknown } | undefined;
    const clientWatches = options?.watchesFiles === true;
    editorSharesFiles = options?.fileSystem === true;
    diagnostics.setTrusted(options?.workspaceTrusted !== false).catch(reportConfigFailure);
    shouldRegisterWatcher =
      !clientWatches && params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    diagnostics.setWorkspaceFolders(folders);
    diagrams?.initialize(params.initializationOptions);
    for (const feature of editorFeatures) feature.initialize?.(params);
    lifecycle.initialized = true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds },
        ...(Object.assign({}, ...editorFeatures.map((feature) => feature.capabilities)) as ServerCapabilities),
      },
      serverInfo: { name: 'mlsd-language-server' },
    };
  });

  connection.onShutdown(() => {
    lifecycle.shuttingDown = true;
    return diagrams?.checker.stop();
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) settings = pullSettings(connection);
    for (const feature of editorFeatures) feature.initialized?.();
    if (shouldRegisterWatcher) {
      // Config files and design docs (for the workspace's diagnostics) are watched here unless the client watches them
      // itself (VS Code's does) and says so.
      const watchers = [{ globPattern: configFileGlob }, { globPattern: documentFileGlob }];
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers })
        .catch((error) => connection.console.error(`mlsd: watching config files failed: ${String(error)}`));
    }
    // Also loads the engine, now that the client has its answer and before it opens the first document.
    diagnostics.checkWorkspaceFolders().catch(reportConfigFailure);
  });

  // Clients that cannot answer workspace/configuration push the settings in this notification instead.
  guarded.onDidChangeConfiguration((params) => {
    settings = canPullConfiguration
      ? pullSettings(connection)
      : Promise.resolve(toLintSettings((params.settings as { mlsd?: unknown } | undefined)?.mlsd));
    diagnostics.relintAll();
    workspace.staleAll();
  });

  const configFilesChanged = (uris: string[]): void => {
    diagnostics.configFilesChanged(uris).catch(reportConfigFailure);
    workspace.staleAll();
  };
  guarded.onNotification(WorkspaceTrustedNotification, () => {
    diagnostics.setTrusted(true).catch(reportConfigFailure);
    workspace.staleAll();
  });
  guarded.onDidChangeWatchedFiles(({ changes }) => {
    const configs = changes.filter((change) => isConfigFile(change.uri));
    if (configs.length) configFilesChanged(configs.map((change) => change.uri));
    if (configs.length < changes.length) workspace.filesChanged();
  });
  // A config file saved in an editor that does not watch files: the same as a watched change.
  documents.onDidSave(({ document }) => {
    if (isConfigFile(document.uri)) configFilesChanged([document.uri]);
  });
  // An open document is the client's own to pull; once closed, the workspace's answer has it again.
  documents.onDidOpen(() => workspace.filesChanged());
  documents.onDidClose(() => workspace.filesChanged());

  documents.listen(guarded);
  connection.listen();
}

async function pullSettings(connection: Connection): Promise<LintSettings> {
  try {
    return toLintSettings(await connection.workspace.getConfiguration('mlsd'));
  } catch (error) {
    connection.console.error(`mlsd: reading settings failed, using defaults: ${String(error)}`);
    return defaultSettings;
  }
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((g) => typeof g === 'string');

/**
 * Validates the `mlsd` settings section; anything missing or malformed falls back to its default. Design-doc globs
 * equal to the default count as unset, so a project config file's `designDocGlobs` can apply.
 */
function toLintSettings(section: unknown): LintSettings {
  const raw = (typeof section === 'object' && section !== null ? section : {}) as Record<string, unknown>;
  const globs = raw.designDocGlobs;
  const debounce = raw.lintDebounceMs;
  const rules = typeof raw.rules === 'object' && raw.rules !== null ? (raw.rules as Record<string, unknown>) : {};
  const scope = (raw.lint as { scope?: unknown } | undefined)?.scope;
  return {
    designDocGlobs: isStringList(globs) ? globs : defaultSettings.designDocGlobs,
    designDocGlobsSet: isStringList(globs) && JSON.stringify(globs) !== JSON.stringify(defaultDesignDocGlobs),
    lintDebounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0
        ? debounce
        : defaultSettings.lintDebounceMs,
    rules: Object.fromEntries(
      Object.entries(rules).filter((entry): entry is [string, SeverityOrOff] =>
        (severityValues as readonly unknown[]).includes(entry[1]),
      ),
    ),
    ignore: isStringList(raw.ignore) ? raw.ignore : [],
    validateDiagrams: (raw.diagrams as { validate?: unknown } | undefined)?.validate !== false,
    run: raw.run === 'onSave' ? 'onSave' : ('onType' satisfies RunMode),
    ...(scope === 'openFiles' || scope === 'workspace' ? { scope } : {}),
  };
}
