/** The files `mlsd lint` reads: those named on the command line, and the design docs found in named folders. */
import { readFile, stat } from 'node:fs/promises';
import { type DocFormat, namedFileFormat } from '../engine';
import { documentFiles, nodeFileSystem } from '../workspace';
import { fileErrorReason } from './fileErrors';

export class InputError extends Error {}

export interface DesignDocFile {
  path: string;
  text: string;
  format: DocFormat;
}

/** Decides whether a file found in a folder is a design doc to lint, and its format; undefined skips it. */
export type DesignDocFilter = (path: string, text: string) => DocFormat | undefined;

/**
 * Files to lint. A file named on the command line is always a design doc (its format from its extension); inside
 * folders only the files that `accept` takes are.
 */
export async function collectDesignDocs(paths: readonly string[], accept: DesignDocFilter): Promise<DesignDocFile[]> {
  const files: DesignDocFile[] = [];
  for (const path of paths) {
    if (await isFolder(path)) {
      const found = await documentFiles(nodeFileSystem, [path], {
        onUnreadable: (folder, error) => {
          throw new InputError(`${folder}: cannot read folder: ${fileErrorReason(error)}`);
        },
      });
      for (const file of found ?? []) {
        const text = await readOrThrow(file);
        const format = accept(file, text);
        if (format) files.push({ path: file, text, format });
      }
    } else {
      files.push({ path, text: await readOrThrow(path), format: namedFileFormat(path) });
    }
  }
  return files;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw new InputError(`${path}: ${fileErrorReason(error)}`);
  }
}

async function readOrThrow(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read file: ${fileErrorReason(error)}`);
  }
}
