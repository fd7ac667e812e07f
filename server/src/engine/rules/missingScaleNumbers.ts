import type { Rule, RuleReport } from './rule';
import { allLines, joined } from '../model/readableLines';
import { hasContent, skeletonFix, skeletonPending, stepAnchor, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/** Things a system has many of: users, items, requests, training rows. */
const UNIT = `(?:${[
  String.raw`(?:daily|monthly|weekly)\s+active\s+users`,
  'DAU',
  'MAU',
  'WAU',
  'QPS',
  'RPS',
  'TPS',
  'users?',
  'customers',
  'members',
  'people',
  'accounts',
  'viewers',
  'visitors',
  'subscribers',
  'sessions',
  'requests?',
  'queries',
  'calls',
  'predictions',
  'items',
  'videos',
  'posts',
  'ads',
  'advertisers',
  'campaigns',
  'images',
  'photos',
  'pictures',
  'listings',
  'events',
  'products',
  'documents',
  'songs',
  'tracks',
  'articles',
  'restaurants',
  'drivers',
  'riders',
  'orders',
  'transactions',
  'impressions',
  'clicks',
  'views',
  'rows',
  'records',
  'examples',
  'samples',
  'pairs',
  'labels',
  'connections',
  'friends(?:hips)?',
  'followers',
  'creators',
  'hotels',
  'merchants',
  'sellers',
  'apps',
  'games',
  'reviews',
  'comments',
  'searches',
  'messages',
  'emails',
  'pages',
  'interactions',
  'edges',
  'nodes',
  'candidates',
  'uploads',
  'streams',
  'units',
  'skus',
  '日活',
  '月活',
  '用户',
  '条',
].join('|')})`;
/** A rate: "per second", "/day", "a month". */
const RATE = String.raw`\b(?:per|a|an|each|every)\s+(?:second|sec|minute|min|hour|day|week|month|year)\b|\/\s*(?:s|sec|second|minute|min|hour|h|day|d|week|month|year)\b|\bdaily\b|\bmonthly\b|\bQPS\b|\bRPS\b|\bTPS\b`;

const number =
  /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|mm|bn|[kmbt万亿])?(?![a-z])/gi;
const multipliers: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mm: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  t: 1e12,
  万: 1e4,
  亿: 1e8,
};
const unitAfter = new RegExp(String.raw`^[^.;\n]{0,40}?\b${UNIT}\b`, 'i');
const unitBefore = new RegExp(String.raw`\b${UNIT}\b[^.;\n\d]{0,25}$`, 'i');
const rateNear = new RegExp(String.raw`^[^.;\n]{0,40}?(?:${RATE})`, 'i');
const dataVolume = /^\s*(?:GB|TB|PB|EB|gigabytes?|terabytes?|petabytes?)\b/i;
/** Orders of magnitude in words: "millions of users", "billions of videos". */
const spelled = new RegExp(
  String.raw`\b(?:(?:hundreds|tens) of )?(?:thousands|millions|billions|trillions) of\s+(?:[\w-]+\s+){0,2}${UNIT}\b`,
  'i',
);

/** Whether the text gives a scale figure: a count of users or items, a request rate, a data volume. */
export function hasScaleFigure(text: string): boolean {
  if (spelled.test(text)) return true;
  for (const match of text.matchAll(number)) {
    const value = Number(match[1].replace(/,/g, '')) * (match[2] ? (multipliers[match[2].toLowerCase()] ?? 1) : 1);
    const after = text.slice(match.index + match[0].length);
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (dataVolume.test(after)) return true;
    if (rateNear.test(after) && value >= 1) return true;
    if (value >= 1000 && (unitAfter.test(after) || unitBefore.test(before))) return true;
  }
  return false;
}

const skeleton = subTopicSkeleton('requirements', 'scale', 'scale');

export const missingScaleNumbers: Rule = {
  id: 'missing-scale-numbers',
  name: 'Missing scale numbers',
  summary: 'requirements give no scale figures (users, QPS, items)',
  description:
    'The doc gives no scale figures, in the requirements or anywhere else: no number of users (DAU/MAU), of items in the catalogue, of requests per second or of training examples. Scale decides almost everything downstream (multi-stage retrieval or not, batch or online prediction, how many servers), so interviewers expect a back-of-the-envelope estimate: QPS ≈ DAU × requests per user per day / 86,400.',
  defaultSeverity: 'warning',
  tags: ['requirements'],
  examples: {
    bad: '## 1. Clarifying requirements\nThe goal is more bookings. The system must scale to a large number of users and listings and respond quickly.',
    good: '## 1. Clarifying requirements\nThe goal is more bookings. 50M DAU search about 4 times a day: 50M × 4 / 86,400 ≈ 2.3k QPS on average, 7k at peak, over 7M active listings. Results within 200 ms p99.',
  },
  check(doc) {
    if (!hasContent(doc, 'requirements') || skeletonPending(doc, skeleton)) return [];
    // Wherever the figure is (requirements, a capacity estimate in serving, the size of the A/B test), it is there.
    if (hasScaleFigure(joined(allLines(doc)))) return [];
    const fix = skeletonFix(doc, skeleton);
    const report: RuleReport = {
      message: `${stepLabel('requirements', true)} gives no scale figures. Estimate the numbers that drive the design: users (DAU/MAU), items in the catalogue and how fast they grow, requests per second (QPS ≈ DAU × requests per user per day / 86,400, with peaks 2-5× the average) and training rows per day.`,
      range: stepAnchor(doc, 'requirements'),
    };
    if (fix) report.fix = fix;
    return [report];
  },
};
