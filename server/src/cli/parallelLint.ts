/**
 * The files of `mlsd lint` spread over lanes: the main thread and `jobs - 1` worker threads. A lane takes the next
 * file as soon as it has room for one, so files finish in any order; results are put back in the files' order and
 * each file's diagram findings merged into its own by position, so the output is the same for any number of jobs.
 */
import {
  sortFindings,
  type DiagramOutcome,
  type DiagramOutcomes,
  type DocFormat,
  type Finding,
  type LintConfig,
} from '../engine';
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
  /**
   * Mermaid's outcomes for the diagram sources of a file, asked for as each file is linted (a source may come again in
   * another file); without it the diagram rules do not run.
   */
  diagrams?: (sources: readonly string[]) => Promise<DiagramOutcomes>;
  /** The script a worker thread runs: the CLI bundle, which serves a lane when it is not the main thread. */
  workerScript: string;
}

/**
 * The lanes of one `mlsd lint` run. Workers start as soon as there are files for them (`expect`), so each loads its
 * bundle while the main thread is still reading the files; `close` stops them whatever happened.
 */
export class LintLanes {
  private readonly lanes: LintLane[] = [mainThreadLane()];

  constructor(private readonly options: ParallelLintOptions) {}

  /** Starts the worker lanes that `files` design docs make use of. */
  expect(files: number): void {
    while (this.lanes.length < Math.min(this.options.jobs, files))
      this.lanes.push(new WorkerLane(this.options.workerScript));
  }

  async lintFiles(inputs: readonly LintInput[]): Promise<LintedFile[]> {
    this.expect(inputs.length);
    const { fix, diagrams } = this.options;
    const keepModel = diagrams !== undefined;
    const results: LintedFile[] = [];
    const diagramPasses: Promise<void>[] = [];
    const lintFile = async (lane: LintLane, index: number): Promise<void> => {
      const job = { index, ...inputs[index], fix, keepModel };
      const { diagramSources, findings, steps, fixed } = await lane.lintText(job);
      results[index] = { findings, steps, ...(fixed ? { fixed } : {}) };
      if (!diagrams || !diagramSources.length) return;
      const pass = diagramFindings(lane, index, diagramSources, diagrams).then((more) => {
        results[index].findings = sortFindings([...results[index].findings, ...more]);
      });
      // Awaited once every file is linted; until then its failure must not count as an unhandled rejection.
      void pass.catch(() => undefined);
      diagramPasses.push(pass);
    };
    let next = 0;
    const drain = async (lane: LintLane): Promise<void> => {
      for (let index = next++; index < inputs.length; index = next++) await lintFile(lane, index);
    };
    await Promise.all(this.lanes.flatMap((lane) => Array.from({ length: lane.depth }, () => drain(lane))));
    await Promise.all(diagramPasses);
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }
}

/**
 * A file's diagram findings: Mermaid's outcomes for its sources (parsed while the other files are linted; a source
 * shared with another file is parsed once), then its diagram rules in the lane that kept its model.
 */
async function diagramFindings(
  lane: LintLane,
  index: number,
  sources: readonly string[],
  outcomesOf: (sources: readonly string[]) => Promise<DiagramOutcomes>,
): Promise<Finding[]> {
  const outcomes = await outcomesOf(sources);
  const job = { index, outcomes: sources.flatMap((source) => outcomeEntry(outcomes, source)) };
  return (await lane.lintDiagrams(job)).findings;
}

function outcomeEntry(outcomes: DiagramOutcomes, source: string): [string, DiagramOutcome][] {
  const outcome = outcomes.get(source);
  return outcome ? [[source, outcome]] : [];
}
