/** Wall time of `mlsd lint` on many docs, with `--jobs 1` and with one job per core. */
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
  /** Median wall time per job count ('1' and the core count). */
  ms: Record<string, number>;
  speedup: number;
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Median wall time of `mlsd lint` on a folder or file over `rounds` runs, after one untimed run. */
export function timeLint(target: string, extra: string[], rounds: number): number {
  const times: number[] = [];
  // One untimed run first: the OS caches the files and the bundle.
  for (let i = 0; i <= rounds; i++) {
    const start = performance.now();
    const result = runCli(['lint', target, '--format', 'json', ...extra]);
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
    const one = timeLint(folder, ['--jobs', '1'], rounds);
    const all = timeLint(folder, ['--jobs', String(workers)], rounds);
    return { ms: { '1': one, [String(workers)]: all }, speedup: one / all };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
