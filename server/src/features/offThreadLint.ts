/**
 * Linting very large documents off the main thread, as the diagnostics feature sees it: a linter handed in by the
 * runtime (on Node, a worker thread: ./lintWorker.ts), and the messages a worker and the server exchange. Where there
 * is none (the web worker), such documents are linted in place.
 */
import type { SeverityOrOff } from '../../../common/rules';
import type { DocFormat } from '../../../common/types';
import type { CoverageSummary, Finding } from '../engine';

/** Documents larger than this (in characters) are linted off the main thread, where the runtime has a linter for it. */
export const offThreadChars = 256 * 1024;

export interface LintJob {
  id: number;
  text: string;
  format: DocFormat;
  severities: Record<string, SeverityOrOff>;
}

export interface LintResult {
  findings: Finding[];
  coverage: CoverageSummary;
}

export type LintReply = { id: number; result: LintResult } | { id: number; error: string };

export interface OffThreadLinter {
  lint(text: string, format: DocFormat, severities: Record<string, SeverityOrOff>): Promise<LintResult>;
}
