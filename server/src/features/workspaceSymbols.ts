/**
 * Workspace symbols: a step or a case study across every design doc in the workspace folders. Open documents count
 * with their current text, the rest as saved (found by WorkspaceIndex through the workspace file system, cached per
 * file modification time), on the disk or in a virtual workspace.
 */
import type { SymbolInformation } from 'vscode-languageserver';
import { isTreeUri, normalizeUri, uriBasename } from '../../../common/uris';
import type { SearchableSymbol, WorkspaceIndex } from '../services';
import type { EditorFeature, FeatureContext } from './editorFeature';

/** Enough for a quick pick; editors re-query as the user types. */
const maxResults = 500;

export function registerWorkspaceSymbols(context: FeatureContext): EditorFeature {
  let folders: string[] = [];
  // Made on the first query: it reads and parses every design doc in the workspace folders.
  let index: WorkspaceIndex | undefined;
  let watchFolders = false;

  context.connection.onWorkspaceSymbol(async (params, token) => {
    const settings = await context.settings();
    const { WorkspaceIndex, designDocSymbols, matchesQuery } = await import('../services');
    index ??= new WorkspaceIndex(context.fileSystem);
    index.setFolders(folders);
    const saved = await index.symbols(settings.designDocGlobs, () => token.isCancellationRequested);
    if (!saved || token.isCancellationRequested) return null;
    // Open documents count with their current text, and as the linter sees them.
    const byUri = new Map<string, SearchableSymbol[]>(saved);
    for (const document of context.documents.all()) {
      const uri = normalizeUri(document.uri);
      const model = await context.diagnostics.modelFor(document, false);
      if (token.isCancellationRequested) return null;
      if (model) byUri.set(uri, designDocSymbols(model, document.uri, uriBasename(document.uri)));
      else byUri.delete(uri);
    }
    const results: SymbolInformation[] = [];
    for (const file of [...byUri.keys()].sort()) {
      for (const { symbol, keys } of byUri.get(file) ?? []) {
        if (results.length < maxResults && matchesQuery(params.query, keys)) results.push(symbol);
      }
    }
    return results;
  });

  return {
    capabilities: {
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    initialize(params) {
      const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
      folders = uris.flatMap(treeFolder);
      watchFolders = params.capabilities.workspace?.workspaceFolders === true;
    },
    initialized() {
      if (!watchFolders) return;
      context.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = removed.flatMap((f) => treeFolder(f.uri));
        folders = [...folders.filter((folder) => !gone.includes(folder)), ...added.flatMap((f) => treeFolder(f.uri))];
      });
    },
  };
}

/** A workspace folder to walk, in the spelling the walk gives its files' URIs. */
function treeFolder(uri: string): string[] {
  return isTreeUri(uri) ? [normalizeUri(uri)] : [];
}
