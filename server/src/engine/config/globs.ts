/** Glob matching for design-doc globs and ignore lists, each list compiled once. */
import picomatch from 'picomatch';
import { uriInside } from '../../../../common/uris';
import { memoByText } from '../model/cache';
import type { GlobList } from './configFile';

/** Globs that match a path case-insensitively, dot files included (design-doc globs). */
export function matchesGlobs(globs: readonly string[], path: string): boolean {
  return designDocMatcher(globs.join('\0'))(path);
}

const designDocMatcher = memoByText(64, (key) => picomatch(key.split('\0'), { dot: true, nocase: true }));

/**
 * gitignore-like globs: `drafts/**` and `drafts` both cover the folder's contents, and a pattern without a slash
 * (`*.draft.md`, `archive`) matches a file or folder name at any depth.
 */
const ignoreMatcher = memoByText(64, (key) => {
  const patterns = key.split('\0').flatMap((glob) => {
    const g = glob.replace(/^\.\//, '').replace(/(?<!\/)\/+$/, '');
    return g.includes('/') ? [g, `${g}/**`] : [g, `${g}/**`, `**/${g}`, `**/${g}/**`];
  });
  return picomatch(patterns, { dot: true });
});

/** Whether any of the glob lists ignores the file at `uri`. */
export function isIgnored(uri: string, lists: readonly GlobList[]): boolean {
  return lists.some((list) => {
    const rel = uriInside(list.base, uri);
    return rel !== undefined && list.globs.length > 0 && ignoreMatcher(list.globs.join('\0'))(rel);
  });
}
