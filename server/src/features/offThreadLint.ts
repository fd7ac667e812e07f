/**
 * Linting off the main thread, as the diagnostics feature sees it: linters handed in by the runtime (on Node, worker
 * threads: ./lintWorker.ts) for very large open documents and for the workspace's design docs that are not open, and
 * the messages a worker and the server exchange. Where there is none (the web worker), they are linted in place.
 */
import type { CodeLens, DocumentSymbol, FoldingRange } from 'vscode-languageserver';
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

/**
 * What an editor asks of a document after each of its edits (VS Code: code lenses, the outline, folding), answered
 * by the worker with the lint of an open document's version: the main thread never parses a very large document.
 * The code lenses hold every title command; the client's own are picked on the main thread.
 */
export interface OutlineAnswers {
  documentSymbols: DocumentSymbol[];
  foldingRanges: FoldingRange[];
  codeLenses: CodeLens[];
}

/** The lint of a version of an open document, with the editor's outline answers for it. */
export type VersionLintResult = LintResult & { outline: OutlineAnswers };

/** The result of a job with a `uri` holds the outline answers (a VersionLintResult). */
export type LintReply = { id: number; result: LintResult | VersionLintResult } | { id: number; error: string };

export interface OffThreadLinter {
  /** The text findings of a document, or with `outcomes` only the findings on Mermaid's outcomes of its diagrams. */
  lint(text: string, format: DocFormat, config: LintConfig, outcomes?: DiagramOutcomes): Promise<LintResult>;
  /**
   * The text findings of a version of an open document and its outline answers; undefined when it is no longer
   * wanted once it is its turn.
   */
  lintVersion(
    version: OpenVersion,
    text: string,
    format: DocFormat,
    config: LintConfig,
  ): Promise<VersionLintResult | undefined>;
}
