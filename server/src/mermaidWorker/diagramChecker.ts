/**
 * Checks Mermaid diagrams in a worker thread, for the language server and the CLI.
 *
 * - The worker starts on the first diagram that is not in the cache, and stops after `idleMs` without work; the next
 *   diagram starts it again. Outcomes are cached by source text (bounded, least recently used first out), so an edit
 *   elsewhere in a document parses nothing and an edit in one diagram parses that one.
 * - Sources go to the worker one at a time; one that takes longer than `timeoutMs` (or kills the worker) gets an
 *   'unchecked' outcome and the worker is replaced, so a hostile diagram cannot stall the others.
 * - The worker, the clock and the limits are injectable: tests count parses and drive the idle timer without sleeping.
 */
import type { DiagramOutcome } from '../engine';
import type { ParseRequest, ParseResponse } from './workerProtocol';

/** What the checker needs of a worker thread (node:worker_threads' Worker has it). */
export interface DiagramWorker {
  postMessage(request: ParseRequest): void;
  on(event: 'message', listener: (response: ParseResponse) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DiagramCheckerOptions {
  startWorker: () => DiagramWorker;
  /** Stop the worker after this long without work (default one minute). */
  idleMs?: number;
  /** Give up on one diagram after this long (default 10 s). */
  timeoutMs?: number;
  /** Outcomes kept (default 1,000 sources). */
  cacheSize?: number;
  clock?: Clock;
  /** Told when the worker starts or stops, for the server log. */
  onWorkerEvent?: (event: 'started' | 'stopped', detail: string) => void;
}

interface Job {
  source: string;
  /** keep: false for an outcome that says nothing about the source (the checker was stopped). */
  resolve(result: { outcome: DiagramOutcome; keep: boolean }): void;
}

const systemClock: Clock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class DiagramChecker {
  private worker: DiagramWorker | undefined;
  private readonly cache = new Map<string, DiagramOutcome>();
  private readonly pending = new Map<string, Promise<DiagramOutcome>>();
  private readonly queue: Job[] = [];
  private current: { job: Job; id: number; timer: unknown } | undefined;
  private idleTimer: unknown;
  private nextId = 0;
  private parseCount = 0;
  private readonly clock: Clock;
  /** How long the worker may sit idle before it stops; a change applies from the next idle period. */
  idleMs: number;
  private readonly timeoutMs: number;
  private readonly cacheSize: number;

  constructor(private readonly options: DiagramCheckerOptions) {
    this.clock = options.clock ?? systemClock;
    this.idleMs = options.idleMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.cacheSize = options.cacheSize ?? 1_000;
  }

  /** Whether a worker is running. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** How many sources were sent to Mermaid so far (cache misses). */
  get parses(): number {
    return this.parseCount;
  }

  /**
   * The outcome of every source; cached ones at once, the others once the worker has parsed them. `parsed` counts the
   * sources this call sent to Mermaid (not those cached or already on their way for another call).
   */
  async check(sources: readonly string[]): Promise<{ outcomes: Map<string, DiagramOutcome>; parsed: number }> {
    const unique = [...new Set(sources)];
    let parsed = 0;
    const pending = unique.map((source) => {
      const { outcome, queued } = this.outcome(source);
      if (queued) parsed++;
      return outcome;
    });
    const outcomes = await Promise.all(pending);
    return { outcomes: new Map(unique.map((source, i) => [source, outcomes[i]])), parsed };
  }

  /** The cached outcome of every source, or undefined when any is not cached yet (nothing is parsed). */
  cached(sources: readonly string[]): Map<string, DiagramOutcome> | undefined {
    const outcomes = new Map<string, DiagramOutcome>();
    for (const source of sources) {
      const outcome = this.cache.get(source);
      if (!outcome) return undefined;
      outcomes.set(source, outcome);
    }
    return outcomes;
  }

  /** Stops the worker now (server shutdown, end of a CLI run); the cache stays. */
  async stop(): Promise<void> {
    this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const stopped = { outcome: unchecked('the diagram checker was stopped'), keep: false };
    for (const job of this.queue.splice(0)) job.resolve(stopped);
    const current = this.current;
    if (current) {
      this.clock.clearTimeout(current.timer);
      this.current = undefined;
      current.job.resolve(stopped);
    }
    await this.terminate('stopped');
  }

  /** The outcome of one source; `queued` when this call sent it to the worker. */
  private outcome(source: string): { outcome: Promise<DiagramOutcome>; queued: boolean } {
    const cached = this.cache.get(source);
    if (cached) {
      // Least recently used goes first: re-insert to mark it used.
      this.cache.delete(source);
      this.cache.set(source, cached);
      return { outcome: Promise.resolve(cached), queued: false };
    }
    const pending = this.pending.get(source);
    if (pending) return { outcome: pending, queued: false };
    const outcome = new Promise<{ outcome: DiagramOutcome; keep: boolean }>((resolve) =>
      this.queue.push({ source, resolve }),
    ).then((result) => {
      this.pending.delete(source);
      // A source that timed out or killed the worker would do it again: it is not retried until it changes.
      if (result.keep) this.remember(source, result.outcome);
      return result.outcome;
    });
    this.pending.set(source, outcome);
    this.pump();
    return { outcome, queued: true };
  }

  private remember(source: string, outcome: DiagramOutcome): void {
    this.cache.set(source, outcome);
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** Sends the next job when the worker is free; arms the idle stop when there is nothing left. */
  private pump(): void {
    if (this.current) return;
    const job = this.queue.shift();
    this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (!job) {
      if (this.worker)
        this.idleTimer = this.clock.setTimeout(
          () => void this.terminate(`idle for ${this.idleMs / 1000} s`),
          this.idleMs,
        );
      return;
    }
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    const timer = this.clock.setTimeout(
      () => this.giveUp(`Mermaid took longer than ${this.timeoutMs / 1000} s`),
      this.timeoutMs,
    );
    this.current = { job, id, timer };
    this.parseCount++;
    worker.postMessage({ id, source: job.source });
  }

  private ensureWorker(): DiagramWorker {
    if (this.worker) return this.worker;
    const worker = this.options.startWorker();
    worker.on('message', (response) => {
      if (worker === this.worker && this.current?.id === response.id) this.finish(response.outcome);
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.giveUp(`the diagram worker failed: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.giveUp(`the diagram worker exited (code ${code})`);
    });
    this.worker = worker;
    this.options.onWorkerEvent?.('started', 'diagram worker started');
    return worker;
  }

  private finish(outcome: DiagramOutcome): void {
    const current = this.current;
    if (!current) return;
    this.clock.clearTimeout(current.timer);
    this.current = undefined;
    current.job.resolve({ outcome, keep: true });
    this.pump();
  }

  /** The current diagram failed the worker: it gets an 'unchecked' outcome, and a fresh worker takes the rest. */
  private giveUp(reason: string): void {
    const current = this.current;
    void this.terminate(reason);
    if (current) this.finish(unchecked(reason));
  }

  private async terminate(reason: string): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    this.clock.clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.options.onWorkerEvent?.('stopped', `diagram worker stopped: ${reason}`);
    await worker.terminate();
  }
}

function unchecked(reason: string): DiagramOutcome {
  return { kind: 'unchecked', reason };
}
