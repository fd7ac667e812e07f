import { categoriesNamedIn, stepById } from '../../knowledge';
import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/**
 * Names of ML task families beyond the category table ("a classification problem", "supervised", "collaborative
 * filtering"), and the wording of a binary classifier ("predict whether", "the probability that", "P(click)").
 */
const family = new RegExp(
  [
    String.raw`\bclassif\w+`,
    String.raw`\bregression\b`,
    String.raw`\branking\b`,
    String.raw`\bclustering\b`,
    String.raw`\brecommend(?:ation|er)s?\b`,
    String.raw`\bretrieval\b`,
    String.raw`\bdetection\b`,
    String.raw`\bsegmentation\b`,
    String.raw`\bgenerat(?:ive|ion)\b`,
    String.raw`\bforecast\w*`,
    String.raw`\b(?:self[\s-]|semi[\s-]|un)?supervised\b`,
    String.raw`\breinforcement learning\b`,
    String.raw`\bbandits?\b`,
    String.raw`\b(?:collaborative|content[\s-]based|hybrid) filtering\b`,
    String.raw`\blearning[\s-]to[\s-]rank\b`,
    String.raw`\bLTR\b`,
    String.raw`\bsimilarity search\b`,
    String.raw`\blink prediction\b`,
    String.raw`\bedge prediction\b`,
    String.raw`\bmulti[\s-]?(?:task|label|class)\b`,
    String.raw`\bpredict\w*\s+(?:whether|if)\b`,
    String.raw`\bprobabilit(?:y|ies)\s+(?:of|that)\b`,
    String.raw`\bP\s*\(`,
    String.raw`\byes\s*\/\s*no\b`,
    String.raw`分类`,
    String.raw`回归`,
    String.raw`排序`,
    String.raw`召回`,
    String.raw`推荐`,
    String.raw`检测`,
    String.raw`聚类`,
  ].join('|'),
  'i',
);

const categoryCue = stepById('framing').subTopics.find((topic) => topic.id === 'category')!.cues;

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
    covers: (text) =>
      categoriesNamedIn(text).length > 0 || family.test(text) || new RegExp(categoryCue.source, 'i').test(text),
    message: `${stepLabel('framing', true)} does not name the ML category. Say which kind of ML task this is and why it fits the product output, e.g. binary classification (a probability per <user, item> pair), pointwise, pairwise or listwise learning to rank, embedding retrieval (two-tower, contrastive), multi-label classification, object detection or regression.`,
    skeleton: subTopicSkeleton('framing', 'category'),
  },
);
