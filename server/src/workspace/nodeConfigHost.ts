/**
 * Config files on the disk, read within bounds (./configBounds.ts): links are resolved before the bounds are
 * judged, only regular files are read, and never more than the size limit (a file that grows while it is read
 * included). Synchronous: a document's plan is decided in one go, before it is parsed.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ConfigHost } from '../engine';
import { mayLookAt, maxConfigBytes, outOfBounds, tooLarge, type ConfigBounds } from './configBounds';
import { fileErrorReason } from './fileErrors';

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The bounds with their roots' links resolved, as the paths they are compared with. */
function realBounds(bounds: ConfigBounds): ConfigBounds {
  return { ...bounds, roots: bounds.roots.map((root) => realOrUndefined(root) ?? root) };
}

/** Reads at most `maxConfigBytes + 1` bytes of a regular file; throws the reason it will not. */
function readBounded(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    const refused = tooLarge(stat.size);
    if (refused) throw new Error(refused);
    const buffer = Buffer.alloc(maxConfigBytes + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    const grown = tooLarge(length);
    if (grown) throw new Error(grown);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** The disk as the config files see it, within `bounds` (asked on every read: the workspace and its trust change). */
export function nodeConfigHost(bounds: () => ConfigBounds): ConfigHost {
  return {
    readFile(path) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw new Error(fileErrorReason(error));
      }
      const refused = outOfBounds(real, realBounds(bounds()));
      if (refused) throw new Error(refused);
      try {
        return readBounded(real);
      } catch (error) {
        throw new Error(fileErrorReason(error));
      }
    },
    // Anything but a folder counts as there: what it is (a device, a link out) is a problem reported when it is read.
    isFile(path) {
      const folder = dirname(path);
      if (!mayLookAt(path, realOrUndefined(folder) ?? folder, realBounds(bounds()))) return false;
      try {
        return !lstatSync(path).isDirectory();
      } catch {
        return false;
      }
    },
  };
}
