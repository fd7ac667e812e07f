import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocFormat } from '../engine/model';
import { designDocFormat } from '../engine/designDocs';

export class InputError extends Error {}

export interface DesignDocFile {
  path: string;
  text: string;
  format: DocFormat;
}

const skippedFolders = new Set(['node_modules', '.git', 'dist', 'out']);

/** Decides whether a file found in a folder is a design doc to lint, and its format; undefined skips it. */
export type DesignDocFilter = (path: string, text: string) => DocFormat | undefined;

/**
 * Files to lint. A file named on the command line is always a design doc (its format from its
 * extension); inside folders only files that `accept` takes are (by default: design docs by name or marker).
 */
export function collectDesignDocs(paths: readonly string[], accept: DesignDocFilter = designDocFormat): DesignDocFile[] {
  const files: DesignDocFile[] = [];
  for (const path of paths) {
    const stat = statOrThrow(path);
    if (stat.isDirectory()) walk(path, files, accept);
    else files.push({ path, text: readOrThrow(path), format: /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown' });
  }
  return files;
}

function walk(folder: string, files: DesignDocFile[], accept: DesignDocFilter): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`${folder}: cannot read folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.')) walk(path, files, accept);
    } else if (entry.isFile() && /\.(?:md|markdown|ya?ml)$/i.test(entry.name)) {
      const text = readOrThrow(path);
      const format = accept(path, text);
      if (format) files.push({ path, text, format });
    }
  }
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? String(error)})`}`);
  }
}

function readOrThrow(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
