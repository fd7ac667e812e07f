import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingDriftMonitoring = stepContentRule(
  {
    id: 'missing-drift-monitoring',
    name: 'Missing drift monitoring',
    summary: 'monitoring never mentions drift, distribution shift, training-serving skew or a drift statistic',
    description:
      'The monitoring section never mentions drift: data, feature or concept drift, distribution shift, covariate or label shift, training-serving skew, or a statistic such as PSI or KL divergence. Most models degrade in production because live data moves away from the training data, so an interviewer expects more than latency and CPU dashboards.',
    defaultSeverity: 'warning',
    tags: ['monitoring'],
    examples: {
      bad: '## 7. Monitoring\nDashboards for p99 latency, QPS and error rate, with an on-call alert.',
      good: '## 7. Monitoring\nDashboards for p99 latency and error rate; daily PSI of each input feature against the training data (alert above 0.2) and the distribution of predicted scores, to catch data and concept drift and trigger retraining.',
    },
  },
  {
    step: 'monitoring',
    concepts: ['drift-monitoring'],
    message: `${stepLabel('monitoring', true)} does not watch for drift. Say how you notice live data moving away from the training data: compare input feature and prediction distributions with training (PSI, KL or KS test) to catch data, concept and label shift and training-serving skew, alert on thresholds, and retrain or roll back when it fires.`,
    skeleton: subTopicSkeleton('monitoring', 'drift'),
  },
);
