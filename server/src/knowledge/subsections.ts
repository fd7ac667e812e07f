/**
 * Sub-sections most design docs need inside a step, as skeletons: a title, the step and sub-topic they answer (whose
 * prompt they carry) and the fields a complete answer fills in. The snippets are generated from these, with metric
 * choices taken from the metrics table.
 */
import type { StepId } from './steps';

export type SubsectionId = 'offline-metrics' | 'online-metrics' | 'serving-mode' | 'ab-test' | 'drift-monitoring';

export interface SubsectionField {
  label: string;
  prompt: string;
  /** Values to choose from: a list, or the offline / online metrics the case studies use (from the metrics table). */
  choices?: readonly string[] | 'offline-metrics' | 'online-metrics';
}

export interface SubsectionSkeleton {
  id: SubsectionId;
  step: StepId;
  /** The sub-topic of the step (knowledge/steps.ts) the sub-section answers. */
  subTopic: string;
  title: string;
  fields: readonly SubsectionField[];
}

export const subsections: readonly SubsectionSkeleton[] = [
  {
    id: 'offline-metrics',
    step: 'evaluation',
    subTopic: 'offline',
    title: 'Offline metrics',
    fields: [
      {
        label: 'Primary metric',
        prompt: 'Which metric decides whether a model ships, and why does it fit the ML task?',
        choices: 'offline-metrics',
      },
      {
        label: 'Secondary metrics',
        prompt: 'What else is checked (calibration, diversity, per-class or per-slice results)?',
      },
      { label: 'Evaluation data', prompt: 'Which held-out set, split how (by time?), at the true class distribution?' },
    ],
  },
  {
    id: 'online-metrics',
    step: 'evaluation',
    subTopic: 'online',
    title: 'Online metrics',
    fields: [
      {
        label: 'Primary metric',
        prompt: 'Which business metric should move, and by how much to be worth it?',
        choices: 'online-metrics',
      },
      {
        label: 'Guardrail metrics',
        prompt: 'Which metrics must not degrade (latency, hide or report rate, retention)?',
      },
    ],
  },
  {
    id: 'serving-mode',
    step: 'serving',
    subTopic: 'mode',
    title: 'Serving mode',
    fields: [
      {
        label: 'Mode',
        prompt: 'How fresh must predictions be, how many are needed, and can inputs be known in advance?',
        choices: ['Online prediction', 'Batch prediction', 'Hybrid (batch for most users, online for active ones)'],
      },
      { label: 'Cost', prompt: 'What does it cost: compute per request, or precomputation wasted on inactive users?' },
    ],
  },
  {
    id: 'ab-test',
    step: 'serving',
    subTopic: 'rollout',
    title: 'A/B test plan',
    fields: [
      { label: 'Hypothesis', prompt: 'Which change should move which metric, and by how much?' },
      { label: 'Primary and guardrail metrics', prompt: 'What decides the test, and what must not get worse?' },
      { label: 'Randomisation unit and split', prompt: 'Users, sessions or requests; what share of traffic per arm?' },
      {
        label: 'Duration and sample size',
        prompt: 'How many users detect the minimum effect; does it cover a weekly cycle and fade novelty?',
      },
      {
        label: 'Before and after',
        prompt: 'Shadow or canary first? How does the winner ramp up, and how is it rolled back?',
      },
    ],
  },
  {
    id: 'drift-monitoring',
    step: 'monitoring',
    subTopic: 'drift',
    title: 'Drift monitoring',
    fields: [
      {
        label: 'Feature drift',
        prompt:
          'Which inputs are compared with the training window, by which statistic (PSI, KS test), at what threshold?',
      },
      {
        label: 'Prediction drift',
        prompt: 'How is the score distribution watched (mean, quantiles, share above the threshold)?',
      },
      {
        label: 'Label and concept drift',
        prompt: 'How do delayed labels show that the input-to-label relation changed?',
      },
      {
        label: 'Training-serving skew',
        prompt: 'How are served feature values checked against the ones used in training?',
      },
      { label: 'Action', prompt: 'Which alert fires, and does it trigger retraining, a rollback or a human?' },
    ],
  },
];
