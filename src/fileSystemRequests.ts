/**
 * Answers the language server's `mlsd/fs/*` requests with `vscode.workspace.fs`, so the server reads config files,
 * their `extends` and the workspace's design docs wherever VS Code has them: a virtual workspace (`vscode-vfs:` in
 * github.dev), a browser's local folder, a remote.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FileStatRequest,
  ReadDirectoryRequest,
  ReadFileRequest,
  type FileKind,
  type FileStat,
} from '../common/protocol';

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

const isMissing = (error: unknown): boolean =>
  error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');

async function stat(uri: string): Promise<FileStat | null> {
  try {
    const info = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
    return { kind: kindOf(info.type), size: info.size, mtime: info.mtime };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export function answerFileSystemRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(FileStatRequest, ({ uri }) => stat(uri)),
    client.onRequest(ReadFileRequest, async ({ uri, maxBytes }) => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
      if (maxBytes !== undefined && bytes.byteLength > maxBytes) return { size: bytes.byteLength };
      return { text: new TextDecoder().decode(bytes), size: bytes.byteLength };
    }),
    client.onRequest(ReadDirectoryRequest, async ({ uri }) => {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
      return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
    }),
  ];
}
