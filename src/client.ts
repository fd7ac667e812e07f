/** The language client: how VS Code starts the mlsd server and which documents it syncs. */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { configFileGlob } from '../common/files';

/**
 * Creates (does not start) the client. The id 'mlsd' makes the client honour the `mlsd.trace.server` setting;
 * `middleware` sees what the server sends before VS Code does (interview mode holds findings back).
 */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  middleware: Middleware,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher(configFileGlob);
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    // Every Markdown and YAML file is synced; the server decides which are design docs (globs or `mlsd:` key)
    // and publishes nothing but an empty result for the others.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    // Project config files: the server re-reads them and re-lints when one is created, changed or deleted.
    synchronize: { configurationSection: 'mlsd', fileEvents: configWatcher },
    // The server shows code lenses for client commands (Open preview, ...) only when they are listed here.
    initializationOptions: {
      watchesConfigFiles: true,
      workspaceTrusted: vscode.workspace.isTrusted,
      commands: contributedCommands(context),
    },
    outputChannel,
    middleware,
  };
  return new LanguageClient('mlsd', 'mlsd', serverOptions, clientOptions);
}

/** The commands this extension contributes (package.json `contributes.commands`). */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const packageJson = context.extension.packageJSON as { contributes?: { commands?: { command?: unknown }[] } };
  return (packageJson.contributes?.commands ?? [])
    .map((entry) => entry.command)
    .filter((id): id is string => typeof id === 'string');
}
