/**
 * The lint worker's side (see ./lintWorker): lints each job it is sent. It brings the engine in, so the server loads
 * it only in the worker thread, with `import()`.
 */
import { parentPort } from 'node:worker_threads';
import { defaultRules, lint, lintDiagrams, lintPassData, parseDesignDoc, type DesignDoc } from '../engine';
import type { LintJob, LintReply } from './offThreadLint';

/** How many recent jobs' docs are kept: a document's diagram job follows its text job, a few files apart. */
const recentDocs = 8;

/** Keeps at most `recentDocs` entries, the latest last. */
function keep<K>(docs: Map<K, DesignDoc>, key: K, doc: DesignDoc): void {
  docs.delete(key);
  docs.set(key, doc);
  if (docs.size > recentDocs) docs.delete(docs.keys().next().value!);
}

export function serveLintJobs(): void {
  // The docs of the last jobs by format and text, so a diagram job does not parse its document again.
  const recent = new Map<string, DesignDoc>();
  // The last doc linted of each open document: its next version is parsed from it, reading again only what changed.
  const openDocs = new Map<string, DesignDoc>();
  const parse = ({ text, format, uri }: LintJob): DesignDoc => {
    const key = `${format}\0${text}`;
    const previous = uri === undefined ? undefined : openDocs.get(uri);
    const doc = recent.get(key) ?? parseDesignDoc(text, format, previous?.format === format ? previous : undefined);
    keep(recent, key, doc);
    if (uri !== undefined) keep(openDocs, uri, doc);
    return doc;
  };
  parentPort?.on('message', (job: LintJob) => {
    let reply: LintReply;
    try {
      const doc = parse(job);
      const options = { rules: defaultRules, config: job.config };
      const findings = job.outcomes ? lintDiagrams(doc, job.outcomes, options) : lint(doc, options);
      reply = { id: job.id, result: lintPassData(doc, findings) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
