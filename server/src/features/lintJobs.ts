/**
 * The lint worker's side (see ./lintWorker): lints each job it is sent. It brings the engine in, so the server loads
 * it only in the worker thread, with `import()`.
 */
import { parentPort } from 'node:worker_threads';
import { coverageSummary, defaultRules, lint, parseDesignDoc } from '../engine';
import type { LintJob, LintReply } from './offThreadLint';

/** Findings are copied to plain data (fixes included) for the reply. */
export function serveLintJobs(): void {
  parentPort?.on('message', (job: LintJob) => {
    let reply: LintReply;
    try {
      const doc = parseDesignDoc(job.text, job.format);
      const findings = lint(doc, { rules: defaultRules, severities: job.severities }).map((finding) => ({
        ...finding,
      }));
      reply = { id: job.id, result: { findings, coverage: coverageSummary(doc) } };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
