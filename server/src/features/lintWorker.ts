/**
 * Linting off the main thread. The server answers every editor request on one thread, so what would hold it up is
 * linted in a worker thread (the same bundle, started as a worker: ./lintJobs): a very large open document, whose
 * parse takes seconds, and the workspace's design docs that are not open. Each use has a worker of its own, so a big
 * document never queues behind the workspace's files; a worker stops after `idleMs` without work and starts again
 * with the next job.
 */
import { Worker } from 'node:worker_threads';
import type { DocFormat } from '../../../common/types';
import type { DiagramOutcomes, LintConfig } from '../engine';
import type { LintJob, LintReply, LintResult, OffThreadLinter } from './offThreadLint';

export interface LintWorkerOptions {
  /** How long the worker may sit without a job before it stops (default a minute). */
  idleMs?: number;
  /** Told when the worker starts and stops, for the server log. */
  onEvent?: (event: 'started' | 'stopped') => void;
}

/** The main thread's side: one worker, started on first use, jobs answered in order. */
export class LintWorker implements OffThreadLinter {
  private worker: Worker | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private next = 0;
  private readonly pending = new Map<number, { resolve(result: LintResult): void; reject(error: Error): void }>();
  /** A change applies from the next idle period. */
  idleMs: number;

  constructor(
    private readonly script: string,
    private readonly options: LintWorkerOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 60_000;
  }

  lint(text: string, format: DocFormat, config: LintConfig, outcomes?: DiagramOutcomes): Promise<LintResult> {
    const worker = this.start();
    clearTimeout(this.idleTimer);
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, format, config, outcomes } satisfies LintJob);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (reply: LintReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.stopWhenIdle(worker);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    // A worker that dies takes its jobs with it: they fail (and are logged), the next job starts a new worker.
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`the lint worker stopped (exit code ${code})`)));
    this.worker = worker;
    this.options.onEvent?.('started');
    return worker;
  }

  private stopWhenIdle(worker: Worker): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker !== worker || this.pending.size > 0) return;
      this.worker = undefined;
      void worker.terminate();
      this.options.onEvent?.('stopped');
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // stopped when idle: it had no jobs
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
