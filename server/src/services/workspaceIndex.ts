/**
 * The design docs in the workspace folders, found on demand: a walk of the folders for Markdown and YAML files,
 * each kept as its workspace symbols and re-read only when its modification time or size changes. A file is a
 * design doc by the same test the editor uses (globs or an `mlsd:` marker). No LSP here: the caller supplies
 * cancellation as a callback.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { designDocFormat, parseDesignDoc } from '../engine';
import { designDocSymbols, type SearchableSymbol } from './workspaceSymbols';

const candidateExtension = /\.(?:md|markdown|ya?ml)$/i;
const skippedFolders = new Set(['node_modules', 'dist', 'out', 'build', 'coverage', 'target', 'vendor', '__pycache__']);
/** Bounds for very large workspaces: files looked at per walk, and the size of a file worth reading. */
const maxCandidates = 5000;
const maxFileBytes = 1_000_000;

interface CachedFile {
  mtimeMs: number;
  size: number;
  globsKey: string;
  symbols: SearchableSymbol[];
}

export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly cache = new Map<string, CachedFile>();

  setFolders(folders: readonly string[]): void {
    this.folders = [...new Set(folders)];
  }

  changeFolders(added: readonly string[], removed: readonly string[]): void {
    this.setFolders([...this.folders.filter((folder) => !removed.includes(folder)), ...added]);
  }

  /** Symbols of every design doc on disk; undefined when cancelled part-way. */
  async symbols(globs: readonly string[], isCancelled: () => boolean): Promise<Map<string, SearchableSymbol[]> | undefined> {
    const globsKey = JSON.stringify(globs);
    const found = new Map<string, SearchableSymbol[]>();
    const files = await this.candidates(isCancelled);
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
      const info = await stat(file);
      const cached = this.cache.get(file);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size && cached.globsKey === globsKey) return cached.symbols;
      let symbols: SearchableSymbol[] = [];
      if (info.size <= maxFileBytes) {
        const text = await readFile(file, 'utf8');
        const format = designDocFormat(file, text, globs);
        if (format) symbols = designDocSymbols(parseDesignDoc(text, format), pathToFileURL(file).href, path.basename(file));
      }
      this.cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, globsKey, symbols });
      return symbols;
    } catch {
      this.cache.delete(file); // deleted or unreadable since the walk
      return [];
    }
  }

  /** Markdown and YAML files under the folders, skipping hidden and dependency folders, in path order. */
  private async candidates(isCancelled: () => boolean): Promise<string[] | undefined> {
    const files: string[] = [];
    const pending = [...this.folders];
    while (pending.length && files.length < maxCandidates) {
      if (isCancelled()) return undefined;
      const folder = pending.shift() as string;
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) pending.push(full);
        } else if (entry.isFile() && candidateExtension.test(entry.name)) {
          files.push(full);
        }
      }
    }
    return files.slice(0, maxCandidates).sort();
  }
}
