import { evidenceOf } from '../model/evidenceIndex';
import type { Rule, RuleReport } from './rule';
import {
  evidenceFor,
  hasContent,
  skeletonFix,
  skeletonPending,
  stepAnchor,
  subTopicSkeleton,
} from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

const skeleton = subTopicSkeleton('requirements', 'latency');

export const missingLatencyBudget: Rule = {
  id: 'missing-latency-budget',
  name: 'Missing latency budget',
  summary: 'requirements give no latency budget and never say latency does not matter',
  description:
    'The requirements give no latency budget: no number such as "200 ms at p99" for the request (in the requirements, the serving design or a guardrail), and no explicit statement that latency does not matter (an offline batch job). "Real-time" or "low latency" alone is not a budget. The budget decides how heavy the model can be, whether a multi-stage funnel is needed and whether predictions can be precomputed, so an interviewer expects a number and how it splits across stages.',
  defaultSeverity: 'warning',
  step: 'requirements',
  tags: ['requirements'],
  examples: {
    bad: '## 1. Clarifying requirements\nThe feed must update in real time for 20M DAU opening it three times a day.',
    good: '## 1. Clarifying requirements\nThe feed must load within 200 ms at p99 for 20M DAU opening it three times a day; ranking gets 80 ms of that budget.',
  },
  check(doc) {
    if (!hasContent(doc, 'requirements') || skeletonPending(doc, skeleton)) return [];
    const latency = evidenceOf(doc, ['latency-budget']);
    // A figure anywhere (the budget split in serving, a guardrail in the evaluation) answers it, and so does an
    // explicit "latency is not critical"; so does an offline batch job named in the requirements.
    if (latency.some((item) => (item.kind === 'figure' && item.polarity === 'stated') || item.polarity === 'negated'))
      return [];
    if (
      evidenceFor(doc, 'requirements', ['serving-mode']).some(
        (item) => item.kind === 'batch' && item.polarity === 'stated',
      )
    )
      return [];
    const loose = evidenceFor(doc, 'requirements', ['latency-budget']).find((item) => item.polarity === 'stated');
    const said =
      loose && doc.lines[loose.range.start.line].slice(loose.range.start.character, loose.range.end.character);
    const fix = skeletonFix(doc, skeleton);
    const report: RuleReport = {
      message: `${stepLabel('requirements', true)} gives no latency budget${said ? ` ("${said}" is not a number)` : ''}. State the end-to-end budget as a number, e.g. 200 ms at p99 for a feed or 50-100 ms for ad ranking, and how it splits across stages; or say explicitly that latency does not matter because the work runs as an offline batch job.`,
      range: loose?.range ?? stepAnchor(doc, 'requirements'),
      ...(loose ? { related: [{ message: 'not a number', range: loose.range, evidence: loose }] } : {}),
    };
    if (fix) report.fix = fix;
    return [report];
  },
};
