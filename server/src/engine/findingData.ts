import { diagramSources } from './diagrams/sources';
import { coverageSummary, type CoverageSummary } from './model/coverage';
import type { DesignDoc, Finding } from './model/designDoc';

/**
 * A finding as plain data to send to another thread or process: every field but its fix, which is a getter that
 * checks the fix (by linting the doc again) on first read.
 */
export function findingData(finding: Finding): Finding {
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(finding)) if (key !== 'fix') data[key] = finding[key as keyof Finding];
  return data as unknown as Finding;
}

/** What a lint of a doc tells the thread that asked for it. */
export interface LintPassData {
  /** The findings as data (see findingData). */
  findings: Finding[];
  coverage: CoverageSummary;
  /** The distinct diagram sources of the doc, in document order: what Mermaid is to check for the second pass. */
  diagramSources: string[];
}

/** A lint's findings with the doc's coverage and diagram sources, as data for another thread. */
export function lintPassData(doc: DesignDoc, findings: readonly Finding[]): LintPassData {
  return { findings: findings.map(findingData), coverage: coverageSummary(doc), diagramSources: diagramSources([doc]) };
}
