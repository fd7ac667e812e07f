/**
 * Diagnostics for clients that pull them (LSP 3.17): `textDocument/diagnostic` for open documents and
 * `workspace/diagnostic` for the design docs of the workspace folders that are not open, advertised only to a client
 * that says it pulls. Other clients receive `publishDiagnostics`: for the open documents, and for the workspace's
 * design docs when they ask for them (`initializationOptions.pushDiagnostics`, as VS Code does, whose interview mode
 * filters what is published), set `mlsd.lint.scope` to `workspace` or run Lint Workspace. And the
 * `mlsd/lintWorkspace` request, for every client, with work-done progress.
 */
import {
  DiagnosticRefreshRequest,
  DocumentDiagnosticRequest,
  WorkspaceDiagnosticRequest,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { LintWorkspaceRequest } from '../../../common/protocol';
import type { EditorFeature, FeatureContext } from './editorFeature';
import type { WorkspaceDiagnostics } from './workspaceDiagnostics';
import { WorkspacePublisher } from './workspacePublisher';

export function registerPullDiagnostics(context: FeatureContext, workspace: WorkspaceDiagnostics): EditorFeature {
  const { connection, documents, diagnostics } = context;
  let clientPulls = false;
  /** The client asked for pushed diagnostics, the workspace's included. */
  let pushWorkspace = false;
  let watchFolders = false;
  const logFailure = (what: string) => (error: unknown) =>
    connection.console.error(`mlsd: ${what} failed: ${String(error)}`);

  connection.onRequest(DocumentDiagnosticRequest.type, (params, token) =>
    documents.get(params.textDocument.uri)
      ? diagnostics.pull(params.textDocument.uri, params.previousResultId, token)
      : workspace.closedDocumentReport(params.textDocument.uri),
  );
  connection.onRequest(WorkspaceDiagnosticRequest.type, (params, token) =>
    workspace.report(params.previousResultIds, token),
  );
  connection.onRequest(LintWorkspaceRequest, async (_params, token) => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('mlsd: Linting the workspace', 0, 'looking for design docs', true);
    try {
      const result = await workspace.lintAll(
        (done, total) => progress.report(Math.floor((100 * done) / total), `${done} of ${total} files`),
        () => token.isCancellationRequested || progress.token.isCancellationRequested,
      );
      return result ?? null;
    } finally {
      progress.done();
    }
  });

  const capabilities = (): ServerCapabilities =>
    clientPulls
      ? { diagnosticProvider: { identifier: 'mlsd', interFileDependencies: false, workspaceDiagnostics: true } }
      : {};

  return {
    get capabilities() {
      return capabilities();
    },
    initialize(params) {
      // A client may pull and still ask for pushed diagnostics (VS Code's interview mode filters what is published);
      // it then gets the workspace's published too.
      const options = params.initializationOptions as { pushDiagnostics?: unknown } | undefined;
      pushWorkspace = options?.pushDiagnostics === true;
      clientPulls = params.capabilities.textDocument?.diagnostic !== undefined && !pushWorkspace;
      const canRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
      if (clientPulls)
        diagnostics.keepForPulls(() => {
          if (canRefresh)
            connection.sendRequest(DiagnosticRefreshRequest.type).catch(logFailure('asking for a new pull'));
        });
      workspace.setFolders(
        params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []),
      );
      watchFolders = params.capabilities.workspace?.workspaceFolders === true;
    },
    initialized() {
      // Once the settings are asked for: the first pass reads them.
      if (!clientPulls) workspace.publishTo(new WorkspacePublisher(connection, documents), pushWorkspace);
      if (!watchFolders) return;
      connection.workspace.onDidChangeWorkspaceFolders(() =>
        connection.workspace
          .getWorkspaceFolders()
          .then((folders) => workspace.setFolders(folders?.map((folder) => folder.uri) ?? []))
          .catch(logFailure('reading the workspace folders')),
      );
    },
  };
}
