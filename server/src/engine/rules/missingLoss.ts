import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/** A loss function named by family or by name. */
const loss = new RegExp(
  [
    String.raw`\bloss(?:es)?\b`,
    String.raw`\bcross[\s-]?entropy\b`,
    String.raw`\b(?:log|negative log)[\s-]?likelihood\b`,
    String.raw`\bNLL\b`,
    String.raw`\bBCE\b`,
    String.raw`\bhinge\b`,
    String.raw`\btriplet\b`,
    String.raw`\bcontrastive (?:loss|objective|learning|training|pre[\s-]?training)\b`,
    String.raw`\bInfoNCE\b`,
    String.raw`\bNCE\b`,
    String.raw`\bnoise[\s-]contrastive\b`,
    String.raw`\bsoftmax\b`,
    String.raw`\bfocal\b`,
    String.raw`\bBPR\b`,
    String.raw`\bbayesian personali[sz]ed ranking\b`,
    String.raw`\bLambda(?:Rank|MART|Loss)\b`,
    String.raw`\bMSE\b`,
    String.raw`\bmean squared error\b`,
    String.raw`\bRMSE\b`,
    String.raw`\bMAE\b`,
    String.raw`\bmean absolute error\b`,
    String.raw`\bhuber\b`,
    String.raw`\bpinball\b`,
    String.raw`\bquantile regression\b`,
    String.raw`\bKL(?:[\s-]+divergence)?\b`,
    String.raw`\bobjective function\b`,
    String.raw`\btraining objective\b`,
    String.raw`\b(?:optimi[sz]e|minimi[sz]e)s? (?:the )?(?:log|squared|absolute|cross)`,
  ].join('|'),
  'i',
);

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
    covers: loss,
    message: `${stepLabel('model', true)} names no loss function. Say what training minimises and why it matches the ML objective, e.g. binary cross-entropy for a click probability, categorical cross-entropy for one of many classes, MSE or Huber for a number, contrastive (InfoNCE) or triplet loss for embeddings, a pairwise or listwise loss for ranking, focal loss or class weights for rare positives.`,
    skeleton: subTopicSkeleton('model', 'loss'),
  },
);
