import { steps, type StepId } from './steps';

/**
 * How a practice interview splits its time among the seven steps: minutes per step for a 45-minute interview,
 * scaled to the length the candidate picks. Interview guides divide the hour into their own phases; each preset
 * maps those phases onto the seven steps, as its description says.
 */
export interface PracticePreset {
  id: string;
  title: string;
  /** One line for the picker: where the split comes from and how its phases map onto the steps. */
  description: string;
  minutes: Readonly<Record<StepId, number>>;
}

/** The length every preset is written for; sessions of 30 or 60 minutes scale it. */
export const presetMinutes = 45;

export const practicePresets: readonly PracticePreset[] = [
  {
    id: 'framework',
    title: 'Seven-step framework',
    description: 'The typical share of each step in a 45-minute interview (5 + 5 + 8 + 10 + 5 + 8 + 4).',
    minutes: Object.fromEntries(steps.map((step) => [step.id, step.interviewMinutes])) as Record<StepId, number>,
  },
  {
    // Problem framing 5-7 min, high-level design 2-3, data and features 10, modelling 10, inference and
    // evaluation 7, and the rest deep dives, where the interviewer probes the running system.
    id: 'hello-interview',
    title: 'Hello Interview',
    description:
      'Problem framing 6 (requirements 3, framing 3), data and features 10, modelling 10, inference and evaluation 7 (evaluation 4, serving 3), high-level design 3 (serving), deep dives 9 (monitoring).',
    minutes: { requirements: 3, framing: 3, data: 10, model: 10, evaluation: 4, serving: 6, monitoring: 9 },
  },
  {
    // Five phases of 8 minutes and 5 to wrap up: define the problem, the data pipeline, the model architecture,
    // training and evaluation, deployment; the wrap-up is where monitoring and next steps come in.
    id: 'exponent',
    title: 'Exponent',
    description:
      'Five phases of 8 minutes and 5 to wrap up: define the problem (requirements 4, framing 4), data, model, train and evaluate, deploy, wrap-up (monitoring).',
    minutes: { requirements: 4, framing: 4, data: 8, model: 8, evaluation: 8, serving: 8, monitoring: 5 },
  },
];
