/**
 * The mlsd language server: LSP wiring only (connection, documents, capabilities, settings); features live in
 * ./features. Started by VS Code over IPC or by other editors with `--stdio`. stdout carries the protocol, so all
 * logging goes through `connection.console`.
 *
 * It answers `initialize` before it loads the engine: this module and the feature adapters take only types from the
 * server's libraries, whose code they load with `import()` on first use (the lint config holds them to it).
 */
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileGlob, defaultDesignDocGlobs, isConfigFile } from '../../common/files';
import { WorkspaceTrustedNotification } from '../../common/protocol';
import { severityValues, type SeverityOrOff } from '../../common/rules';
import { codeActionKinds, registerCodeActions } from './features/codeActions';
import { guardedConnection, type ServerLifecycle } from './features/guardedConnection';
import { LintWorker } from './features/lintWorker';
import { isMainThread } from 'node:worker_threads';
import { registerCodeLens } from './features/codeLens';
import { registerCompletion } from './features/completion';
import { DiagnosticsFeature, type LintSettings } from './features/diagnostics';
import type { FeatureContext } from './features/editorFeature';
import { registerFolding } from './features/folding';
import { registerHover } from './features/hover';
import { registerPractice } from './features/practice';
import { registerPreview } from './features/preview';
import { registerSelectionRanges } from './features/selectionRanges';
import { registerDocumentSymbols } from './features/symbols';
import { registerTemplates } from './features/templates';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { filePathOf, nodeConfigHost, nodeFileSystem } from './workspace';
import { startDiagramChecker } from './features/diagramChecker';

const defaultSettings: LintSettings = {
  designDocGlobs: defaultDesignDocGlobs,
  designDocGlobsSet: false,
  lintDebounceMs: 250,
  validateDiagrams: true,
  rules: {},
  ignore: [],
};

/**
 * Over stdio the server watches the framing itself: a message whose header is broken (no or a non-numeric
 * Content-Length) leaves the stream at an unknown offset, so the server says what happened on stderr and exits with
 * an error, letting the editor restart it, instead of waiting for messages it can no longer read. A body that is not
 * JSON was still framed: it is reported and the next message is read as usual.
 */
function stdioConnection(): Connection | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (error instanceof SyntaxError) {
      process.stderr.write(`mlsd: ignored a message from the editor that is not JSON (${error.message}).\n`);
      return;
    }
    process.stderr.write(
      `mlsd: the editor sent a message the language server cannot read (${error.message}); stopping so the editor can restart it.\n`,
    );
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

function startServer(): void {
  const connection = stdioConnection() ?? createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let canPullConfiguration = false;
  let shouldRegisterWatcher = false;
  let settings = Promise.resolve(defaultSettings);

  const diagrams = startDiagramChecker(connection);
  const diagnostics = new DiagnosticsFeature({
    connection,
    documents,
    configHost: nodeConfigHost,
    diagrams: diagrams.checker,
    settings: () => settings,
    worker: new LintWorker(__filename),
  });
  // Features register their requests on a guarded connection: params checked, lifecycle and cancellation honoured.
  const lifecycle: ServerLifecycle = { initialized: false, shuttingDown: false };
  const requests = guardedConnection(connection, lifecycle);
  registerCodeActions({ connection: requests, documents, diagnostics });
  const featureContext: FeatureContext = {
    connection: requests,
    documents,
    diagnostics,
    settings: () => settings,
    fileSystem: nodeFileSystem,
  };
  const editorFeatures = [
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
      { watchesConfigFiles?: unknown; workspaceTrusted?: unknown } | undefined;
    const clientWatches = options?.watchesConfigFiles === true;
    diagnostics.setTrusted(options?.workspaceTrusted !== false).catch(reportConfigFailure);
    shouldRegisterWatcher =
      !clientWatches && params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    diagnostics.setWorkspaceFolders(folders);
    diagrams.initialize(params.initializationOptions);
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
    return diagrams.checker.stop();
  });

  connection.onInitialized(() => {
    for (const feature of editorFeatures) feature.initialized?.();
    if (canPullConfiguration) settings = pullSettings(connection);
    if (shouldRegisterWatcher) {
      // Config files are watched here unless the client watches them itself (VS Code's does) and says so.
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: configFileGlob }] })
        .catch((error) => connection.console.error(`mlsd: watching config files failed: ${String(error)}`));
    }
    // Also loads the engine, now that the client has its answer and before it opens the first document.
    diagnostics.checkWorkspaceFolders().catch(reportConfigFailure);
  });

  // Clients that cannot answer workspace/configuration push the settings in this notification instead.
  connection.onDidChangeConfiguration((params) => {
    settings = canPullConfiguration
      ? pullSettings(connection)
      : Promise.resolve(toLintSettings((params.settings as { mlsd?: unknown } | undefined)?.mlsd));
    diagnostics.relintAll();
  });

  const configFilesChanged = (uris: string[]): void => {
    diagnostics.configFilesChanged(uris).catch(reportConfigFailure);
  };
  connection.onNotification(WorkspaceTrustedNotification, () => {
    diagnostics.setTrusted(true).catch(reportConfigFailure);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => configFilesChanged(changes.map((change) => change.uri)));
  // A config file saved in an editor that does not watch files: the same as a watched change.
  documents.onDidSave(({ document }) => {
    const path = filePathOf(document.uri);
    if (path && isConfigFile(path)) configFilesChanged([document.uri]);
  });

  documents.listen(connection);
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
  };
}

// The same bundle runs the lint worker for very large documents (features/lintWorker.ts); it brings the engine in.
if (isMainThread) startServer();
else void import('./features/lintJobs').then(({ serveLintJobs }) => serveLintJobs());
