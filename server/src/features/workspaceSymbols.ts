/**
 * Workspace symbols: a step or a case study across every design doc in the workspace folders. Open documents count
 * with their current text, the rest as saved on disk (found by WorkspaceIndex, cached per file modification time).
 */
import * as path from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver/node';
import type { SearchableSymbol, WorkspaceIndex } from '../services';
import { filePathOf, uriPath } from '../workspace';
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
    const onDisk = await index.symbols(settings.designDocGlobs, () => token.isCancellationRequested);
    if (!onDisk || token.isCancellationRequested) return null;
    // Open documents count with their current text, and as the linter sees them.
    const byPath = new Map<string, SearchableSymbol[]>(onDisk);
    for (const document of context.documents.all()) {
      const docPath = uriPath(document.uri);
      const model = await context.diagnostics.modelFor(document);
      if (token.isCancellationRequested) return null;
      if (model) byPath.set(docPath, designDocSymbols(model, document.uri, path.basename(docPath)));
      else byPath.delete(docPath);
    }
    const results: SymbolInformation[] = [];
    for (const file of [...byPath.keys()].sort()) {
      for (const { symbol, keys } of byPath.get(file) ?? []) {
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
      folders = uris.flatMap(toPaths);
      watchFolders = params.capabilities.workspace?.workspaceFolders === true;
    },
    initialized() {
      if (!watchFolders) return;
      context.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = removed.flatMap((f) => toPaths(f.uri));
        folders = [...folders.filter((folder) => !gone.includes(folder)), ...added.flatMap((f) => toPaths(f.uri))];
      });
    },
  };
}

/** A folder's file-system path, none for a folder that is not on the disk (a virtual workspace). */
function toPaths(uri: string): string[] {
  const path = filePathOf(uri);
  return path === undefined ? [] : [path];
}
