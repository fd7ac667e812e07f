/**
 * The mlsd language server: LSP wiring only (connection, documents, capabilities, settings); features live in
 * ./features. Started by VS Code over IPC or by other editors with `--stdio`. stdout carries the protocol, so all
 * logging goes through `connection.console`.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultDesignDocGlobs } from './engine';
import { codeActionKinds, registerCodeActions } from './features/codeActions';
import { DiagnosticsFeature, type LintSettings } from './features/diagnostics';
import { DocumentModels } from './features/documentModels';

const defaultSettings: LintSettings = { designDocGlobs: defaultDesignDocGlobs, lintDebounceMs: 250 };

function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let canPullConfiguration = false;
  let settings = Promise.resolve(defaultSettings);

  const models = new DocumentModels();
  const diagnostics = new DiagnosticsFeature({ connection, documents, models, settings: () => settings });
  registerCodeActions({ connection, documents, diagnostics });

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds },
      },
      serverInfo: { name: 'mlsd-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) settings = pullSettings(connection);
  });

  // Clients that cannot answer workspace/configuration push the settings in this notification instead.
  connection.onDidChangeConfiguration((params) => {
    settings = canPullConfiguration
      ? pullSettings(connection)
      : Promise.resolve(toLintSettings((params.settings as { mlsd?: unknown } | undefined)?.mlsd));
    diagnostics.relintAll();
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

/** Validates the `mlsd` settings section; anything missing or malformed falls back to its default. */
function toLintSettings(section: unknown): LintSettings {
  const raw = (typeof section === 'object' && section !== null ? section : {}) as Record<string, unknown>;
  const globs = raw.designDocGlobs;
  const debounce = raw.lintDebounceMs;
  return {
    designDocGlobs:
      Array.isArray(globs) && globs.every((g) => typeof g === 'string') ? globs : defaultSettings.designDocGlobs,
    lintDebounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0
        ? debounce
        : defaultSettings.lintDebounceMs,
  };
}

startServer();
