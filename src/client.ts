/**
 * The language client's options, the same on the desktop and on the web: which documents it syncs and what it tells
 * the server. How the server is started differs by runtime (./extension.ts, ./browserExtension.ts).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type ErrorHandler,
  type LanguageClientOptions,
  type Middleware,
} from 'vscode-languageclient';
import { configFileGlob, documentFileGlob } from '../common/files';
import { ServerRestarts } from './serverRestarts';

/** `middleware` sees what the server sends before VS Code does (interview mode holds findings back). */
export function clientOptions(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  middleware: Middleware,
): LanguageClientOptions {
  const configWatcher = vscode.workspace.createFileSystemWatcher(configFileGlob);
  // Design docs saved, created or deleted outside the editor: the workspace's diagnostics follow them.
  const documentWatcher = vscode.workspace.createFileSystemWatcher(documentFileGlob);
  context.subscriptions.push(configWatcher, documentWatcher);
  return {
    // Every Markdown and YAML document is synced, whatever its scheme (file, untitled, a virtual workspace's
    // vscode-vfs, ...); the server decides which are design docs (globs or `mlsd:` key) and publishes nothing but an
    // empty result for the others.
    documentSelector: [{ language: 'markdown' }, { language: 'yaml' }],
    // Project config files: the server re-reads them and re-lints when one is created, changed or deleted.
    synchronize: { configurationSection: 'mlsd', fileEvents: [configWatcher, documentWatcher] },
    // The server shows code lenses for client commands (Open preview, ...) only when they are listed here. It reads
    // files through `mlsd/fs/*` (./fileSystemRequests.ts) where it has no disk of its own.
    initializationOptions: {
      watchesFiles: true,
      workspaceTrusted: vscode.workspace.isTrusted,
      commands: contributedCommands(context),
      fileSystem: true,
      // Published, not pulled: interview mode holds back a step's findings in the middleware that sees them. The
      // workspace's design docs that are not open are published too (`mlsd.lint.scope`, "mlsd: Lint Workspace").
      pushDiagnostics: true,
    },
    outputChannel,
    middleware,
    errorHandler: restartingErrorHandler(),
  };
}

/**
 * Messages that fail to reach the server never stop the client: if the server died, the close that follows decides
 * whether a new one starts (./serverRestarts.ts).
 */
function restartingErrorHandler(): ErrorHandler {
  const restarts = new ServerRestarts();
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () =>
      restarts.shouldRestart()
        ? { action: CloseAction.Restart }
        : {
            action: CloseAction.DoNotRestart,
            message: `The mlsd language server stopped ${restarts.recentDeaths} times in the last 3 minutes and is not started again; its output says why.`,
          },
  };
}

/** The commands this extension contributes (package.json `contributes.commands`). */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const packageJson = context.extension.packageJSON as { contributes?: { commands?: { command?: unknown }[] } };
  return (packageJson.contributes?.commands ?? [])
    .map((entry) => entry.command)
    .filter((id): id is string => typeof id === 'string');
}
