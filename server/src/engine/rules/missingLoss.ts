import type { Rule } from './rule';
import { reportUnless, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/** A loss function named by family or by name. */
const loss =
  /\bloss(?:es)?\b|\bcross[\s-]?entropy\b|\b(?:log|negative log)[\s-]?likelihood\b|\bNLL\b|\bBCE\b|\bhinge\b|\btriplet\b|\bcontrastive (?:loss|objective|learning|training|pre[\s-]?training)\b|\bInfoNCE\b|\bNCE\b|\bnoise[\s-]contrastive\b|\bsoftmax\b|\bfocal\b|\bBPR\b|\bbayesian personali[sz]ed ranking\b|\bLambda(?:Rank|MART|Loss)\b|\bMSE\b|\bmean squared error\b|\bRMSE\b|\bMAE\b|\bmean absolute error\b|\bhuber\b|\bpinball\b|\bquantile regression\b|\bKL(?:[\s-]+divergence)?\b|\bobjective function\b|\btraining objective\b|\b(?:optimi[sz]e|minimi[sz]e)s? (?:the )?(?:log|squared|absolute|cross)/i;

export const missingLoss: Rule = {
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
  check(doc) {
    return reportUnless(
      doc,
      'model',
      ['model'],
      (text) => loss.test(text),
      `${stepLabel('model', true)} names no loss function. Say what training minimises and why it matches the ML objective, e.g. binary cross-entropy for a click probability, categorical cross-entropy for one of many classes, MSE or Huber for a number, contrastive (InfoNCE) or triplet loss for embeddings, a pairwise or listwise loss for ranking, focal loss or class weights for rare positives.`,
      subTopicSkeleton('model', 'loss'),
    );
  },
};
