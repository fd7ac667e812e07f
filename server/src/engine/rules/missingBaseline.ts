import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/**
 * A simple reference model or heuristic the main model has to beat. A simple model named as the model (logistic
 * regression) counts too: it is the usual baseline, and choosing it is not the deep-model-first mistake.
 */
const baseline = new RegExp(
  [
    String.raw`\bbase[\s-]?lines?\b`,
    String.raw`\bheuristics?\b`,
    String.raw`\brule[\s-]based\b`,
    String.raw`\b(?:most[\s-]popular|popularity[\s-]based|popularity)\b`,
    String.raw`\b(?:start|begin|starting|beginning) (?:with|from) (?:a |an )?(?:simple|simpler|linear|logistic|basic|naive|non[\s-]ML)\b`,
    String.raw`\bsimple (?:model|heuristic|rule)s? first\b`,
    String.raw`\bnaive (?:model|forecast|predictor|approach)\b`,
    String.raw`\b(?:logistic|linear) regression\b`,
    String.raw`\blinear (?:model|classifier)\b`,
    String.raw`\bnaive bayes\b`,
    String.raw`\bLR\b(?![\s-]*(?:schedul|decay|warm[\s-]?up|=|of\b|rate))`,
    String.raw`\b(?:beat|compared? (?:with|to|against)) (?:a |the )?(?:simple|current|existing|production)\b`,
  ].join('|'),
  'i',
);

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
    covers: baseline,
    message: `${stepLabel('model', true)} has no baseline. Name the simple thing the model must beat, e.g. a heuristic (most popular items, a rule-based filter) or a simple model (logistic regression), and compare the chosen model against it.`,
    skeleton: subTopicSkeleton('model', 'baseline'),
  },
);
