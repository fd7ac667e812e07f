/**
 * What the metric rules share: metric mentions with their ranges, whether a mention is really used as a metric
 * ("accuracy is misleading here" and "CTR prediction" are not), and the ML categories the framing names.
 */
import { Derived, TextMemo } from '../../model/cache';
import type { DesignDoc, Range } from '../../model/designDoc';
import {
  classificationCategoryIds,
  type MlCategoryId,
  caseStudyById,
  type CaseStudyId,
  findMetricMentions,
  type Metric,
  pointwisePattern,
} from '../../../knowledge';
import { stepText } from '../../model/stepText';
import { allProse, categoriesIn, matchesIn, paragraph, paragraphs } from '../../model/paragraphs';
import { allLines, stepLines, type ReadableLine } from '../../model/readableLines';

export interface LocatedMention {
  metric: Metric;
  range: Range;
  /** The readable text of the mention's line, and where the mention sits in it. */
  lineText: string;
  index: number;
  length: number;
  /** Used as a metric: it neither names the task or an input (isNotAMetric) nor sets the metric aside (isDismissed). */
  used: boolean;
}

/** The metric mentions of one line of text, and whether each is used as one: a mention never spans two lines. */
const lineMentions = TextMemo.each((text) =>
  findMetricMentions(text).map(({ metric, index, length }) => {
    const mention = { metric, lineText: text, index, length };
    return { metric, index, length, used: !isNotAMetric(mention) && !isDismissed(mention) };
  }),
);

/** Metric mentions in the lines, in document order. */
export function mentionsIn(doc: DesignDoc, lines: readonly ReadableLine[]): LocatedMention[] {
  const found = lineMentions.getAll(
    doc,
    lines.map((line) => line.text),
  );
  return lines.flatMap(({ line, text }, l) =>
    found[l].map(({ metric, index, length, used }) => ({
      metric,
      lineText: text,
      index,
      length,
      used,
      range: { start: { line, character: index }, end: { line, character: index + length } },
    })),
  );
}

/** The clause around a position: bounded by sentence ends, semicolons and table cells. */
function clauseAround(text: string, index: number, length: number): { before: string; after: string } {
  const starts = [...text.slice(0, index).matchAll(/[.;|!?](?:\s|$)|[.;|]/g)];
  const from = starts.length ? starts[starts.length - 1].index + starts[starts.length - 1][0].length : 0;
  const rest = text.slice(index + length);
  const end = /[.;|!?](?:\s|$)/.exec(rest);
  return { before: text.slice(from, index), after: end ? rest.slice(0, end.index) : rest };
}

/** Words that set a metric aside when they come just before it ("not", "instead of", "avoid"). */
const negatingWords = [
  'not',
  'never',
  'no',
  'nor',
  'avoid(?:s|ing)?',
  'instead of',
  'rather than',
  'over',
  'than',
  'without',
  'ignor(?:e|es|ing)',
  'drop(?:s|ping)?',
  'skip(?:s|ping)?',
  'exclud(?:e|es|ing)',
  'unlike',
].join('|');
/** Words that may stand between the negating word and the metric ("instead of the plain accuracy"). */
const fillerWords = [
  'the',
  'a',
  'an',
  'plain',
  'raw',
  'simple',
  'overall',
  'just',
  'only',
  'using',
  'use',
  'report(?:ing)?',
].join('|');
const negatedBefore = new RegExp(String.raw`\b(?:${negatingWords})\s+(?:(?:${fillerWords})\s+){0,3}$`, 'i');
/** Verbs that link a metric to what is said of it ("accuracy is misleading"). */
const linkingVerbs = ['is', 'are', 'was', 'would be', 'will be', 'can be', 'could be', 'gets', 'looks'].join('|');
/** What, said just after a metric, sets it aside ("is misleading", "ignores calibration", "is only a proxy"). */
const dismissals = [
  String.raw`not\b`,
  String.raw`never\b`,
  String.raw`n't\b`,
  'misleading',
  'useless',
  'meaningless',
  'inflated',
  'insufficient',
  String.raw`ignores?\b`,
  String.raw`blind\b`,
  String.raw`fails?\b`,
  String.raw`wrong\b`,
  String.raw`poor\b`,
  String.raw`flatter\w*`,
  'does not',
  "doesn't",
  "isn't",
  "aren't",
  'cannot',
  "can't",
  String.raw`too\b`,
  'only (?:a )?(?:proxy|sanity)',
].join('|');
const negatedAfter = new RegExp(
  String.raw`^(?:\s*[^\w\s]){0,3}\s*(?:\(\w+\)\s*)?(?:(?:alone|here|itself|by itself)\s+)?(?:(?:${linkingVerbs})\s*)?(?:${dismissals})`,
  'i',
);

/**
 * Whether the text around a mention sets the metric aside rather than using it: "accuracy is not reported",
 * "AUC ignores calibration", "nDCG rather than accuracy", "avoid accuracy".
 */
function isDismissed(mention: Pick<LocatedMention, 'lineText' | 'index' | 'length'>): boolean {
  const { before, after } = clauseAround(mention.lineText, mention.index, mention.length);
  return negatedBefore.test(before) || negatedAfter.test(after);
}

/**
 * Whether the mention names the task or a model input rather than a metric: "CTR prediction", "a click-through rate
 * model", "predicted CTR", "historical CTR" (a feature), the verb in "recall that".
 */
function isNotAMetric(mention: Pick<LocatedMention, 'lineText' | 'index' | 'length' | 'metric'>): boolean {
  const before = mention.lineText.slice(0, mention.index);
  const after = mention.lineText.slice(mention.index + mention.length);
  if (/^[\s-]*(?:prediction|predictor|model|estimat\w*|task|labels?|features?|head|tower|objective)\b/i.test(after))
    return true;
  if (/\b(?:predicted|estimated|historical|smoothed|past)\s*$/i.test(before)) return true;
  if (mention.metric.id === 'recall' && /^\s+(?:that|how|what|when|the)\b/i.test(after)) return true;
  return false;
}

/** Metric mentions in the evaluation's lines, found once per doc: several rules judge them. */
export function evaluationMentions(doc: DesignDoc): LocatedMention[] {
  return evaluationMentionsOf.get(doc);
}

const evaluationMentionsOf = new Derived((doc: DesignDoc) => mentionsIn(doc, stepLines(doc, ['evaluation'])));

/**
 * Distinct offline metrics the evaluation names and uses, each at its first mention, in document order. None when no
 * section carries the evaluation: "improves accuracy" in some other paragraph is not the evaluation's metric.
 */
export function offlineMetricsNamed(doc: DesignDoc): LocatedMention[] {
  if (stepText(doc, 'evaluation').lines.length === 0) return [];
  const seen = new Set<string>();
  return evaluationMentions(doc).filter((mention) => {
    if (!mention.used) return false;
    if (mention.metric.kind !== 'offline' || seen.has(mention.metric.id)) return false;
    seen.add(mention.metric.id);
    return true;
  });
}

/** Tasks with a classifier at their core: the classification categories, and link prediction (one per pair). */
const CLASSIFICATION: readonly MlCategoryId[] = [...classificationCategoryIds, 'link-prediction'];

/** A line that frames the task even outside a framing section: "ML category: ...", "framed as a ... problem". */
const framingLike = new RegExp(
  [
    String.raw`\b(?:ml|machine[\s-]learning)\s+(?:category|formulation|task|problem|objective|framing)\b`,
    String.raw`\bformulat\w+`,
    String.raw`\bfram(?:e|ed|ing)\b`,
    String.raw`\b(?:is|as)\s+an?\s+(?:[\w-]+\s+){0,4}(?:problem|task)\b`,
    String.raw`\b(?:problem|task)\s+type\b`,
    String.raw`\bcategory\s*[:：]`,
  ].join('|'),
  'i',
);

export interface Framing {
  categories: Set<MlCategoryId>;
  /** A ranking task solved by scoring each item with a classifier (pointwise learning to rank). */
  pointwise: boolean;
  /** Whether the framing names a classification task. */
  classification: boolean;
}

/**
 * The ML categories the framing names: from the framing step's own text, else from framing-like lines anywhere in
 * the doc and its title; plus the category of the case study the front matter names. A classification task in a
 * doc that talks about rare positives (fraud, harmful posts, imbalance) also counts as imbalanced.
 */
export function framingOf(doc: DesignDoc): Framing {
  return framings.get(doc);
}

const framings = new Derived((doc: DesignDoc): Framing => {
  let texts = stepText(doc, 'framing').lines.length ? paragraphs(doc, stepLines(doc, ['framing'])) : [];
  let named = categoriesIn(texts);
  if (named.length === 0) {
    const lines = allLines(doc).filter((line) => framingLike.test(line.text));
    texts = [paragraph(doc, doc.title?.text ?? ''), ...paragraphs(doc, lines)];
    named = categoriesIn(texts);
  }
  const categories = new Set(named);
  const caseId = doc.frontMatter?.data.case;
  const caseStudy = typeof caseId === 'string' ? caseStudyById(caseId as CaseStudyId) : undefined;
  if (caseStudy) categories.add(caseStudy.category);
  const classification = CLASSIFICATION.some((id) => categories.has(id));
  if (classification && categoriesIn(allProse(doc)).includes('binary-imbalanced')) categories.add('binary-imbalanced');
  const pointwise =
    categories.has('ranking') && (matchesIn(texts, pointwisePattern) || categories.has('binary-classification'));
  return { categories, pointwise, classification: classification || pointwise };
});
