/**
 * Which offline metrics fit which ML category (DOMAIN.md §4 and its machine-readable summary), as data the
 * metric-task-mismatch and offline-online-confusion rules read. Metric ids are those of metrics.ts.
 *
 * A check applies when the framing names one of its `categories` (and none of `unless`), and then judges the
 * offline metrics the evaluation names:
 * - `only`: every offline metric named is in `metrics` (nothing that fits the task was named);
 * - `needs`: none of `metrics` is named (the fitting family is absent); the finding points at the first metric of
 *   `pointAt` that is named, else at the evaluation heading;
 * - `flag`: each metric of `metrics` that is named is a misfit on its own;
 * - `headline`: a metric of `metrics` is the only or the first offline metric named.
 * Checks sharing a `group` are alternatives: only the first that fires reports.
 */
import { mlCategoryIds, type MlCategoryId } from './categories';

export type MetricFitTest =
  | { kind: 'only'; metrics: string[] }
  | { kind: 'needs'; metrics: string[]; pointAt: string[] }
  | { kind: 'flag'; metrics: string[] }
  | { kind: 'headline'; metrics: string[] };

export interface MetricFitCheck {
  id: string;
  categories: MlCategoryId[];
  /** Not when the framing also names one of these: a more specific expectation speaks for the task. */
  unless?: MlCategoryId[];
  /** Only when every category the framing names is one of `categories` (a multi-task design may mix heads). */
  exclusive?: boolean;
  /** Only for (or never for) pointwise learning to rank, i.e. a ranking task solved with a per-item classifier. */
  pointwise?: boolean;
  group?: string;
  /** How much the finding weighs: a misfit that leaves the task unmeasured, or a softer suggestion. */
  severity: 'error' | 'warning' | 'info';
  test: MetricFitTest;
  /**
   * What the evaluation gets wrong, as a verb phrase: `{metrics}` becomes the names of the offending metrics, and
   * `{shown}` (for `needs`) " (only X is named)" when the finding points at a misfit metric.
   */
  problem: string;
  /** What a good answer mentions. */
  advice: string;
}

/** Metrics that score single predictions of a classifier. */
export const classifierMetricIds: readonly string[] = [
  'accuracy',
  'precision',
  'recall',
  'specificity',
  'fpr',
  'f1',
  'f-beta',
  'confusion-matrix',
  'roc-auc',
  'pr-auc',
  'log-loss',
  'normalized-cross-entropy',
  'calibration',
  'brier-score',
];

const GENERATIVE: MlCategoryId[] = ['text-generation', 'image-generation'];
const NON_GENERATIVE: MlCategoryId[] = mlCategoryIds.filter((id) => !GENERATIVE.includes(id));

export const metricFitChecks: readonly MetricFitCheck[] = [
  {
    id: 'ranking-judged-by-classifier-metrics',
    categories: ['ranking', 'session-recommendation'],
    unless: ['ctr-prediction'],
    pointwise: false,
    group: 'list',
    severity: 'error',
    test: { kind: 'only', metrics: ['accuracy', 'f1', 'f-beta', 'rmse', 'mse', 'mae', 'roc-auc'] },
    problem: 'judges the task only by {metrics}, which says nothing about the order of the list the user sees',
    advice:
      'Add a ranking metric such as precision@k, recall@k, MRR, mAP@k or nDCG@k, and say why it fits (binary or graded relevance, one or many relevant items per query).',
  },
  {
    id: 'pointwise-ranking-judged-by-accuracy',
    categories: ['ranking', 'session-recommendation'],
    unless: ['ctr-prediction'],
    pointwise: true,
    group: 'list',
    severity: 'error',
    test: { kind: 'only', metrics: ['accuracy', 'f1', 'f-beta', 'rmse', 'mse', 'mae'] },
    problem:
      'judges the task only by {metrics}, threshold metrics of single predictions that are blind to the order of the list the user sees',
    advice:
      'Score the classifier with ROC-AUC or log loss, and the ranked output with a list metric such as mAP@k, nDCG@k or MRR.',
  },
  {
    id: 'pointwise-ranking-without-list-metric',
    categories: ['ranking', 'session-recommendation'],
    unless: ['ctr-prediction'],
    pointwise: true,
    group: 'list',
    severity: 'info',
    test: { kind: 'only', metrics: [...classifierMetricIds] },
    problem:
      'scores the pointwise classifier only with classifier metrics ({metrics}); they judge each pair, not the ranked list the product shows',
    advice:
      'That suits the model itself; also report a list metric for the output, such as mAP@k (binary relevance), nDCG@k (graded relevance) or MRR.',
  },
  {
    id: 'retrieval-judged-by-accuracy',
    categories: ['retrieval', 'link-prediction'],
    unless: ['ctr-prediction'],
    group: 'list',
    severity: 'warning',
    test: { kind: 'only', metrics: ['accuracy'] },
    problem:
      'judges the task only by {metrics}; with a huge catalogue almost every pair is a negative, so accuracy is high whatever the model returns',
    advice:
      'Use recall@k for a retrieval or candidate-generation stage, MRR, mAP or nDCG for the ranked results (ROC-AUC or PR-AUC for edge prediction), and compare ANN recall with exact search.',
  },
  {
    id: 'probability-without-probability-metric',
    categories: ['ctr-prediction'],
    // A feed ranker with a P(click) head among others is judged per head, as the classic news-feed answer does.
    unless: ['multi-task'],
    group: 'probability',
    severity: 'warning',
    test: {
      kind: 'needs',
      metrics: ['log-loss', 'normalized-cross-entropy', 'calibration', 'brier-score'],
      pointAt: ['accuracy', 'f1', 'f-beta', 'roc-auc', 'precision', 'recall', 'pr-auc'],
    },
    problem:
      'names no metric of the predicted probability itself, although the probability is used as a number (in the auction or when combining scores){shown}',
    advice:
      'Report log loss (cross-entropy) or normalized cross-entropy against the background rate, and calibration (predicted against observed clicks, overall and per segment); ROC-AUC only as a secondary check, since it ignores calibration.',
  },
  {
    id: 'imbalanced-judged-by-accuracy',
    categories: ['binary-imbalanced', 'ctr-prediction', 'link-prediction', 'anomaly-detection'],
    group: 'probability',
    severity: 'warning',
    test: { kind: 'headline', metrics: ['accuracy'] },
    problem:
      'leads with {metrics}, but positives are rare: predicting the majority class everywhere already scores close to 100 %',
    advice:
      'Lead with precision and recall at the operating threshold, F1 or F-beta, and PR-AUC; ROC-AUC only alongside them, since it looks flattering under heavy imbalance.',
  },
  {
    id: 'detection-without-iou-metric',
    categories: ['object-detection'],
    severity: 'warning',
    test: {
      kind: 'needs',
      metrics: ['map', 'ap', 'iou', 'map-50', 'map-50-95'],
      pointAt: ['accuracy', 'f1', 'roc-auc', 'precision', 'recall'],
    },
    problem: 'has no IoU-based detection metric{shown}',
    advice:
      'Say when a predicted box counts as correct (IoU above a threshold such as 0.5), then report precision and recall at that IoU, AP per class and mAP (mAP@0.5 and mAP@[.5:.95]).',
  },
  {
    id: 'regression-judged-by-classification-metrics',
    categories: ['regression', 'forecasting'],
    exclusive: true,
    severity: 'warning',
    test: {
      kind: 'flag',
      metrics: [
        'precision',
        'recall',
        'accuracy',
        'f1',
        'roc-auc',
        'pr-auc',
        'ndcg',
        'precision-at-k',
        'recall-at-k',
        'map',
        'mrr',
      ],
    },
    problem: 'scores a continuous target with {metrics}, a classification or ranking metric that does not fit it',
    advice:
      'Use MAE or RMSE in the unit of the target, MAPE when the target is never near zero, R², and quantile (pinball) loss when you promise a percentile.',
  },
  {
    id: 'generative-metric-in-non-generative-design',
    categories: NON_GENERATIVE,
    unless: GENERATIVE,
    severity: 'warning',
    test: { kind: 'flag', metrics: ['bleu', 'rouge', 'meteor', 'cider', 'fid', 'inception-score'] },
    problem:
      'uses {metrics}, which compares generated text or images with references, but this design generates neither',
    advice: 'Use the metrics of the task the framing names',
  },
];

/**
 * Offline metrics that need labelled held-out data and say nothing about business impact: listed under "online"
 * they are a misfiling. Metrics that can also be measured on live traffic (precision from human spot checks,
 * calibration of served predictions, diversity of served lists) are left out.
 */
export const offlineOnlyMetricIds: ReadonlySet<string> = new Set([
  'accuracy',
  'f1',
  'f-beta',
  'roc-auc',
  'pr-auc',
  'log-loss',
  'normalized-cross-entropy',
  'brier-score',
  'top-k-accuracy',
  'hamming-loss',
  'subset-accuracy',
  'mse',
  'rmse',
  'mae',
  'mape',
  'smape',
  'wape',
  'mase',
  'r2',
  'precision-at-k',
  'recall-at-k',
  'hit-rate-at-k',
  'mrr',
  'ap',
  'map',
  'map-at-k',
  'dcg',
  'ndcg',
  'iou',
  'map-50',
  'map-50-95',
  'dice',
  'bleu',
  'rouge',
  'meteor',
  'cider',
  'perplexity',
  'fid',
  'inception-score',
  'silhouette',
  'davies-bouldin',
  'ari',
  'nmi',
]);

/**
 * Online metrics that are also scale figures or context words ("2 B DAU", "revenue" as the business goal): not
 * judged when they appear under an "offline" label.
 */
export const ambiguousOnlineMetricIds: ReadonlySet<string> = new Set([
  'dau',
  'mau',
  'revenue-lift',
  'retention',
  'user-satisfaction',
]);

/** A ranking task solved by scoring each item with a classifier. */
export const pointwisePattern = new RegExp(
  [
    String.raw`\bpoint[\s-]?wise\b`,
    String.raw`\b(?:binary )?classifi(?:er|cation)\b[^.\n]{1,60}\b(?:rank|sort|order)(?:s|ed|ing)?\b`,
    String.raw`\b(?:rank|sort|order)(?:s|ed|ing)?\b[^.\n]{1,40}\bby (?:the )?(?:predicted )?probabilit(?:y|ies)\b`,
  ].join('|'),
  'i',
);
