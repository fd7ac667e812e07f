/**
 * The `.gitignore` files that apply to a path, as git reads them: every `.gitignore` from the repository's top folder
 * down to the path's folder, each pattern relative to its own folder. Outside a repository, the `.gitignore` files
 * from the folder being linted down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitIgnores {
  private readonly rules = new Map<string, Ignore | undefined>();
  private readonly tops = new Map<string, string>();

  /** Whether git would ignore `path` (a folder when `isFolder`), found while walking from `start`. */
  ignores(start: string, path: string, isFolder: boolean): boolean {
    const absolute = resolve(path);
    const top = this.topFolder(resolve(start));
    const folders: string[] = [];
    for (let folder = dirname(absolute); ; folder = dirname(folder)) {
      folders.unshift(folder);
      if (folder === top || dirname(folder) === folder) break;
    }
    return folders.some((folder) => {
      const rules = this.rulesIn(folder);
      const rel = relative(folder, absolute).split(sep).join('/');
      return rules !== undefined && rel !== '' && rules.ignores(isFolder ? `${rel}/` : rel);
    });
  }

  /** The repository's top folder (the one holding .git), else `start` itself. */
  private topFolder(start: string): string {
    let top = this.tops.get(start);
    if (top === undefined) {
      top = start;
      for (let folder = start; ; folder = dirname(folder)) {
        if (existsSync(join(folder, '.git'))) {
          top = folder;
          break;
        }
        if (dirname(folder) === folder) break;
      }
      this.tops.set(start, top);
    }
    return top;
  }

  private rulesIn(folder: string): Ignore | undefined {
    if (!this.rules.has(folder)) {
      const file = join(folder, '.gitignore');
      this.rules.set(folder, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : undefined);
    }
    return this.rules.get(folder);
  }
}
