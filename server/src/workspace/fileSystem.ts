/**
 * The file access the workspace features need, injected so that they run against the disk (Node) or, in a browser,
 * against the editor's file system (`vscode.workspace.fs`, asked over the protocol). Small and async on purpose.
 * Files and folders are named by URI.
 */
import type { DirectoryEntry, FileStat } from '../../../common/protocol';

// The shapes the editor answers `mlsd/fs/*` requests with, so its file system is one more implementation of this one.
export type { DirectoryEntry, FileKind, FileStat } from '../../../common/protocol';

export interface WorkspaceFileSystem {
  /** undefined when nothing is at `uri`; links are followed. Rejects when it cannot be looked at. */
  stat(uri: string): Promise<FileStat | undefined>;
  /**
   * The text of a file (UTF-8); rejects when it cannot be read, with a FileTooLargeError when `maxBytes` is given and
   * the file holds more (read no further than that, so a file that grows while it is read is caught too).
   */
  readFile(uri: string, maxBytes?: number): Promise<string>;
  /** The entries of a folder, in no particular order; rejects when it cannot be read. */
  readDirectory(uri: string): Promise<DirectoryEntry[]>;
  /** The URI with its links resolved, undefined when nothing is there; a file system without links gives it back. */
  realUri(uri: string): Promise<string | undefined>;
}

/**
 * A file larger than the reader asked for. Told apart by its name, not its class: on Node the language server reads
 * files in its startup bundle and config files in its analysis bundle, each with a copy of this class.
 */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';

  /** `size`: the bytes found, at least one more than allowed. */
  constructor(readonly size: number) {
    super(`${size} bytes`);
  }

  static is(error: unknown): error is FileTooLargeError {
    return (
      error instanceof Error && error.name === 'FileTooLargeError' && typeof Reflect.get(error, 'size') === 'number'
    );
  }
}
