import { isAbsolute, relative } from 'node:path';
import type { ConfigProblem } from '../engine';
import { filePathOf } from '../workspace/node';

/** `file:line:col: message`, with the file relative to the working folder when it lies inside it. */
export function formatProblem(problem: ConfigProblem): string {
  const path = filePathOf(problem.file) ?? problem.file;
  const rel = relative(process.cwd(), path);
  const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return `${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
}
