import type { ScoreParts } from '../../../../common/types';
import type { Coverage } from '../model/designDoc';

/**
 * The readiness score's weights (documented in the README): step coverage 40, sub-topics 25, rubric signals 20,
 * few findings 15. Each part is a share in [0, 1] times its weight; the sum is rounded to a whole number.
 */
export const scoreWeights = { coverage: 40, subTopics: 25, signals: 20, findings: 15 } as const;

/** A covered step counts fully, a thin one half; an empty heading or a missing step nothing. */
export const coverageCredit: Record<Coverage, number> = { covered: 1, thin: 0.5, empty: 0, missing: 0 };

/** An error costs three warnings; ten warnings' worth of findings use up the whole part. */
const errorCost = 3;
const findingsBudget = 10;

export interface ScoreInputs {
  states: readonly Coverage[];
  subTopicsCovered: number;
  subTopicsTotal: number;
  signalsMet: number;
  signalsTotal: number;
  errors: number;
  warnings: number;
}

export function scoreParts(inputs: ScoreInputs): ScoreParts {
  const coverage = inputs.states.reduce((sum, state) => sum + coverageCredit[state], 0) / inputs.states.length;
  const clean = Math.max(0, 1 - (errorCost * inputs.errors + inputs.warnings) / findingsBudget);
  return {
    coverage: scoreWeights.coverage * coverage,
    subTopics: scoreWeights.subTopics * (inputs.subTopicsCovered / inputs.subTopicsTotal),
    signals: scoreWeights.signals * (inputs.signalsMet / inputs.signalsTotal),
    // Few findings earn credit only for what is written: a blank doc is not clean, it is empty.
    findings: scoreWeights.findings * clean * coverage,
  };
}

export function scoreOf(parts: ScoreParts): number {
  return Math.round(parts.coverage + parts.subTopics + parts.signals + parts.findings);
}
