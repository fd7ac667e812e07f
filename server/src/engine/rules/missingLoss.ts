import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingLoss = stepContentRule(
  {
    id: 'missing-loss',
    name: 'Missing loss function',
    summary: 'model development names no loss function',
    description:
      'Model development never names the loss the model is trained to minimise. The loss is where the ML objective becomes concrete (binary cross-entropy for click probability, a contrastive loss for embeddings, a pairwise loss for ranking), and interviewers expect it to match the framing.',
    defaultSeverity: 'warning',
    tags: ['model'],
    examples: {
      bad: '## 4. Model development\nA two-tower network with 256-dimensional embeddings, trained daily with Adam.',
      good: '## 4. Model development\nA two-tower network trained with in-batch softmax cross-entropy over 256-dimensional embeddings, with Adam, retrained daily.',
    },
  },
  {
    step: 'model',
    concepts: ['loss'],
    message: `${stepLabel('model', true)} names no loss function. Say what training minimises and why it matches the ML objective, e.g. binary cross-entropy for a click probability, categorical cross-entropy for one of many classes, MSE or Huber for a number, contrastive (InfoNCE) or triplet loss for embeddings, a pairwise or listwise loss for ranking, focal loss or class weights for rare positives.`,
    skeleton: subTopicSkeleton('model', 'loss'),
  },
);
