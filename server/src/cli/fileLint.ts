/**
 * One file's share of `mlsd lint`, done the same way in the main thread and in a worker thread: the text parsed once,
 * the fixes applied first with --fix, linted without the rules that wait for Mermaid, and the step coverage read from
 * the same model. Once Mermaid has checked the diagrams of every file, the rules on its outcomes run on the model
 * kept from the first pass, in the thread that parsed it.
 */
import {
  defaultRules,
  findingData,
  lint,
  lintDiagrams,
  lintPassData,
  parseDesignDoc,
  type Coverage,
  type DesignDoc,
  type DiagramOutcome,
  type DocFormat,
  type Finding,
  type LintConfig,
  type LintOptions,
  type StepId,
} from '../engine';
import { fixText } from './fix';

export interface TextLintJob {
  /** The file's place in the run: results are put back in this order. */
  index: number;
  text: string;
  format: DocFormat;
  config: LintConfig;
  fix: boolean;
  /** Keep the model for the diagram rules (Mermaid runs and the doc has diagrams). */
  keepModel: boolean;
}

export interface TextLintResult {
  index: number;
  /** Sorted by position; the fixes left out (the report never shows them, and each costs a parse to check). */
  findings: Finding[];
  steps: Record<StepId, Coverage>;
  /** The text with the fixes applied (--fix), and their titles in order. */
  fixed?: { text: string; applied: string[] };
  /** The distinct diagram sources of the (fixed) text, in document order. */
  diagramSources: string[];
}

export interface DiagramLintJob {
  index: number;
  /** Mermaid's outcome for each diagram source of this file. */
  outcomes: [string, DiagramOutcome][];
}

export interface DiagramLintResult {
  index: number;
  findings: Finding[];
}

/** The models kept between a file's two passes, in the thread that parsed them. */
export class FileLinter {
  private readonly kept = new Map<number, { model: DesignDoc; options: LintOptions }>();

  lintText(job: TextLintJob): TextLintResult {
    const options: LintOptions = { rules: defaultRules, config: job.config };
    // Each distinct text parsed and linted once: --fix lints each text it makes, and the last one is the report's.
    let last = {
      text: job.text,
      model: parseDesignDoc(job.text, job.format),
      findings: undefined as Finding[] | undefined,
    };
    const linted = (text: string): { model: DesignDoc; findings: Finding[] } => {
      if (text !== last.text) last = { text, model: parseDesignDoc(text, job.format), findings: undefined };
      last.findings ??= lint(last.model, options);
      return { model: last.model, findings: last.findings };
    };
    const fixed = job.fix ? fixText(job.text, (text) => linted(text).findings) : undefined;
    const { model, findings } = linted(fixed?.text ?? job.text);
    const pass = lintPassData(model, findings);
    if (job.keepModel && pass.diagramSources.length) this.kept.set(job.index, { model, options });
    return {
      index: job.index,
      findings: pass.findings,
      steps: pass.coverage.steps,
      ...(fixed ? { fixed } : {}),
      diagramSources: pass.diagramSources,
    };
  }

  lintDiagrams(job: DiagramLintJob): DiagramLintResult {
    const kept = this.kept.get(job.index);
    if (!kept) throw new Error(`no model kept for file ${job.index}`);
    this.kept.delete(job.index);
    const findings = lintDiagrams(kept.model, new Map(job.outcomes), kept.options);
    return { index: job.index, findings: findings.map(findingData) };
  }
}
