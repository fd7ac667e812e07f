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
import type { LintJob, LintReply, LintResult, OffThreadLinter, OpenVersion, VersionLintResult } from './offThreadLint';

export interface LintWorkerOptions {
  /** How long the worker may sit without a job before it stops (default a minute). */
  idleMs?: number;
  /** Told when the worker starts and stops, for the server log. */
  onEvent?: (event: 'started' | 'stopped') => void;
}

/** A job waiting for the worker, and who waits for its result: any result, or one still wanted when its turn comes. */
type QueuedJob = { job: LintJob; reject(error: Error): void } & (
  | { wanted?: undefined; resolve(result: LintResult): void }
  | { wanted(): boolean; resolve(result: VersionLintResult | undefined): void }
);

/**
 * The main thread's side: one worker, started on first use, sent one job at a time in order. A job whose result is
 * no longer wanted when the worker gets free for it is dropped unlinted, so typing in a huge document never queues a
 * lint per keystroke behind the one running.
 */
export class LintWorker implements OffThreadLinter {
  private worker: Worker | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private next = 0;
  private readonly queue: QueuedJob[] = [];
  private running: QueuedJob | undefined;
  /** A change applies from the next idle period. */
  idleMs: number;

  constructor(
    private readonly script: string,
    private readonly options: LintWorkerOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 60_000;
  }

  lint(text: string, format: DocFormat, config: LintConfig, outcomes?: DiagramOutcomes): Promise<LintResult> {
    return new Promise((resolve, reject) =>
      this.enqueue({ job: { id: ++this.next, text, format, config, outcomes }, resolve, reject }),
    );
  }

  lintVersion(
    version: OpenVersion,
    text: string,
    format: DocFormat,
    config: LintConfig,
  ): Promise<VersionLintResult | undefined> {
    const job: LintJob = { id: ++this.next, text, format, config, uri: version.uri };
    return new Promise((resolve, reject) => this.enqueue({ job, wanted: () => version.wanted(), resolve, reject }));
  }

  private enqueue(queued: QueuedJob): void {
    clearTimeout(this.idleTimer);
    this.queue.push(queued);
    this.sendNext();
  }

  /** Sends the next wanted job when the worker is free; the unwanted ones before it resolve with no result. */
  private sendNext(): void {
    if (this.running) return;
    let queued = this.queue.shift();
    while (queued?.wanted && !queued.wanted()) {
      queued.resolve(undefined);
      queued = this.queue.shift();
    }
    if (!queued) {
      if (this.worker) this.stopWhenIdle(this.worker);
      return;
    }
    this.running = queued;
    this.start().postMessage(queued.job);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (reply: LintReply) => {
      const running = this.running;
      if (running?.job.id !== reply.id) return;
      this.running = undefined;
      if ('error' in reply) running.reject(new Error(reply.error));
      // A job with a `uri` (the only kind queued with `wanted`) is answered with its outline.
      else running.resolve(reply.result as VersionLintResult);
      this.sendNext();
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
      if (this.worker !== worker || this.running || this.queue.length > 0) return;
      this.worker = undefined;
      void worker.terminate();
      this.options.onEvent?.('stopped');
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // stopped when idle: it had no jobs
    this.worker = undefined;
    const failed = [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    this.running = undefined;
    for (const queued of failed) queued.reject(error);
  }
}
