/**
 * The workspace file system as the language server composes it: each URI scheme to its own file system (the disk for
 * `file:`, the editor for the rest), and config files read within bounds through any of them, here an in-memory one
 * standing in for the editor's, which has no links.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  boundedConfigHost,
  fileSystemByScheme,
  FileTooLargeError,
  maxConfigBytes,
  type WorkspaceFileSystem,
} from '../../server/src/workspace';

/** Files by URI (the text `folder` stands for a folder), and every URI asked about, in order. */
function memoryFileSystem(files: Record<string, string>, asked: string[] = []): WorkspaceFileSystem {
  const at = (uri: string) => {
    asked.push(uri);
    return files[uri];
  };
  return {
    stat: (uri) => {
      const entry = at(uri);
      if (entry === undefined) return Promise.resolve(undefined);
      return Promise.resolve({ kind: entry === 'folder' ? 'directory' : 'file', size: entry.length, mtime: 0 });
    },
    readFile: (uri, maxBytes) => {
      const entry = at(uri);
      if (entry === undefined || entry === 'folder') return Promise.reject(new Error(`cannot read ${uri}`));
      if (maxBytes !== undefined && entry.length > maxBytes) return Promise.reject(new FileTooLargeError(entry.length));
      return Promise.resolve(entry);
    },
    readDirectory: () => Promise.resolve([]),
    realUri: (uri) => Promise.resolve(at(uri) === undefined ? undefined : uri),
  };
}

const repo = 'vscode-vfs://github/owner/repo';

describe('workspace file systems', () => {
  it('send each scheme to its own file system, any other to the fallback', async () => {
    const [toDisk, toEditor]: string[][] = [[], []];
    const both = fileSystemByScheme({ file: memoryFileSystem({}, toDisk) }, memoryFileSystem({}, toEditor));
    await both.stat('file:///a.md');
    await both.stat('FILE:///b.md');
    await both.stat(`${repo}/a.md`);
    await both.realUri('untitled:Untitled-1');
    assert.deepEqual(toDisk, ['file:///a.md', 'FILE:///b.md'], 'schemes in any case');
    assert.deepEqual(toEditor, [`${repo}/a.md`, 'untitled:Untitled-1']);
  });

  it('read config files in a virtual workspace within bounds, never asking about one outside them', async () => {
    const asked: string[] = [];
    const fs = memoryFileSystem(
      {
        [`${repo}/.mlsdrc.json`]: '{}',
        [`${repo}/big.json`]: 'x'.repeat(maxConfigBytes + 1),
        [`${repo}/folder.json`]: 'folder',
        'vscode-vfs://github/other/secret.json': '{}',
      },
      asked,
    );
    const host = boundedConfigHost(fs, () => ({ roots: [repo], trusted: true }));
    assert.equal(await host.readFile(`${repo}/.mlsdrc.json`), '{}');
    assert.equal(await host.readFile(`${repo}/missing.json`), undefined);
    await assert.rejects(host.readFile(`${repo}/big.json`), {
      message: /^257 KB; a config file may be at most 256 KB$/,
    });
    await assert.rejects(host.readFile(`${repo}/folder.json`), { message: 'not a regular file' });
    asked.length = 0;
    await assert.rejects(host.readFile('vscode-vfs://github/other/secret.json'), { message: /^outside the workspace/ });
    assert.equal(await host.isFile('vscode-vfs://github/other/secret.json'), false);
    assert.deepEqual(
      asked.filter((uri) => uri.includes('/other/')),
      [],
    );
  });

  it("know a file too large by the error's name, as another bundle's copy of the class throws it", async () => {
    /** The class as the language server's startup bundle has it: the same code, another class object. */
    class CopiedFileTooLargeError extends Error {
      override readonly name = 'FileTooLargeError';
      constructor(readonly size: number) {
        super(`${size} bytes`);
      }
    }
    const grown = maxConfigBytes + 2048;
    const fs: WorkspaceFileSystem = {
      ...memoryFileSystem({ [`${repo}/grows.json`]: '{}' }),
      readFile: () => Promise.reject(new CopiedFileTooLargeError(grown)),
    };
    assert.ok(FileTooLargeError.is(new CopiedFileTooLargeError(1)));
    assert.ok(!FileTooLargeError.is(new Error('1 bytes')));
    const host = boundedConfigHost(fs, () => ({ roots: [repo], trusted: true }));
    await assert.rejects(host.readFile(`${repo}/grows.json`), {
      message: /^258 KB; a config file may be at most 256 KB$/,
    });
  });
});
