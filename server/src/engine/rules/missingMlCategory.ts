import type { Rule } from './rule';
import { categoriesNamedIn, stepById } from '../../knowledge';
import { reportUnless, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/**
 * Names of ML task families beyond the category table ("a classification problem", "supervised", "collaborative
 * filtering"), and the wording of a binary classifier ("predict whether", "the probability that", "P(click)").
 */
const family =
  /\bclassif\w+|\bregression\b|\branking\b|\bclustering\b|\brecommend(?:ation|er)s?\b|\bretrieval\b|\bdetection\b|\bsegmentation\b|\bgenerat(?:ive|ion)\b|\bforecast\w*|\b(?:self[\s-]|semi[\s-]|un)?supervised\b|\breinforcement learning\b|\bbandits?\b|\b(?:collaborative|content[\s-]based|hybrid) filtering\b|\blearning[\s-]to[\s-]rank\b|\bLTR\b|\bsimilarity search\b|\blink prediction\b|\bedge prediction\b|\bmulti[\s-]?(?:task|label|class)\b|\bpredict\w*\s+(?:whether|if)\b|\bprobabilit(?:y|ies)\s+(?:of|that)\b|\bP\s*\(|\byes\s*\/\s*no\b|分类|回归|排序|召回|推荐|检测|聚类/i;

const categoryCue = stepById('framing').subTopics.find((topic) => topic.id === 'category')!.cues;

export const missingMlCategory: Rule = {
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
  check(doc) {
    return reportUnless(
      doc,
      'framing',
      ['framing'],
      (text) => categoriesNamedIn(text).length > 0 || family.test(text) || new RegExp(categoryCue.source, 'i').test(text),
      `${stepLabel('framing', true)} does not name the ML category. Say which kind of ML task this is and why it fits the product output, e.g. binary classification (a probability per <user, item> pair), pointwise, pairwise or listwise learning to rank, embedding retrieval (two-tower, contrastive), multi-label classification, object detection or regression.`,
      subTopicSkeleton('framing', 'category'),
    );
  },
};
