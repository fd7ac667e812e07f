/** The disk, as the CLI and the language server on Node see it: the workspace file system for `file:` URIs. */
// `promises` is read where it is used: node:fs/promises (and the readline it brings) loads on first use, not with
// the language server's start.
import { closeSync, fstatSync, openSync, promises, readSync, type Dirent, type Stats } from 'node:fs';
import { FileTooLargeError, type FileKind, type WorkspaceFileSystem } from './fileSystem';
import { fileUri, filePathOf } from './nodeUris';

const kindOf = (entry: Stats | Dirent): FileKind =>
  entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';

const notFound = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

function pathOf(uri: string): string {
  const path = filePathOf(uri);
  if (path === undefined) throw new Error(`not a file on the disk: ${uri}`);
  return path;
}

/** Reads at most `maxBytes + 1` bytes of a regular file: a device or a growing file is never read to its end. */
function readBounded(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new FileTooLargeError(length);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

export const nodeFileSystem: WorkspaceFileSystem = {
  async stat(uri) {
    try {
      const info = await promises.stat(pathOf(uri));
      return { kind: kindOf(info), size: info.size, mtime: info.mtimeMs };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  },
  readFile: async (uri, maxBytes) =>
    maxBytes === undefined ? promises.readFile(pathOf(uri), 'utf8') : readBounded(pathOf(uri), maxBytes),
  async readDirectory(uri) {
    const entries = await promises.readdir(pathOf(uri), { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
  async realUri(uri) {
    try {
      return fileUri(await promises.realpath(pathOf(uri)));
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  },
};
