/**
 * Where `mlsd lint` lints files: the main thread, and worker threads running the CLI's own bundle. Each lane lints
 * one file at a time and keeps the models it parsed for that file's diagram pass; a worker lane holds a few files
 * queued (its `depth`) so it never waits for the main thread to read a result before it gets the next file.
 */
import { parentPort, Worker } from 'node:worker_threads';
import {
  FileLinter,
  type DiagramLintJob,
  type DiagramLintResult,
  type TextLintJob,
  type TextLintResult,
} from './fileLint';

export interface LintLane {
  /** How many files the lane is given at once. */
  readonly depth: number;
  lintText(job: TextLintJob): Promise<TextLintResult>;
  /** Only in the lane whose lintText kept the file's model. */
  lintDiagrams(job: DiagramLintJob): Promise<DiagramLintResult>;
  close(): Promise<void>;
}

type LaneRequest = { id: number } & ({ kind: 'text'; job: TextLintJob } | { kind: 'diagrams'; job: DiagramLintJob });
type LaneReply = { id: number } & ({ result: TextLintResult | DiagramLintResult } | { error: string });

/** The main thread's lane: it yields between files, so the workers' replies are read while it lints. */
export function mainThreadLane(): LintLane {
  const linter = new FileLinter();
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    depth: 1,
    lintText: async (job) => (await turn(), linter.lintText(job)),
    lintDiagrams: async (job) => (await turn(), linter.lintDiagrams(job)),
    close: () => Promise.resolve(),
  };
}

/** A worker thread running `script` (the CLI bundle), which serves the requests with serveLintLane. */
export class WorkerLane implements LintLane {
  /**
   * The file being linted and two more queued: the main thread reads a result only between two files of its own,
   * so a worker given one file at a time sat idle for about half a file after each (a third of its time).
   */
  readonly depth = 3;
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.on('message', (reply: LaneReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`a lint worker stopped (exit code ${code})`)));
  }

  lintText(job: TextLintJob): Promise<TextLintResult> {
    return this.request({ kind: 'text', job }) as Promise<TextLintResult>;
  }

  lintDiagrams(job: DiagramLintJob): Promise<DiagramLintResult> {
    return this.request({ kind: 'diagrams', job }) as Promise<DiagramLintResult>;
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private request(request: { kind: 'text'; job: TextLintJob } | { kind: 'diagrams'; job: DiagramLintJob }) {
    const id = ++this.next;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...request } satisfies LaneRequest);
    });
  }

  private fail(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** The worker thread's side of a WorkerLane. */
export function serveLintLane(): void {
  const linter = new FileLinter();
  parentPort?.on('message', (request: LaneRequest) => {
    let reply: LaneReply;
    try {
      const result = request.kind === 'text' ? linter.lintText(request.job) : linter.lintDiagrams(request.job);
      reply = { id: request.id, result };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
