/** What the bench ran on: the figures mean little without it. */
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  ram_gb: number;
  os: string;
  /**
   * The 1-minute load average when the run started and when it ended: other work on the machine slows both sides of
   * a ratio, but absolute times only one run's worth.
   */
  load: { start: number; end: number };
}

export function describeMachine(loadAtStart: number): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    ram_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    load: { start: loadAtStart, end: currentLoad() },
  };
}

/** The 1-minute load average, rounded to a tenth; 0 where the OS has none (Windows). */
export const currentLoad = (): number => Math.round(loadavg()[0] * 10) / 10;
