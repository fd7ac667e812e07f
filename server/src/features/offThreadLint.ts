/**
 * Linting off the main thread, as the diagnostics feature sees it: linters handed in by the runtime (on Node, worker
 * threads: ./lintWorker.ts) for very large open documents and for the workspace's design docs that are not open, and
 * the messages a worker and the server exchange. Where there is none (the web worker), they are linted in place.
 */
import type { DocFormat } from '../../../common/types';
import type { DiagramOutcomes, LintConfig, LintPassData } from '../engine';

/** Documents larger than this (in characters) are linted off the main thread, where the runtime has a linter for it. */
export const offThreadChars = 256 * 1024;

export interface LintJob {
  id: number;
  text: string;
  format: DocFormat;
  config: LintConfig;
  /** Mermaid's outcomes for the document's diagrams: then only the findings on them are asked for. */
  outcomes?: DiagramOutcomes;
  /** The open document the text is a version of: the worker parses it from the version it linted before. */
  uri?: string;
}

/** A version of an open document to lint. */
export interface OpenVersion {
  uri: string;
  /** Asked as the linter gets free for the job: false when the document has moved on to a newer version. */
  wanted(): boolean;
}

/** Findings come as plain data without their fixes: code actions lint the open document on the main thread. */
/** A lint's findings, the document's coverage and its distinct diagram sources (for the diagram worker). */
export type LintResult = LintPassData;

export type LintReply = { id: number; result: LintResult } | { id: number; error: string };

export interface OffThreadLinter {
  /** The text findings of a document, or with `outcomes` only the findings on Mermaid's outcomes of its diagrams. */
  lint(text: string, format: DocFormat, config: LintConfig, outcomes?: DiagramOutcomes): Promise<LintResult>;
  /** The text findings of a version of an open document; undefined when it is no longer wanted once it is its turn. */
  lintVersion(
    version: OpenVersion,
    text: string,
    format: DocFormat,
    config: LintConfig,
  ): Promise<LintResult | undefined>;
}
