/**
 * The lint worker's side (see ./lintWorker): lints each job it is sent. It brings the engine in, so the server loads
 * it only in the worker thread, with `import()`.
 */
import { parentPort } from 'node:worker_threads';
import {
  defaultRules,
  lint,
  lintDiagrams,
  lintPassData,
  parseDesignDoc,
  type DesignDoc,
  type Finding,
} from '../engine';
import { codeLenses, documentSymbols, foldingRanges, titleCommands } from '../services';
import type { LintJob, LintReply, OutlineAnswers } from './offThreadLint';

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
      const result = lintPassData(doc, findings);
      reply = {
        id: job.id,
        result: job.uri === undefined ? result : { ...result, outline: outline(doc, findings, job.uri) },
      };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}

/** Every title command a lens may run: the main thread keeps those its client has. */
const allTitleCommands = new Set(titleCommands.map(({ command }) => command));

/** The outline answers of an open document's version, computed here once so the main thread only sends them. */
function outline(doc: DesignDoc, findings: readonly Finding[], uri: string): OutlineAnswers {
  return {
    documentSymbols: documentSymbols(doc),
    foldingRanges: foldingRanges(doc),
    codeLenses: codeLenses(doc, findings, uri, allTitleCommands),
  };
}
