/**
 * The design docs in the workspace folders, found on demand: a walk of the folders for Markdown and YAML files,
 * each kept as its workspace symbols and re-read only when its modification time or size changes. A file is a
 * design doc by the same test the editor uses (globs or an `mlsd:` marker). Folders and files are URIs, read through
 * the injected workspace file system. No LSP here: the caller supplies cancellation as a callback.
 */
import { uriBasename, uriPath } from '../../../common/uris';
import { designDocFormat, parseDesignDoc } from '../engine';
import { documentFiles, type WorkspaceFileSystem } from '../workspace';
import { designDocSymbols, type SearchableSymbol } from './workspaceSymbols';

/** Bounds for very large workspaces: files looked at per walk, and the size of a file worth reading. */
const maxCandidates = 5000;
const maxFileBytes = 1_000_000;

interface CachedFile {
  mtime: number;
  size: number;
  globsKey: string;
  symbols: SearchableSymbol[];
}

export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly cache = new Map<string, CachedFile>();

  constructor(private readonly fs: WorkspaceFileSystem) {}

  setFolders(folders: readonly string[]): void {
    this.folders = [...new Set(folders)];
  }

  /** Symbols of every design doc saved in the folders, by file URI; undefined when cancelled part-way. */
  async symbols(
    globs: readonly string[],
    isCancelled: () => boolean,
  ): Promise<Map<string, SearchableSymbol[]> | undefined> {
    const globsKey = JSON.stringify(globs);
    const found = new Map<string, SearchableSymbol[]>();
    const walked = await documentFiles(this.fs, this.folders, { limit: maxCandidates, isCancelled });
    const files = walked?.sort();
    if (!files) return undefined;
    for (const file of files) {
      if (isCancelled()) return undefined;
      const symbols = await this.fileSymbols(file, globs, globsKey);
      if (symbols.length) found.set(file, symbols);
    }
    const seen = new Set(files);
    for (const file of this.cache.keys()) if (!seen.has(file)) this.cache.delete(file);
    return found;
  }

  private async fileSymbols(file: string, globs: readonly string[], globsKey: string): Promise<SearchableSymbol[]> {
    try {
      const info = await this.fs.stat(file);
      if (!info) {
        this.cache.delete(file); // deleted since the walk
        return [];
      }
      const cached = this.cache.get(file);
      if (cached && cached.mtime === info.mtime && cached.size === info.size && cached.globsKey === globsKey)
        return cached.symbols;
      let symbols: SearchableSymbol[] = [];
      if (info.size <= maxFileBytes) {
        const text = await this.fs.readFile(file);
        const format = designDocFormat(uriPath(file), text, globs);
        if (format) symbols = designDocSymbols(parseDesignDoc(text, format), file, uriBasename(file));
      }
      this.cache.set(file, { mtime: info.mtime, size: info.size, globsKey, symbols });
      return symbols;
    } catch {
      this.cache.delete(file); // unreadable since the walk
      return [];
    }
  }
}
