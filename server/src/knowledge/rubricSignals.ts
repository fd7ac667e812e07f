import type { EvidenceSpec } from './evidenceSpec';

/**
 * What an interviewer grades beyond coverage, read from the evidence: each signal is met when every group of
 * `needs` has a stated match (any spec of a group will do) and none of the `clearOf` rules has a finding.
 */
export interface RubricSignal {
  id: string;
  label: string;
  needs: readonly (readonly EvidenceSpec[])[];
  /** Rules whose findings mean the signal is not met (accuracy on a rare class). */
  clearOf?: readonly string[];
  /** What the doc could add when the signal is not met. */
  advice: string;
}

export const rubricSignals: readonly RubricSignal[] = [
  {
    id: 'numbers-in-requirements',
    label: 'Clarified the requirements with numbers',
    needs: [[{ concept: 'scale-numbers', inSteps: ['requirements'] }]],
    advice: 'Put figures on the requirements: users, items, requests per second, data volume.',
  },
  {
    id: 'baseline',
    label: 'Stated a baseline',
    needs: [[{ concept: 'baseline' }]],
    advice: 'Name the simple baseline the model must beat (a heuristic, popularity, logistic regression).',
  },
  {
    id: 'metrics-tied-to-business',
    label: 'Metrics tied to the business objective',
    needs: [[{ concept: 'business-objective' }], [{ concept: 'online-metric' }]],
    advice: 'State the business objective and the online metric that measures it.',
  },
  {
    id: 'offline-online-gap',
    label: 'Offline-online gap addressed',
    needs: [[{ concept: 'metric-correlation' }, { concept: 'ab-test' }]],
    advice:
      'Say how offline gains are confirmed online: an A/B test, or a check that offline and online metrics move together.',
  },
  {
    id: 'metrics-fit-the-task',
    label: 'No accuracy on imbalanced classes',
    needs: [[{ concept: 'offline-metric', inSteps: ['evaluation'] }]],
    clearOf: ['metric-task-mismatch', 'class-imbalance'],
    advice: 'Choose offline metrics that fit the task and the class balance (precision-recall, PR-AUC, nDCG@k).',
  },
  {
    id: 'serving-latency',
    label: 'Serving latency checked for the chosen model',
    needs: [[{ concept: 'latency-budget', inSteps: ['model', 'serving'] }]],
    advice: 'Check the chosen model against the latency budget where it is served (p99 per request, per stage).',
  },
];
