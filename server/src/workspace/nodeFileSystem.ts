/** The disk, as the CLI and the language server on Node see it: the async workspace file system. */
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { FileKind, WorkspaceFileSystem } from './fileSystem';

const kindOf = (entry: Stats | Dirent): FileKind =>
  entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';

const notFound = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

export const nodeFileSystem: WorkspaceFileSystem = {
  async stat(path) {
    try {
      const info = await stat(path);
      return { kind: kindOf(info), size: info.size, mtime: info.mtimeMs };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  },
  readFile: (path) => readFile(path, 'utf8'),
  async readDirectory(path) {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
};
