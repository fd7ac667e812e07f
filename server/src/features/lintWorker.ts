/**
 * Linting very large documents off the main thread. Parsing a document of megabytes takes seconds, and the server
 * answers every editor request on one thread: such a document is linted in a worker thread (the same bundle, started
 * as a worker: ./lintJobs), so the other documents' diagnostics, hovers and completions never wait for it.
 */
import { Worker } from 'node:worker_threads';
import type { SeverityOrOff } from '../../../common/rules';
import type { DocFormat } from '../../../common/types';
import type { LintJob, LintReply, LintResult, OffThreadLinter } from './offThreadLint';

/** The main thread's side: one worker, started on first use, jobs answered in order. */
export class LintWorker implements OffThreadLinter {
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<number, { resolve(result: LintResult): void; reject(error: Error): void }>();

  constructor(private readonly script: string) {}

  lint(text: string, format: DocFormat, severities: Record<string, SeverityOrOff>): Promise<LintResult> {
    const worker = this.start();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, format, severities } satisfies LintJob);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (reply: LintReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    // A worker that dies takes its jobs with it: they fail (and are logged), the next job starts a new worker.
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the lint worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
