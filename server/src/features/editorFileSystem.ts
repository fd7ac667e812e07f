/**
 * The editor's file system, asked over the protocol (`mlsd/fs/*`, common/protocol.ts): how the server reads what the
 * disk does not hold, every file in a web worker and a virtual workspace's (`vscode-vfs:`, …) on Node. A client that
 * did not offer it (`initializationOptions.fileSystem`) is never asked: to the server, its files do not exist.
 */
import type { Connection } from 'vscode-languageserver';
import { FileStatRequest, ReadDirectoryRequest, ReadFileRequest } from '../../../common/protocol';
import { FileTooLargeError, type WorkspaceFileSystem } from '../workspace';

export function editorFileSystem(connection: Connection, offered: () => boolean): WorkspaceFileSystem {
  const notOffered = (uri: string) => new Error(`the editor does not share its files (${uri})`);
  const stat: WorkspaceFileSystem['stat'] = async (uri) =>
    offered() ? ((await connection.sendRequest(FileStatRequest, { uri })) ?? undefined) : undefined;
  return {
    stat,
    async readFile(uri, maxBytes) {
      if (!offered()) throw notOffered(uri);
      const { text, size } = await connection.sendRequest(ReadFileRequest, { uri, maxBytes });
      if (text === undefined) throw new FileTooLargeError(size);
      return text;
    },
    async readDirectory(uri) {
      if (!offered()) throw notOffered(uri);
      return connection.sendRequest(ReadDirectoryRequest, { uri });
    },
    // The editor's file systems show no links to the server: a file is where it is named.
    realUri: async (uri) => ((await stat(uri)) ? uri : undefined),
  };
}
