/**
 * Every file the CLI writes goes through here, so no command can destroy what the user wrote: an existing file is
 * replaced only with --force, never when it is one of the command's own inputs (or a link to one), except by
 * `lint --fix`, which rewrites its inputs in place but never through a symbolic link; and the bytes land
 * in a temporary file next to the target that is then linked or renamed into place. A crash or a full disk leaves
 * either the old file or the new one, never half of each, and a symbolic link at the target is replaced itself
 * rather than written through to wherever it points.
 */
import { linkSync, lstatSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { fileErrorReason } from '../workspace';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputOptions {
  /** Replace an existing file (never an input). */
  force: boolean;
  /** Files the command reads: the output may never be one of them, even with --force. */
  inputs?: readonly string[];
}

/** Why a file was not written, worded for `mlsd: <path>: <reason>`. */
export class OutputError extends Error {}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputError(`cannot check: ${fileErrorReason(error)}`);
  }
}

/** The same file on disk: one inode, whatever the path, link or hard link that names it. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Checks that `target` may be written; throws OutputError with the reason when not. */
function checkTarget(target: string, options: OutputOptions): Stats | undefined {
  const existing = lstatOrUndefined(target);
  if (!existing) return undefined;
  if ((options.inputs ?? []).some((input) => sameFile(resolve(input), target))) {
    throw new OutputError('is the input of this command; write the output to another file');
  }
  if (existing.isDirectory()) throw new OutputError('is a folder');
  if (!existing.isFile() && !existing.isSymbolicLink()) throw new OutputError('is not a regular file');
  if (!options.force) {
    const what = existing.isSymbolicLink() ? 'already exists (a symbolic link)' : 'already exists';
    throw new OutputError(`${what}; use --force to replace it`);
  }
  return existing;
}

let sequence = 0;

/** A name next to the target, hidden and unique to this process, so the final rename stays on one file system. */
function temporaryNameFor(target: string): string {
  sequence += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${sequence}.tmp`);
}

/**
 * Writes `content` to `path` atomically. Throws OutputError (already exists, is an input, cannot write ...) and
 * leaves the disk as it was.
 */
export function writeOutputFile(path: string, content: string, options: OutputOptions): void {
  const target = resolve(path);
  const existing = checkTarget(target, options);
  const temporary = temporaryNameFor(target);
  try {
    // A replaced regular file keeps its permissions; a new file gets the default ones (the umask applies).
    writeFileSync(temporary, content, { flag: 'wx', mode: existing?.isFile() ? existing.mode & 0o777 : 0o666 });
    if (options.force) renameSync(temporary, target);
    else placeWithoutReplacing(temporary, target, content);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputError(
      code === 'EEXIST' ? 'already exists; use --force to replace it' : `cannot write: ${fileErrorReason(error)}`,
    );
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed into place, or never created.
    }
  }
}

/**
 * Replaces the regular file at `path` (a design doc `lint --fix` fixed) atomically, keeping its permissions. A symbolic
 * link is refused: renaming over it would replace the link, writing through it would change a file that may lie
 * outside the folder being linted. Throws OutputError with the reason and leaves the disk as it was.
 */
export function replaceFile(path: string, content: string): void {
  const target = resolve(path);
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) throw new OutputError('is a symbolic link; fix the file it points to instead');
  if (!existing?.isFile()) throw new OutputError('is not a regular file');
  const temporary = temporaryNameFor(target);
  try {
    writeFileSync(temporary, content, { flag: 'wx', mode: existing.mode & 0o777 });
    renameSync(temporary, target);
  } catch (error) {
    throw new OutputError(fileErrorReason(error));
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed into place, or never created.
    }
  }
}

/**
 * Without --force a file that appears between the check and the write must survive too: link() fails when the target
 * exists, where rename() would replace it. File systems without hard links get an exclusive create instead.
 */
function placeWithoutReplacing(temporary: string, target: string, content: string): void {
  try {
    linkSync(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    writeFileSync(target, content, { flag: 'wx' });
  }
}
