import { isAbsolute, relative } from 'node:path';
import type { ConfigProblem } from '../engine';
import { filePathOf } from '../workspace/node';

/**
 * `file:line:col: message` (`file: message` for a problem of the whole file), with the file relative to the working
 * folder when it lies inside it.
 */
export function formatProblem(problem: ConfigProblem): string {
  const path = filePathOf(problem.file) ?? problem.file;
  const rel = relative(process.cwd(), path);
  const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  const { range } = problem;
  return `${file}${range ? `:${range.start.line + 1}:${range.start.character + 1}` : ''}: ${problem.message}`;
}
