/**
 * The files `mlsd lint` reads: those named on the command line, and the design docs found in named folders and
 * glob patterns (the shell leaves a quoted pattern to us), less what .gitignore ignores. Files that are not text to
 * lint are set aside with the reason.
 */
import { readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { uriInside } from '../../../common/uris';
import { type DocFormat, namedFileFormat } from '../engine';
import { decodeText, documentFiles, fileErrorReason, tooLarge, type Decoded } from '../workspace';
import { fileUri, GitIgnores, nodeFileSystem } from '../workspace/node';

export class InputError extends Error {}

export interface DesignDocFile {
  path: string;
  text: string;
  format: DocFormat;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface DesignDocs {
  files: DesignDocFile[];
  skipped: SkippedFile[];
}

/**
 * Decides whether a file found in a folder is a design doc to lint, and its format; undefined skips it. Called with
 * an empty text, it says whether the file's name alone makes it one.
 */
export type DesignDocFilter = (path: string, text: string) => Promise<DocFormat | undefined>;

/**
 * Files to lint. A file named on the command line is always a design doc (its format from its extension); in folders
 * and glob matches only the files that `accept` takes are, and a file skipped there is listed only when its name
 * makes it a design doc. `onFound` hears how many design docs are found so far, as they are.
 */
export async function collectDesignDocs(
  paths: readonly string[],
  accept: DesignDocFilter,
  onFound?: (files: number) => void,
): Promise<DesignDocs> {
  const result: DesignDocs = { files: [], skipped: [] };
  const seen = new Set<string>();
  const gitignores = new GitIgnores();
  const add = (path: string, read: Decoded, format: DocFormat | undefined): void => {
    if ('skipped' in read) result.skipped.push({ path, reason: read.skipped });
    else if (format) {
      result.files.push({ path, text: read.text, format });
      onFound?.(result.files.length);
    }
  };
  for (const path of paths) {
    const kind = await pathKind(path);
    if (kind === 'file') {
      if (seen.has(resolve(path))) continue;
      seen.add(resolve(path));
      add(path, readText(path), namedFileFormat(path));
      continue;
    }
    const found = kind === 'folder' ? await walk(path, gitignores) : await globMatches(path, gitignores);
    for (const file of found.filter((candidate) => !seen.has(resolve(candidate)))) {
      seen.add(resolve(file));
      const read = readText(file);
      if ('text' in read) add(file, read, await accept(file, read.text));
      else if (await accept(file, '')) add(file, read, undefined);
    }
  }
  return result;
}

async function pathKind(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new InputError(`${path}: ${fileErrorReason(error)}`);
  }
}

/** The design-doc candidates under `folder`, as paths that start with `folder` as the user wrote it. */
async function walk(folder: string, gitignores: GitIgnores): Promise<string[]> {
  const folderUri = fileUri(resolve(folder));
  const pathOf = (uri: string): string => join(folder, uriInside(folderUri, uri) ?? '');
  const found = await documentFiles(nodeFileSystem, [folderUri], {
    onUnreadable: (unreadable, error) => {
      throw new InputError(`${pathOf(unreadable)}: cannot read folder: ${fileErrorReason(error)}`);
    },
    isIgnored: (uri, isFolder) => gitignores.ignores(folder, pathOf(uri), isFolder),
  });
  return (found ?? []).map(pathOf);
}

/** The files a glob pattern matches, searched from the folder its pattern starts with; a plain path that does not exist is an error. */
async function globMatches(pattern: string, gitignores: GitIgnores): Promise<string[]> {
  const { isGlob, base, glob } = picomatch.scan(pattern);
  if (!isGlob) throw new InputError(`${pattern}: no such file or folder`);
  const folder = base || '.';
  if ((await pathKind(folder)) !== 'folder') return [];
  const matches = picomatch(glob);
  return (await walk(folder, gitignores)).filter((file) => matches(relative(folder, file).split(sep).join('/')));
}

/**
 * The text of one file, or why it is skipped; a file that cannot be read is an InputError naming it. Read at once: the
 * CLI has nothing else to do meanwhile, and a synchronous read of a small file costs a fraction of a promise's.
 */
export function readText(path: string): Decoded {
  try {
    const large = tooLarge(statSync(path).size);
    return large ? { skipped: large } : decodeText(readFileSync(path));
  } catch (error) {
    throw new InputError(`${path}: cannot read file: ${fileErrorReason(error)}`);
  }
}

/**
 * The one design doc a command reads (explain, report), or what is wrong with the path in one line: missing,
 * unreadable, skipped (binary, not UTF-8, too large) or a folder.
 */
export async function readOneDesignDoc(path: string, command: string): Promise<DesignDocFile | string> {
  let found: DesignDocs;
  try {
    found = await collectDesignDocs([path], () => Promise.resolve(undefined));
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  const { files, skipped } = found;
  if (skipped.length === 1 && files.length === 0 && skipped[0].path === path)
    return `${path}: cannot ${command}: ${skipped[0].reason}`;
  const [file] = files;
  if (files.length !== 1 || file.path !== path) return `${path}: is a folder; ${command} reads one design doc`;
  return file;
}
