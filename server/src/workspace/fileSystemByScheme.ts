/** One file system for every URI: each scheme's own where there is one (the disk for `file:`), else `otherwise`. */
import type { WorkspaceFileSystem } from './fileSystem';

export function fileSystemByScheme(
  schemes: Readonly<Record<string, WorkspaceFileSystem>>,
  otherwise: WorkspaceFileSystem,
): WorkspaceFileSystem {
  const pick = (uri: string): WorkspaceFileSystem => {
    const scheme = /^([a-z][\w+.-]*):/i.exec(uri)?.[1].toLowerCase();
    return (scheme !== undefined && Object.hasOwn(schemes, scheme) ? schemes[scheme] : undefined) ?? otherwise;
  };
  return {
    stat: (uri) => pick(uri).stat(uri),
    readFile: (uri, maxBytes) => pick(uri).readFile(uri, maxBytes),
    readDirectory: (uri) => pick(uri).readDirectory(uri),
    realUri: (uri) => pick(uri).realUri(uri),
  };
}
