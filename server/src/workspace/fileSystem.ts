/**
 * The file access the workspace features need, injected so that they run against the disk (Node) or, in a browser,
 * against whatever the editor provides. Small and async on purpose. Paths are absolute, with `/` or the platform's
 * separator.
 */

export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Last modification, in milliseconds. */
  mtime: number;
}

export interface WorkspaceFileSystem {
  /** undefined when nothing is at `path`; throws when it cannot be looked at. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The text of a file (UTF-8); throws when it cannot be read. */
  readFile(path: string): Promise<string>;
  /** The entries of a folder, in no particular order; throws when it cannot be read. */
  readDirectory(path: string): Promise<{ name: string; kind: FileKind }[]>;
}
