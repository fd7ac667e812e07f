import type { Rule, RuleReport } from './rule';
import { allLines, firstMatch, joined, stepLines } from '../model/readableLines';
import { hasContent, skeletonFix, skeletonPending, stepAnchor, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/** A latency percentile: in the requirements or serving it names the budget being set. */
const percentile = /\bp(?:50|90|95|99|999)\b|\b(?:50|90|95|99|99\.9)(?:th)? percentile\b/i;

/** A latency budget wherever it is stated (a guardrail in the evaluation counts): a number in ms, or seconds of a response. */
const budget = new RegExp(
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- polynomial only in a run of blanks within one line; a linear rewrite would change what it matches
  [
    String.raw`\d+(?:\.\d+)?\s*(?:[-–~]|to)?\s*\d*(?:\.\d+)?\s*(?:ms|msec|millisec\w*|µs|us)\b`,
    String.raw`\b(?:latenc\w*|respon\w*|within|under|below|less than|at most|budget|SLA|SLO|loads?|returns?|served|render\w*)\s+(?:of\s+|is\s+|about\s+|around\s+|~\s*|<\s*|≤\s*)?\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?|minutes?|mins?|hours?|h)\b`,
    String.raw`\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)\b[^.\n]{1,30}\b(?:latenc\w*|p9\d|respon\w*)`,
    String.raw`\bsub[\s-]?(?:second|millisecond)\b|\b(?:under|within|below|less than|in) (?:a|one|half a) (?:second|minute)\b`,
    String.raw`\d+\s*毫秒|\d+\s*秒内`,
  ].join('|'),
  'i',
);

/** An explicit answer that latency is not a constraint: "latency is not critical", "no real-time requirement". */
const relaxed = new RegExp(
  [
    String.raw`\blatenc\w*\b[^.\n]{1,40}\b(?:(?:is|are)\s+)?(?:not (?:a |an |very |that )?(?:critical|important|crucial|concern|constraint|issue|priority|requirement|a big deal|strict)|(?:less |un)important|(?:does not|doesn't|do not|don't) matter|relaxed|can be (?:high|relaxed|minutes|hours)|(?:can |may )?(?:vary|varies|differ|differs) (?:by|per|for|across|between))`,
    String.raw`\b(?:no|not|without (?:a |any )?)\s*(?:strict |hard |tight |real[\s-]?time )?(?:latency|real[\s-]?time|response[\s-]time) (?:requirements?|constraints?|needs?|budget|sensitiv\w*|critical)\b`,
    String.raw`\blatency[\s-](?:insensitive|tolerant)\b|\bnot latency[\s-](?:sensitive|critical|bound)\b`,
    String.raw`延迟(?:要求)?不(?:重要|敏感|关键)`,
  ].join('|'),
  'i',
);

/** Said in the requirements: the work runs offline, so there is no request to answer quickly. */
const offlineWork = new RegExp(
  [
    String.raw`\b(?:offline|batch|overnight|nightly)\s+(?:processing|process|job|jobs|pipeline|prediction|inference|mode|scoring|system)\b`,
    String.raw`\bprocessed (?:offline|in batch(?:es)?|overnight|nightly)\b`,
    String.raw`\b(?:can|may) (?:take|run for) (?:several |a few )?(?:minutes|hours|days)\b`,
    String.raw`离线处理`,
    String.raw`批处理`,
  ].join('|'),
  'i',
);

/** Words that gesture at speed without a number: the finding points at the first one. */
const vague = new RegExp(
  [
    String.raw`\blow[\s-]latency\b`,
    String.raw`\breal[\s-]?time\b`,
    String.raw`\blatenc(?:y|ies)\b`,
    String.raw`\bresponse[\s-]time\b`,
    String.raw`\bresponsive(?:ness)?\b`,
    String.raw`\b[A-Z]\s?ms\b`,
    String.raw`\bhow fast\b`,
    String.raw`实时`,
    String.raw`延迟`,
  ].join('|'),
  'i',
);

const skeleton = subTopicSkeleton('requirements', 'latency');

export const missingLatencyBudget: Rule = {
  id: 'missing-latency-budget',
  name: 'Missing latency budget',
  summary: 'requirements give no latency budget and never say latency does not matter',
  description:
    'The requirements give no latency budget: no number such as "200 ms at p99" for the request (in the requirements, the serving design or a guardrail), and no explicit statement that latency does not matter (an offline batch job). "Real-time" or "low latency" alone is not a budget. The budget decides how heavy the model can be, whether a multi-stage funnel is needed and whether predictions can be precomputed, so an interviewer expects a number and how it splits across stages.',
  defaultSeverity: 'warning',
  tags: ['requirements'],
  examples: {
    bad: '## 1. Clarifying requirements\nThe feed must update in real time for 20M DAU opening it three times a day.',
    good: '## 1. Clarifying requirements\nThe feed must load within 200 ms at p99 for 20M DAU opening it three times a day; ranking gets 80 ms of that budget.',
  },
  check(doc) {
    if (!hasContent(doc, 'requirements') || skeletonPending(doc, skeleton)) return [];
    const everywhere = joined(allLines(doc));
    const own = stepLines(doc, ['requirements']);
    if (budget.test(everywhere) || relaxed.test(everywhere) || offlineWork.test(joined(own))) return [];
    if (percentile.test(joined(stepLines(doc, ['requirements', 'framing', 'serving'])))) return [];
    const loose = firstMatch(own, vague);
    const said = loose && doc.lines[loose.start.line].slice(loose.start.character, loose.end.character);
    const fix = skeletonFix(doc, skeleton);
    const report: RuleReport = {
      message: `${stepLabel('requirements', true)} gives no latency budget${said ? ` ("${said}" is not a number)` : ''}. State the end-to-end budget as a number, e.g. 200 ms at p99 for a feed or 50-100 ms for ad ranking, and how it splits across stages; or say explicitly that latency does not matter because the work runs as an offline batch job.`,
      range: loose ?? stepAnchor(doc, 'requirements'),
    };
    if (fix) report.fix = fix;
    return [report];
  },
};
