/** git's ignore rules for `file:` URIs (Node only: .gitignore files are read from the disk); other schemes: none. */
import { GitIgnores } from './gitignore';
import { filePathOf } from './nodeUris';

export function gitIgnoredUris(): (start: string, uri: string, isFolder: boolean) => boolean {
  const gitignores = new GitIgnores();
  return (start, uri, isFolder) => {
    const [startPath, path] = [filePathOf(start), filePathOf(uri)];
    return startPath !== undefined && path !== undefined && gitignores.ignores(startPath, path, isFolder);
  };
}
