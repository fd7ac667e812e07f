import type { Rule, RuleReport } from './rule';
import type { DesignDoc, StepId } from '../model/designDoc';
import { allProse, matchesIn } from '../model/paragraphs';
import { allLines, firstMatch, type ReadableLine } from '../model/readableLines';
import { stepsOfLine, stepText } from '../model/stepText';
import { hasContent, skeletonFix, skeletonPending, stepAnchor, type Skeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';
import { framingOf } from './helpers/metricMentions';

/**
 * Signs that positives are rare in a binary-style task (one yes/no per example): labels from interactions on
 * impressions (clicks at a 1 % CTR, conversions, registrations, connection requests), integrity labels (harmful
 * posts, fraud, spam), or the words themselves.
 */
const rareInteractions = new RegExp(
  [
    String.raw`\bclicks?\b`,
    String.raw`\bclick[\s-]?through\b`,
    String.raw`\bCTR\b`,
    String.raw`\bconversions?\b`,
    String.raw`\bharmful\b`,
    String.raw`\bfraud\w*`,
    String.raw`\bspam\b`,
    String.raw`\babus(?:e|ive)\b`,
    String.raw`\bviolat(?:ing|ions?)\b`,
    String.raw`\bregistrations?\b`,
    String.raw`\bregisters?\b`,
    String.raw`\b(?:connection|friend) requests?\b`,
    String.raw`\bimpressions?\b[^.\n]{1,60}\bnegatives?\b`,
    String.raw`\bnegatives?\b[^.\n]{1,60}\bimpressions?\b`,
    String.raw`点击`,
    String.raw`转化`,
  ].join('|'),
  'i',
);

/** Signs of imbalance in any classification task, multi-class included. */
const rareWords = new RegExp(
  [
    String.raw`\bimbalance[ds]?\b`,
    String.raw`\brare\b`,
    String.raw`\bhighly skewed\b`,
    String.raw`\bminority class(?:es)?\b`,
    String.raw`\blong[\s-]tail(?:ed)? (?:classes|categories|labels)\b`,
    String.raw`\bsparse (?:labels|positives)\b`,
    String.raw`不平衡`,
    String.raw`稀疏`,
  ].join('|'),
  'i',
);

/** Tasks with one yes/no decision per example (per pair, per label or per head). */
const BINARY_STYLE = [
  'binary-classification',
  'binary-imbalanced',
  'ctr-prediction',
  'multi-label',
  'multi-task',
  'link-prediction',
] as const;

/** Ways of handling it: resampling, re-weighting, a loss made for it, or sampling negatives. */
const handled = new RegExp(
  [
    String.raw`\b(?:down|under|up|over|sub|re)[\s-]?sampl\w*`,
    String.raw`\bnegative[\s-]+sampling\b|\bsampl\w+ (?:\w+ ){0,3}(?:of (?:the )?)?negatives?\b|\bnegatives? (?:are|is|get|were) (?:\w+ ){0,2}sampled\b`,
    String.raw`\bclass[\s-]?(?:weight\w*|balanc\w*)|\b(?:sample|instance|example|label)[\s-]weight\w*|\bweighted (?:loss|cross[\s-]entropy|bce|log[\s-]?loss|sampling)\b|\bre[\s-]?weight\w*|\b(?:higher|larger|more) weights? (?:on|to|for) (?:the )?(?:positive|rare|minority)`,
    String.raw`\bfocal\b|\bSMOTE\b|\bstratifi\w+|\bbalanced (?:loss|sampling|batch(?:es)?|dataset|data|classes|training)\b|\bhard[\s-]negative\w*`,
    String.raw`\b(?:keep|use|retain) (?:all|every) (?:the )?positives?\b`,
    String.raw`\b\d+\s*:\s*\d+\b[^.\n]{1,30}\b(?:negatives?|positives?)\b|\b(?:positive|negative)[\s-]to[\s-](?:negative|positive) ratio\b`,
    String.raw`\bsampled (?:non[\s-]?)?(?:edges|pairs|negatives|non[\s-]?links)\b|\bnon[\s-]edges\b|\bnegative (?:edges|pairs)\b`,
    String.raw`\bimbalance[ds]?\b[^.\n]{1,60}\b(?:handl|address|mitigat|deal|tackl|fix|correct|counter|solv|compensat)\w*|\b(?:handl|address|mitigat|deal\w* with|tackl|correct|counter|compensat)\w*\s+(?:for\s+)?(?:the\s+)?(?:class\s+|label\s+|data\s+)?imbalance`,
    String.raw`负采样|降采样|下采样|上采样|过采样|欠采样|类别权重|样本权重|重采样`,
  ].join('|'),
  'i',
);

/** The lines of the steps that define the task and its labels: requirements, framing, data and model development. */
function labelText(doc: DesignDoc): readonly ReadableLine[] {
  const lines = allLines(doc);
  if (labelSteps.every((id) => stepText(doc, id).lines.length === 0)) return lines;
  return lines.filter((l) => stepsOfLine(doc, l.line).some((step) => labelSteps.includes(step)));
}

/** The steps that define the task and its labels. */
const labelSteps: readonly StepId[] = ['requirements', 'framing', 'data', 'model'];

/** Class balance belongs with labels in data preparation; model development when the doc has no data section. */
function skeletonFor(doc: DesignDoc): Skeleton {
  const step = doc.steps.data.headingRange || !doc.steps.model.headingRange ? 'data' : 'model';
  return {
    step,
    title: 'class imbalance',
    prompt:
      'Positives are rare: how is training rebalanced (down-sample negatives and re-calibrate, class weights, focal loss), and are evaluation sets kept at the true distribution?',
  };
}

export const classImbalance: Rule = {
  id: 'class-imbalance',
  name: 'Class imbalance not addressed',
  summary: 'a classification task with rare positives that never addresses imbalance',
  description:
    'The framing makes the problem a classification task whose positives are rare (clicks at a 1 % CTR, harmful posts, fraud, registrations, accepted connection requests), yet the doc never says how training copes with the imbalance: down-sampling negatives (and re-calibrating predictions), up-sampling or re-weighting positives, class weights, focal loss, negative sampling or stratified splits. Without it the model learns to predict the majority class, and interviewers treat the omission as a classic red flag.',
  defaultSeverity: 'warning',
  tags: ['data', 'model'],
  examples: {
    bad: '## 2. Framing\nBinary classification: predict whether a user clicks an ad.\n\n## 3. Data preparation\nLabels: a click within 30 s of an impression is a positive; CTR is about 1 %.',
    good: '## 2. Framing\nBinary classification: predict whether a user clicks an ad.\n\n## 3. Data preparation\nLabels: a click within 30 s of an impression is a positive; CTR is about 1 %, so we keep every positive, down-sample negatives to 10 % and re-calibrate predictions; test data keeps the true rate.',
  },
  check(doc) {
    if (!hasContent(doc, 'data') && !hasContent(doc, 'model')) return [];
    const framing = framingOf(doc);
    if (!framing.classification) return [];
    // Where labels are defined; an online metric ("conversion rate") in the evaluation says nothing about them.
    const labelLines = labelText(doc);
    const binaryStyle = framing.pointwise || BINARY_STYLE.some((id) => framing.categories.has(id));
    const inherent = framing.categories.has('link-prediction');
    const cue = inherent
      ? undefined
      : firstMatch(
          labelLines,
          binaryStyle ? new RegExp(`${rareInteractions.source}|${rareWords.source}`, 'i') : rareWords,
        );
    if (!cue && !inherent) return [];
    const skeleton = skeletonFor(doc);
    if (matchesIn(allProse(doc), handled) || skeletonPending(doc, skeleton)) return [];
    const step = hasContent(doc, 'data') ? 'data' : 'model';
    const found = cue && doc.lines[cue.start.line].slice(cue.start.character, cue.end.character);
    const said = found && found.length > 40 ? `${found.slice(0, 40).trimEnd()}…` : found;
    const report: RuleReport = {
      message: `The framing makes this a classification task with rare positives${said ? ` ("${said}")` : ' (few of all possible pairs ever connect)'}, but the doc never says how the class imbalance is handled. Say how training copes with it: down-sample negatives (and re-calibrate the predicted probabilities), up-sample or re-weight positives (class weights, focal loss) or sample negatives per positive; keep validation and test sets at the true distribution and judge them with PR-AUC or precision/recall rather than accuracy. This belongs in ${stepLabel(step)}.`,
      range: stepAnchor(doc, step),
      step,
    };
    if (cue) report.related = [{ message: 'Positives are rare here.', range: cue }];
    const fix = skeletonFix(doc, skeleton);
    if (fix) report.fix = fix;
    return [report];
  },
};
