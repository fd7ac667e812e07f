/**
 * The files of `mlsd lint` spread over lanes: the main thread and `jobs - 1` worker threads. A lane takes the next
 * file as soon as it is done with one, so files finish in any order; results are put back in the files' order and
 * the diagram findings merged in by position, so the output is the same for any number of jobs.
 */
import { sortFindings, type DiagramOutcome, type DiagramOutcomes, type DocFormat, type LintConfig } from '../engine';
import type { TextLintResult } from './fileLint';
import { mainThreadLane, WorkerLane, type LintLane } from './lintLanes';

export interface LintInput {
  text: string;
  format: DocFormat;
  config: LintConfig;
}

export type LintedFile = Omit<TextLintResult, 'index' | 'diagramSources'>;

export interface ParallelLintOptions {
  /** How many files are linted at once (at most one lane per file). */
  jobs: number;
  /** Apply the fixes first (--fix, --fix-dry-run). */
  fix: boolean;
  /** Mermaid's outcomes for the diagram sources of every file; without it the diagram rules do not run. */
  diagrams?: (sources: string[]) => Promise<DiagramOutcomes>;
  /** The script a worker thread runs: the CLI bundle, which serves a lane when it is not the main thread. */
  workerScript: string;
}

export async function lintFiles(inputs: readonly LintInput[], options: ParallelLintOptions): Promise<LintedFile[]> {
  const laneCount = Math.max(1, Math.min(options.jobs, inputs.length));
  const lanes: LintLane[] = [mainThreadLane()];
  for (let k = 1; k < laneCount; k++) lanes.push(new WorkerLane(options.workerScript));
  try {
    const results: TextLintResult[] = [];
    const owner: LintLane[] = [];
    let next = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        for (let index = next++; index < inputs.length; index = next++) {
          const keepModel = options.diagrams !== undefined;
          results[index] = await lane.lintText({ index, ...inputs[index], fix: options.fix, keepModel });
          owner[index] = lane;
        }
      }),
    );
    if (options.diagrams) await addDiagramFindings(results, owner, options.diagrams);
    return results.map(({ findings, steps, fixed }) => ({ findings, steps, ...(fixed ? { fixed } : {}) }));
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
}

/** One Mermaid pass over every file's diagrams, then each file's diagram rules in the lane that kept its model. */
async function addDiagramFindings(
  results: TextLintResult[],
  owner: readonly LintLane[],
  outcomesOf: (sources: string[]) => Promise<DiagramOutcomes>,
): Promise<void> {
  const outcomes = await outcomesOf([...new Set(results.flatMap((result) => result.diagramSources))]);
  await Promise.all(
    results.map(async (result, index) => {
      if (!result.diagramSources.length) return;
      const job = { index, outcomes: result.diagramSources.flatMap((source) => outcomeEntry(outcomes, source)) };
      const { findings } = await owner[index].lintDiagrams(job);
      results[index] = { ...result, findings: sortFindings([...result.findings, ...findings]) };
    }),
  );
}

function outcomeEntry(outcomes: DiagramOutcomes, source: string): [string, DiagramOutcome][] {
  const outcome = outcomes.get(source);
  return outcome ? [[source, outcome]] : [];
}
