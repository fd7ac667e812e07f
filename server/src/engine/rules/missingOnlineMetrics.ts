import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { metricSuggestion } from './helpers/metricAdvice';
import { stepLabel } from './helpers/placement';

export const missingOnlineMetrics = stepContentRule(
  {
    id: 'missing-online-metrics',
    name: 'Missing online metrics',
    summary: 'evaluation names no online metric (CTR, conversion rate, watch time, retention, ...)',
    description:
      'The evaluation names no online metric, that is no measure of business impact on live traffic such as CTR, conversion rate, watch time or retention. A model can win offline and still lose users; an interviewer expects the metric that moves the business goal and how it is measured (usually an A/B test).',
    defaultSeverity: 'warning',
    tags: ['evaluation', 'metrics'],
    examples: {
      bad: '## 5. Evaluation\nOffline we report nDCG@10 on held-out sessions.',
      good: '## 5. Evaluation\nOffline we report nDCG@10 on held-out sessions. Online we compare CTR and watch time per user in an A/B test.',
    },
  },
  {
    step: 'evaluation',
    // Online metrics often appear with the A/B test plan in the serving section.
    searchIn: ['evaluation', 'serving'],
    concepts: ['online-metric'],
    message: (doc) =>
      `${stepLabel('evaluation', true)} names no online metric. Say which live-traffic metric shows business impact and how it is measured: ${metricSuggestion(doc, 'online')}.`,
    skeleton: subTopicSkeleton('evaluation', 'online'),
  },
);
