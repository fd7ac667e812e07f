/** Repeated timing with a warm-up, and the order statistics the bench reports. */
import { performance } from 'node:perf_hooks';

export interface Rounds {
  warmup: number;
  /** At least this many timed rounds... */
  minRounds: number;
  /** ...and more until this much time has been spent timing, up to maxRounds. */
  minTimeMs: number;
  maxRounds: number;
}

/** Nearest-rank percentile (p in (0, 1]) of a non-empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) throw new Error('percentile of an empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

/**
 * The median duration in milliseconds of each of `runs`, after `warmup` untimed rounds. A round runs each once, in
 * turn, so tools compared with each other share whatever else the machine is doing while they are timed.
 */
export function interleavedMediansMs(runs: readonly (() => void)[], rounds: Rounds): number[] {
  for (let i = 0; i < rounds.warmup; i++) for (const run of runs) run();
  const times: number[][] = runs.map(() => []);
  let spent = 0;
  for (let round = 0; round < rounds.maxRounds && (round < rounds.minRounds || spent < rounds.minTimeMs); round++) {
    runs.forEach((run, k) => {
      const start = performance.now();
      run();
      const time = performance.now() - start;
      times[k].push(time);
      spent += time;
    });
  }
  return times.map(median);
}
