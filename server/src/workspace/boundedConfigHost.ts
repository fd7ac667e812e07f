/**
 * Config files read within bounds (./configBounds.ts) through a workspace file system: a file out of bounds as written
 * is not looked at, one in bounds is judged again with its links resolved, only regular files are read, and never
 * more than the size limit (a file that grows while it is read included). The same on the disk and in a browser's
 * virtual workspace.
 */
import { parentUri } from '../../../common/uris';
import type { ConfigHost } from '../engine';
import { mayLookAt, maxConfigBytes, outOfBounds, tooLarge, type ConfigBounds } from './configBounds';
import { fileErrorReason } from './fileErrors';
import { FileTooLargeError, type WorkspaceFileSystem } from './fileSystem';

/** The file system as the config files see it, within `bounds` (asked on every read: the workspace and its trust change). */
export function boundedConfigHost(fs: WorkspaceFileSystem, bounds: () => ConfigBounds): ConfigHost {
  const real = async (uri: string): Promise<string> => {
    try {
      return (await fs.realUri(uri)) ?? uri;
    } catch {
      return uri;
    }
  };
  /** The bounds with their roots' links resolved, as the URIs they are compared with. */
  const realBounds = async (): Promise<ConfigBounds> => {
    const current = bounds();
    return { ...current, roots: await Promise.all(current.roots.map(real)) };
  };
  /** The bounds a URI as written is judged by: the roots as given or with their links resolved. */
  const writtenBounds = async (): Promise<ConfigBounds> => {
    const resolved = await realBounds();
    return { ...resolved, roots: [...bounds().roots, ...resolved.roots] };
  };

  return {
    async readFile(uri) {
      const refusedAsWritten = outOfBounds(uri, await writtenBounds());
      if (refusedAsWritten) throw new Error(refusedAsWritten);
      let target: string | undefined;
      try {
        target = await fs.realUri(uri);
      } catch (error) {
        throw new Error(fileErrorReason(error));
      }
      if (target === undefined) return undefined;
      const refused = outOfBounds(target, await realBounds());
      if (refused) throw new Error(refused);
      try {
        const info = await fs.stat(target);
        if (!info) return undefined; // gone since its links were resolved
        if (info.kind !== 'file') throw new Error('not a regular file');
        const large = tooLarge(info.size);
        if (large) throw new Error(large);
        return await fs.readFile(target, maxConfigBytes);
      } catch (error) {
        throw new Error(FileTooLargeError.is(error) ? tooLarge(error.size) : fileErrorReason(error));
      }
    },
    // Anything but a folder counts as there: what it is (a device, a link out) is a problem reported when it is read.
    async isFile(uri) {
      if (!mayLookAt(uri, await real(parentUri(uri)), await realBounds())) return false;
      try {
        const info = await fs.stat(uri);
        return info !== undefined && info.kind !== 'directory';
      } catch {
        return false;
      }
    },
  };
}
