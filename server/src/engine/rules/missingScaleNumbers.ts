import { evidenceOf } from '../model/evidenceIndex';
import type { Rule, RuleReport } from './rule';
import { hasContent, skeletonFix, skeletonPending, stepAnchor, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

const skeleton = subTopicSkeleton('requirements', 'scale', 'scale');

export const missingScaleNumbers: Rule = {
  id: 'missing-scale-numbers',
  name: 'Missing scale numbers',
  summary: 'requirements give no scale figures (users, QPS, items)',
  description:
    'The doc gives no scale figures, in the requirements or anywhere else: no number of users (DAU/MAU), of items in the catalogue, of requests per second or of training examples. Scale decides almost everything downstream (multi-stage retrieval or not, batch or online prediction, how many servers), so interviewers expect a back-of-the-envelope estimate: QPS ≈ DAU × requests per user per day / 86,400.',
  defaultSeverity: 'warning',
  step: 'requirements',
  tags: ['requirements'],
  examples: {
    bad: '## 1. Clarifying requirements\nThe goal is more bookings. The system must scale to a large number of users and listings and respond quickly.',
    good: '## 1. Clarifying requirements\nThe goal is more bookings. 50M DAU search about 4 times a day: 50M × 4 / 86,400 ≈ 2.3k QPS on average, 7k at peak, over 7M active listings. Results within 200 ms p99.',
  },
  check(doc) {
    if (!hasContent(doc, 'requirements') || skeletonPending(doc, skeleton)) return [];
    // Wherever the figure is (requirements, a capacity estimate in serving, the size of the A/B test), it is there.
    if (evidenceOf(doc, ['scale-numbers']).some((item) => item.kind === 'figure' && item.polarity === 'stated'))
      return [];
    const fix = skeletonFix(doc, skeleton);
    const report: RuleReport = {
      message: `${stepLabel('requirements', true)} gives no scale figures. Estimate the numbers that drive the design: users (DAU/MAU), items in the catalogue and how fast they grow, requests per second (QPS ≈ DAU × requests per user per day / 86,400, with peaks 2-5× the average) and training rows per day.`,
      range: stepAnchor(doc, 'requirements'),
    };
    if (fix) report.fix = fix;
    return [report];
  },
};
