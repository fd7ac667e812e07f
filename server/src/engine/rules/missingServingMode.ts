import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingServingMode = stepContentRule(
  {
    id: 'missing-serving-mode',
    name: 'Missing serving mode',
    summary: 'serving never chooses batch (precomputed) or online (on request) prediction',
    description:
      'The serving section never says whether predictions are computed ahead of time (batch prediction) or when a request arrives (online prediction). The choice drives freshness, latency, cost and which features can be used, so an interviewer expects it to be made and justified.',
    defaultSeverity: 'warning',
    tags: ['serving'],
    examples: {
      bad: '## 6. Deployment and serving\nThe model runs in a Docker container behind a load balancer.',
      good: '## 6. Deployment and serving\nOnline prediction: when the user opens the feed we retrieve 500 candidates from the ANN index and score them, within 150 ms. Recommendations for inactive users are precomputed nightly in batch.',
    },
  },
  {
    step: 'serving',
    // The choice is often made with the latency budget in the requirements ("real-time prediction").
    searchIn: ['serving', 'requirements'],
    concepts: ['serving-mode'],
    message: `${stepLabel('serving', true)} does not say how predictions are produced. Choose batch prediction (precomputed periodically: cheap to serve, but stale and wasted on inactive users) or online prediction (computed on request: fresh, but needs a fast model and real-time features), or a hybrid, and say why it fits the latency budget.`,
    skeleton: subTopicSkeleton('serving', 'mode'),
  },
);
