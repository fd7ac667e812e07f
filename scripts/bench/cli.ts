/**
 * Wall time of `mlsd lint` on many docs, with one worker and with one per core when the CLI has `--jobs`; without
 * it, the serial time alone and no speed-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { root } from './bundles';
import type { BenchFile } from './corpus';
import { median } from './timing';

const cliPath = join(root, 'dist', 'cli', 'cli.js');

export interface CliTimes {
  /** Median wall time per worker count ('1' and the core count), or `serial` when there is no --jobs. */
  ms: Record<string, number>;
  speedup: number | null;
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whether `mlsd lint --help` lists a `--jobs` option. */
export function cliHasJobs(): boolean {
  return /--jobs\b/.test(runCli(['lint', '--help']).stdout);
}

function timeLint(folder: string, extra: string[], rounds: number): number {
  const times: number[] = [];
  // One untimed run first: the OS caches the files and the bundle.
  for (let i = 0; i <= rounds; i++) {
    const start = performance.now();
    const result = runCli(['lint', folder, '--format', 'json', ...extra]);
    const time = performance.now() - start;
    // Exit code 1 means findings of severity error; 2 a failure.
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`mlsd lint failed (exit ${result.status}): ${result.stderr}`);
    if (i > 0) times.push(time);
  }
  return median(times);
}

export function measureCli(files: BenchFile[], workers: number, rounds: number): CliTimes {
  const folder = mkdtempSync(join(tmpdir(), 'mlsd-bench-'));
  try {
    for (const file of files) writeFileSync(join(folder, file.name), file.text);
    if (!cliHasJobs()) return { ms: { serial: timeLint(folder, [], rounds) }, speedup: null };
    const one = timeLint(folder, ['--jobs', '1'], rounds);
    const all = timeLint(folder, ['--jobs', String(workers)], rounds);
    return { ms: { '1': one, [String(workers)]: all }, speedup: one / all };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
