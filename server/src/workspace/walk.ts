/**
 * The one folder walker: the Markdown and YAML files under some folders, for `mlsd lint FOLDER` and for the language
 * server's workspace symbols, through an injected file system. Folders and files are URIs.
 */
import { formatOfPath } from '../../../common/files';
import { childUri } from '../../../common/uris';
import type { WorkspaceFileSystem } from './fileSystem';

/** Dependencies and build output hold no design docs of the project; hidden folders (.git, .vscode) are skipped too. */
const skippedFolders = new Set(['node_modules', 'dist', 'out', 'build', 'coverage', 'target', 'vendor', '__pycache__']);

export interface WalkOptions {
  /** Stop after this many files (a bound for very large workspaces). */
  limit?: number;
  /** Checked before each folder is read; a cancelled walk gives undefined. */
  isCancelled?: () => boolean;
  /** A folder that cannot be read: skipped, unless this throws (the CLI stops there). */
  onUnreadable?: (folder: string, error: unknown) => void;
  /** Files and folders to leave out (the CLI's .gitignore); an ignored folder is not read. */
  isIgnored?: (uri: string, isFolder: boolean) => boolean;
}

/** The URIs of the Markdown and YAML files under the folders, depth first with names in order; undefined when cancelled. */
export async function documentFiles(
  fs: WorkspaceFileSystem,
  folders: readonly string[],
  options: WalkOptions = {},
): Promise<string[] | undefined> {
  const files: string[] = [];
  const limit = options.limit ?? Infinity;
  const visit = async (folder: string): Promise<boolean> => {
    if (options.isCancelled?.()) return false;
    let entries;
    try {
      entries = await fs.readDirectory(folder);
    } catch (error) {
      options.onUnreadable?.(folder, error);
      return true;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= limit) return true;
      const uri = childUri(folder, entry.name);
      if (options.isIgnored?.(uri, entry.kind === 'directory')) continue;
      if (entry.kind === 'directory') {
        if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name) && !(await visit(uri))) return false;
      } else if (entry.kind === 'file' && formatOfPath(entry.name)) {
        files.push(uri);
      }
    }
    return true;
  };
  for (const folder of folders) if (!(await visit(folder))) return undefined;
  return files;
}
