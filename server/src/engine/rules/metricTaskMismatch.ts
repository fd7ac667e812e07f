import type { DesignDoc } from '../model/designDoc';
import type { Rule, RuleReport } from './rule';
import { categoryById, type MlCategoryId, metricFitChecks, type MetricFitCheck } from '../../knowledge';
import { hasContent, stepAnchor } from './helpers/stepContent';
import { metricSuggestion } from './helpers/metricAdvice';
import { framingOf, offlineMetricsNamed, type Framing, type LocatedMention } from './helpers/metricMentions';

function applies(check: MetricFitCheck, framing: Framing): MlCategoryId | undefined {
  if (check.pointwise !== undefined && check.pointwise !== framing.pointwise) return undefined;
  if (check.unless?.some((id) => framing.categories.has(id))) return undefined;
  if (check.exclusive && [...framing.categories].some((id) => !check.categories.includes(id))) return undefined;
  return check.categories.find((id) => framing.categories.has(id));
}

const names = (mentions: readonly LocatedMention[]): string => {
  const list = [...new Set(mentions.map((m) => m.metric.name))];
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? '');
};

/** The offending mentions of a check, or none when the metrics fit. */
function offenders(
  check: MetricFitCheck,
  named: readonly LocatedMention[],
): { at?: LocatedMention; mentions: LocatedMention[] }[] {
  const test = check.test;
  const inList = (m: LocatedMention, ids: readonly string[]) => ids.includes(m.metric.id);
  switch (test.kind) {
    case 'only':
      return named.every((m) => inList(m, test.metrics)) ? [{ at: named[0], mentions: [...named] }] : [];
    case 'needs': {
      if (named.some((m) => inList(m, test.metrics))) return [];
      const shown = named.filter((m) => inList(m, test.pointAt));
      return [{ at: shown[0], mentions: shown }];
    }
    case 'flag':
      // "Accuracy within ±5 minutes" is a tolerance metric of a regression, not classification accuracy.
      return named
        .filter(
          (m) =>
            inList(m, test.metrics) &&
            !/^\s*(?:within|at|of)\s*(?:[±+]\s*)?\d/i.test(m.lineText.slice(m.index + m.length)),
        )
        .map((m) => ({ at: m, mentions: [m] }));
    case 'headline':
      return inList(named[0], test.metrics) ? [{ at: named[0], mentions: [named[0]] }] : [];
  }
}

function check(doc: DesignDoc): RuleReport[] {
  if (!hasContent(doc, 'evaluation')) return [];
  const framing = framingOf(doc);
  if (framing.categories.size === 0) return [];
  const named = offlineMetricsNamed(doc);
  // No offline metric at all is missing-offline-metrics' finding.
  if (named.length === 0) return [];
  const reports: RuleReport[] = [];
  const firedGroups = new Set<string>();
  for (const fit of metricFitChecks) {
    if (fit.group && firedGroups.has(fit.group)) continue;
    const category = applies(fit, framing);
    if (!category) continue;
    const found = offenders(fit, named);
    if (found.length === 0) continue;
    if (fit.group) firedGroups.add(fit.group);
    const task = categoryById(category)?.title ?? category;
    for (const { at, mentions } of found) {
      const problem = fit.problem
        .replace('{metrics}', names(mentions))
        .replace(
          '{shown}',
          mentions.length
            ? `; ${names(mentions)} ${new Set(mentions.map((m) => m.metric.id)).size > 1 ? 'do' : 'does'} not measure that`
            : '',
        );
      const advice =
        fit.id === 'generative-metric-in-non-generative-design'
          ? `${fit.advice}: ${metricSuggestion(doc, 'offline')}.`
          : fit.advice;
      reports.push({
        message: `For the ML category the framing names (${task}), the evaluation ${problem}. ${advice}`,
        range: at?.range ?? stepAnchor(doc, 'evaluation'),
        severity: fit.severity,
      });
    }
  }
  return reports;
}

export const metricTaskMismatch: Rule = {
  id: 'metric-task-mismatch',
  name: 'Metrics do not fit the ML task',
  summary: 'the metrics do not fit the ML category the framing names (e.g. a ranker judged by accuracy)',
  description:
    'The offline metrics do not fit the ML category the framing names: a ranking or recommendation task judged only by accuracy, F1, RMSE or ROC-AUC (an error: nothing measures the list the user sees); click-probability estimation without log loss, normalized cross-entropy or calibration; object detection without IoU-based mAP; a regression scored with precision, recall or nDCG; BLEU, ROUGE or FID in a design that generates nothing; accuracy as the headline metric when positives are rare. A pointwise learning-to-rank model evaluated only with classifier metrics gets a soft suggestion (info), since the classic news-feed answer does exactly that. Findings carry their own severity unless the rule is configured; the category-to-metric expectations live in knowledge/metricFit.ts.',
  defaultSeverity: 'warning',
  step: 'evaluation',
  tags: ['evaluation', 'metrics'],
  examples: {
    bad: '## 2. Framing\nA recommendation problem: rank the candidate videos for each user.\n\n## 5. Evaluation\nOffline: accuracy and F1 on a held-out week. Online: watch time in an A/B test.',
    good: '## 2. Framing\nA recommendation problem: rank the candidate videos for each user.\n\n## 5. Evaluation\nOffline: recall@100 for candidate generation and nDCG@10 for the final list. Online: watch time in an A/B test.',
  },
  check,
};
