/**
 * Which files a config lookup or an `extends` may read. A config file comes with the project, maybe from a pull
 * request: `"extends": "/dev/zero"` must not hang the linter, nor `"extends": "/etc/passwd"` publish the file's lines
 * as diagnostics. So a config file is read only when it is
 * - a regular file (not a device, a pipe or a folder) of at most `maxConfigBytes`, and
 * - inside one of the roots (the workspace folders; for the CLI the current folder and the paths it was given), or,
 *   in a trusted workspace, a file named like a config file (`.mlsdrc.json` …) wherever it is: the nearest one up
 *   the tree, or the user's home config.
 * Anything else is a clear config problem, reported on the `extends` entry that named it. The policy is here; the
 * ConfigHost over a workspace file system (./boundedConfigHost) applies it to the files as it finds them (links
 * resolved). Files and folders are URIs: a virtual workspace's config files stay in bounds the same way.
 */
import { isConfigFile } from '../../../common/files';
import { isWithin } from '../../../common/uris';

/** Larger config files are refused: a real one is a few hundred bytes. */
export const maxConfigBytes = 256 * 1024;

export interface ConfigBounds {
  /** The URIs of the folders whose files may be read. */
  roots: readonly string[];
  /** Untrusted: nothing outside the roots is read, not even a config file up the tree. */
  trusted: boolean;
}

/** Why the file at `real` (a URI with its links resolved) may not be read, or undefined when it may. */
export function outOfBounds(real: string, bounds: ConfigBounds): string | undefined {
  if (bounds.roots.some((root) => isWithin(root, real))) return undefined;
  if (bounds.trusted && isConfigFile(real)) return undefined;
  return bounds.trusted
    ? 'outside the workspace: a config file may extend files inside the workspace, or a config file such as ~/.mlsdrc.json'
    : 'outside the workspace, which is not trusted: only files inside it are read';
}

/**
 * Whether the lookup up the tree may look at `uri` (in a folder whose real URI is `realFolder`): where it looks
 * must be in bounds; what a link found there points to is judged when it is read.
 */
export function mayLookAt(uri: string, realFolder: string, bounds: ConfigBounds): boolean {
  return outOfBounds(realFolder, bounds) === undefined || (bounds.trusted && isConfigFile(uri));
}

/** Why a file of `size` bytes is refused, or undefined when it is small enough. */
export function tooLarge(size: number): string | undefined {
  return size > maxConfigBytes
    ? `${Math.ceil(size / 1024)} KB; a config file may be at most ${maxConfigBytes / 1024} KB`
    : undefined;
}
