/** Runs the built `mlsd` and `mlsd-language-server` binaries as users do, and makes temp folders the tests remove. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

export const root = join(__dirname, '..', '..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Standard input; none (an empty, closed stdin) by default. */
  input?: string;
  env?: NodeJS.ProcessEnv;
}

export function runBinary(binary: string, args: readonly string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [binary, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input ?? '',
    env: options.env ?? process.env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const mlsdAt = (options: RunOptions, ...args: string[]): RunResult =>
  runBinary(join(root, 'bin', 'mlsd.js'), args, options);

export const mlsd = (...args: string[]): RunResult => mlsdAt({}, ...args);

/** A temp folder holding `files` (relative path -> text), removed when the test file ends. */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A Node stack frame: no user error may print one. */
export const stackFrame = /^\s+at [^\n(]*\([^\n)]*:\d+:\d+\)$/m;
