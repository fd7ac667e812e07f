import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingBaseline = stepContentRule(
  {
    id: 'missing-baseline',
    name: 'Missing baseline',
    summary: 'model development has no baseline (a heuristic or a simple model)',
    description:
      'Model development jumps straight to the chosen model without a baseline: a heuristic such as "most popular items" or a simple model such as logistic regression. A baseline sets the bar the real model must clear and de-risks the pipeline; interviewers notice when a candidate reaches for a deep model first.',
    defaultSeverity: 'info',
    tags: ['model'],
    examples: {
      bad: '## 4. Model development\nA 12-layer transformer over the watch history, trained with sampled softmax.',
      good: "## 4. Model development\nBaseline: rank by popularity in the user's country. Then a two-tower model trained with sampled softmax, which must beat the baseline on recall@100.",
    },
  },
  {
    step: 'model',
    concepts: ['baseline', 'model-choice/logistic-regression', 'model-choice/linear-model', 'ml-needed'],
    message: `${stepLabel('model', true)} has no baseline. Name the simple thing the model must beat, e.g. a heuristic (most popular items, a rule-based filter) or a simple model (logistic regression), and compare the chosen model against it.`,
    skeleton: subTopicSkeleton('model', 'baseline'),
  },
);
