import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { metricSuggestion } from './helpers/metricAdvice';
import { stepLabel } from './helpers/placement';

export const missingOfflineMetrics = stepContentRule(
  {
    id: 'missing-offline-metrics',
    name: 'Missing offline metrics',
    summary: 'evaluation names no offline metric (precision, ROC-AUC, log loss, nDCG@k, MAE, ...)',
    description:
      'The evaluation names no offline metric, that is no measure of the model on held-out data such as precision, ROC-AUC, log loss, nDCG@k or MAE. Offline metrics are how you decide a model is good enough to try on users; an interviewer expects metrics that fit the ML task and a reason for each.',
    defaultSeverity: 'warning',
    tags: ['evaluation', 'metrics'],
    examples: {
      bad: '## 5. Evaluation\nWe check that users like the new feed in an A/B test on CTR.',
      good: '## 5. Evaluation\nOffline: nDCG@10 and recall@100 on the last week of held-out sessions. Online: CTR and watch time in an A/B test.',
    },
  },
  {
    step: 'evaluation',
    concepts: ['offline-metric'],
    message: (doc) =>
      `${stepLabel('evaluation', true)} names no offline metric. Say how the model is measured on held-out data before it reaches users, and why the metric fits the task: ${metricSuggestion(doc, 'offline')}.`,
    skeleton: subTopicSkeleton('evaluation', 'offline'),
  },
);
