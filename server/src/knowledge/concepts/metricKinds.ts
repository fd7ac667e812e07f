import { EXACT_CASE_ALIASES, metrics, type MetricKind } from '../metrics';
import type { ConceptKind } from './concept';

/**
 * Metric names that are also everyday words ("revenue", "accuracy", "diversity"): they name a metric only inside
 * the evaluation step, or under a heading that names no step.
 */
const everydayWords = new Set([
  'accuracy',
  'precision',
  'recall',
  'sensitivity',
  'specificity',
  'selectivity',
  'diversity',
  'novelty',
  'serendipity',
  'revenue',
  'retention',
  'calibration',
  'jaccard',
  'dice',
  'prevalence',
  'bookmarks',
  'perplexity',
  'latency',
  'latencies',
  'response time',
  'roc',
  'brier',
  'huber',
  'engagement rate',
  'click rate',
]);

/** A metric alias in the evidence matcher's term syntax (`recall@k` → `recall@{n}`), or none if it cannot be one. */
function aliasTerm(alias: string): string | undefined {
  if (/[[\]:=^²β.]/.test(alias)) return undefined;
  const term = alias
    .replace(/@k\b/gi, '@{n}')
    .replace(/\bat k$/i, 'at {n}')
    .replace(/\btop-k\b/gi, 'top {n}');
  if (EXACT_CASE_ALIASES.has(alias)) return `=${term}`;
  return everydayWords.has(alias.toLowerCase()) ? `~${term}` : term;
}

/** The metrics of the glossary (metrics.ts) of one kind, as kinds of the offline- or online-metric concept. */
export function metricKinds(kind: MetricKind): ConceptKind[] {
  return metrics
    .filter((metric) => metric.kind === kind)
    .map((metric) => ({
      id: metric.id,
      label: metric.name,
      terms: { en: metric.aliases.map(aliasTerm).filter((term): term is string => term !== undefined) },
    }));
}
