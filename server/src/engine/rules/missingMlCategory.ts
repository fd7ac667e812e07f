import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingMlCategory = stepContentRule(
  {
    id: 'missing-ml-category',
    name: 'Missing ML category',
    summary: 'framing never names the ML category (classification, learning to rank, retrieval, ...)',
    description:
      'The framing never says which kind of ML task the problem is: binary or multi-label classification, pointwise/pairwise/listwise learning to rank, embedding retrieval, object detection, regression, and so on. The category decides the model family, the labels, the loss and the metrics, so an interviewer expects it to be named and justified against the product output.',
    defaultSeverity: 'warning',
    tags: ['framing'],
    examples: {
      bad: '## 2. Framing the problem as an ML task\nThe ML objective is to maximise the number of events a user registers for. Input: a user; output: a list of events.',
      good: '## 2. Framing the problem as an ML task\nThe ML objective is to maximise registrations. Input: a user; output: a list of events. We frame it as pointwise learning to rank: a binary classifier predicts P(register) for each <user, event> pair and events are sorted by it.',
    },
  },
  {
    step: 'framing',
    concepts: ['ml-category'],
    message: `${stepLabel('framing', true)} does not name the ML category. Say which kind of ML task this is and why it fits the product output, e.g. binary classification (a probability per <user, item> pair), pointwise, pairwise or listwise learning to rank, embedding retrieval (two-tower, contrastive), multi-label classification, object detection or regression.`,
    skeleton: subTopicSkeleton('framing', 'category'),
  },
);
