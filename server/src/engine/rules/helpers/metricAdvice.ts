import type { DesignDoc } from '../../model/designDoc';
import { categoriesNamedIn, categoryById, metrics, type MetricKind } from '../../../knowledge';
import { stepText } from '../../model/stepText';

/** A metric that fits more categories than this is a product-wide one. */
const broad = 10;

const genericExamples: Record<Exclude<MetricKind, 'operational'>, string> = {
  offline:
    'precision/recall, ROC-AUC or log loss for a classifier, recall@k, nDCG or MRR for a ranked list, MAE or RMSE for a regression',
  online: 'CTR, conversion rate, watch time, revenue lift or retention, measured on live traffic in an A/B test',
};

/**
 * Metrics of `kind` that fit the ML category the framing names ("For a ranking problem: precision@k, ..."), or
 * generic examples when the framing names none. Messages are more useful when they speak to the doc's own task.
 */
export function metricSuggestion(doc: DesignDoc, kind: Exclude<MetricKind, 'operational'>): string {
  const framing = stepText(doc, 'framing').text || stepText(doc, 'requirements').text;
  let named = categoriesNamedIn(framing);
  // "Binary classification used as pointwise learning to rank": the more specific category speaks for the task.
  if (named.length > 1) named = named.filter((id) => id !== 'binary-classification');
  for (const id of named) {
    const fitting = metrics
      .filter((metric) => metric.kind === kind && metric.fits.includes(id))
      // Product-wide metrics (DAU, retention) fit every task; the task's own ones say more.
      .sort((a, b) => Number(a.fits.length > broad) - Number(b.fits.length > broad))
      .slice(0, 4);
    if (fitting.length < 2) continue;
    const title = categoryById(id)?.title.toLowerCase() ?? id;
    return `for ${title}, e.g. ${fitting.map((metric) => metric.name).join(', ')}`;
  }
  return `e.g. ${genericExamples[kind]}`;
}
