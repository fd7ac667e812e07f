import { performance } from 'node:perf_hooks';

/** Median time of `run` over `rounds` rounds after a warm-up, in milliseconds. */
export function median(run: () => void, rounds = 30): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}
