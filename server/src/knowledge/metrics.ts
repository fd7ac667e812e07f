/**
 * Evaluation metrics a design doc may name, with the spellings people use for them and the ML
 * categories each one suits. `findMetricMentions` locates them in free text.
 *
 * Alias conventions (used by the matcher):
 * - matching is case-insensitive, except for the few aliases in EXACT_CASE_ALIASES;
 * - a space or hyphen in an alias also matches a hyphen, a space or nothing ("log loss" finds
 *   "log-loss" and "logloss");
 * - "@k", "top-k" and "at k" also match a number ("recall@10", "top-5", "precision at 3").
 */
import { mlCategoryIds, type MlCategoryId } from './categories';
import { aliasMatcher, longestMatches, type MatchPattern } from './matching';
import { LiteralFilter } from './patternFilters';

export type MetricKind = 'offline' | 'online' | 'operational';

export interface Metric {
  id: string;
  name: string;
  aliases: string[];
  kind: MetricKind;
  definition: string;
  formula?: string;
  fits: MlCategoryId[];
  note?: string;
}

const CLASSIFIERS: MlCategoryId[] = [
  'binary-classification',
  'binary-imbalanced',
  'multi-class',
  'multi-label',
  'multi-task',
];
const LISTS: MlCategoryId[] = ['ranking', 'retrieval', 'session-recommendation', 'link-prediction'];
const RECS: MlCategoryId[] = ['ranking', 'retrieval', 'session-recommendation'];
const ALL_PRODUCTS: MlCategoryId[] = [...mlCategoryIds];

export const metrics: readonly Metric[] = [
  // ---- Classification (offline) ----
  {
    id: 'accuracy',
    name: 'Accuracy',
    kind: 'offline',
    aliases: ['accuracy', 'classification accuracy'],
    definition: 'Fraction of all predictions that match the true label.',
    formula: '(TP + TN) / (TP + TN + FP + FN)',
    fits: ['binary-classification', 'multi-class'],
    note: 'Misleading when one class dominates: predicting "negative" everywhere scores 99 % at a 1 % positive rate.',
  },
  {
    id: 'precision',
    name: 'Precision',
    kind: 'offline',
    aliases: ['precision', 'positive predictive value', 'PPV'],
    definition: 'Among the examples the model flags as positive, the fraction that really are positive.',
    formula: 'TP / (TP + FP)',
    fits: [...CLASSIFIERS, 'anomaly-detection', 'object-detection'],
    note: 'Pick it when acting on a false alarm is expensive (wrongly removed posts).',
  },
  {
    id: 'recall',
    name: 'Recall',
    kind: 'offline',
    aliases: ['recall', 'sensitivity', 'true positive rate', 'TPR'],
    definition: 'Among the truly positive examples, the fraction the model catches.',
    formula: 'TP / (TP + FN)',
    fits: [...CLASSIFIERS, 'anomaly-detection', 'object-detection'],
    note: 'The matcher also fires on the verb ("recall that ..."); rules should weigh where the word appears.',
  },
  {
    id: 'specificity',
    name: 'Specificity',
    kind: 'offline',
    aliases: ['specificity', 'true negative rate', 'TNR', 'selectivity'],
    definition: 'Among the truly negative examples, the fraction the model correctly leaves unflagged.',
    formula: 'TN / (TN + FP)',
    fits: ['binary-classification', 'binary-imbalanced'],
  },
  {
    id: 'fpr',
    name: 'False positive rate',
    kind: 'offline',
    aliases: ['false positive rate', 'FPR', 'fall-out', 'false alarm rate'],
    definition: 'Among the truly negative examples, the fraction wrongly flagged; the x-axis of a ROC curve.',
    formula: 'FP / (FP + TN)',
    fits: ['binary-classification', 'binary-imbalanced', 'anomaly-detection'],
  },
  {
    id: 'f1',
    name: 'F1 score',
    kind: 'offline',
    aliases: ['F1', 'F1 score', 'F score', 'F-measure', 'macro F1', 'micro F1', 'weighted F1'],
    definition: 'Harmonic mean of precision and recall at one decision threshold.',
    formula: '2 · P · R / (P + R)',
    fits: CLASSIFIERS,
    note: 'Multi-class and multi-label use need an averaging scheme (macro, micro or weighted).',
  },
  {
    id: 'f-beta',
    name: 'F-beta score',
    kind: 'offline',
    aliases: ['F-beta', 'F-beta score', 'Fβ', 'F2', 'F2 score', 'F0.5'],
    definition: 'F-score that counts recall β times as heavily as precision (β > 1 favours recall).',
    formula: '(1 + β²) · P · R / (β² · P + R)',
    fits: ['binary-classification', 'binary-imbalanced', 'multi-label'],
  },
  {
    id: 'confusion-matrix',
    name: 'Confusion matrix',
    kind: 'offline',
    aliases: ['confusion matrix', 'confusion matrices'],
    definition:
      'Table counting predictions per (true class, predicted class) pair; the basis of most classification metrics.',
    fits: CLASSIFIERS,
  },
  {
    id: 'roc-auc',
    name: 'ROC-AUC',
    kind: 'offline',
    aliases: [
      'ROC-AUC',
      'ROC AUC',
      'AUC-ROC',
      'AUROC',
      'AUC',
      'ROC',
      'ROC curve',
      'area under the ROC curve',
      'area under the curve',
    ],
    definition:
      'Area under the curve of true positive rate against false positive rate over all thresholds; equals the chance a random positive outscores a random negative.',
    formula: 'AUC = ∫ TPR d(FPR)',
    fits: [...CLASSIFIERS, 'ctr-prediction', 'link-prediction'],
    note: 'Threshold-free and blind to calibration; looks flattering under heavy imbalance, so pair it with PR-AUC or log loss.',
  },
  {
    id: 'pr-auc',
    name: 'PR-AUC',
    kind: 'offline',
    aliases: [
      'PR-AUC',
      'AUC-PR',
      'AUPRC',
      'PR curve',
      'precision-recall curve',
      'precision-recall AUC',
      'area under the precision-recall curve',
      'area under the PR curve',
    ],
    definition:
      'Area under the precision-against-recall curve over all thresholds; sensitive to how well rare positives are found.',
    formula: 'AP = Σₙ (Rₙ − Rₙ₋₁) · Pₙ (step-wise estimate)',
    fits: ['binary-imbalanced', 'multi-label', 'link-prediction', 'anomaly-detection'],
    note: '"Average precision" is matched as the separate `ap` metric; it is the usual step-wise estimate of this area.',
  },
  {
    id: 'log-loss',
    name: 'Log loss (cross-entropy)',
    kind: 'offline',
    aliases: [
      'log loss',
      'logloss',
      'cross-entropy',
      'cross-entropy loss',
      'CE',
      'binary cross-entropy',
      'BCE',
      'categorical cross-entropy',
      'negative log-likelihood',
      'NLL',
      'logistic loss',
    ],
    definition:
      'Average negative log of the probability the model gave to the true label; punishes confident mistakes hard.',
    formula: '−(1/N) Σ [y·log p + (1 − y)·log(1 − p)]',
    fits: ['ctr-prediction', ...CLASSIFIERS],
  },
  {
    id: 'normalized-cross-entropy',
    name: 'Normalized cross-entropy',
    kind: 'offline',
    aliases: [
      'normalized cross-entropy',
      'normalised cross-entropy',
      'NCE',
      'NE',
      'normalized entropy',
      'normalised entropy',
    ],
    definition:
      'Model log loss divided by the log loss of always predicting the background positive rate; below 1 means the model beats that prior.',
    formula: 'NE = LogLoss(model) / −[p̄·log p̄ + (1 − p̄)·log(1 − p̄)], p̄ = base rate',
    fits: ['ctr-prediction'],
    note: '"NCE" also abbreviates noise-contrastive estimation (a retrieval loss) and "NE" is a compass point; both short forms can misfire. A formula with (1+y)/2 terms assumes labels in {−1, +1}.',
  },
  {
    id: 'calibration',
    name: 'Calibration',
    kind: 'offline',
    aliases: [
      'calibration',
      'calibration error',
      'expected calibration error',
      'ECE',
      'reliability diagram',
      'O/E ratio',
      'observed/expected ratio',
    ],
    definition:
      'Agreement between predicted probabilities and observed frequencies (e.g. total predicted clicks against actual clicks).',
    formula: 'O/E = Σy / Σp (ideal 1); ECE = Σ_b (n_b / N) · |acc_b − conf_b|',
    fits: ['ctr-prediction', 'binary-classification', 'binary-imbalanced'],
    note: 'In recommender writing "calibration" can also mean matching the genre mix of a list to the user history.',
  },
  {
    id: 'brier-score',
    name: 'Brier score',
    kind: 'offline',
    aliases: ['Brier score', 'Brier'],
    definition: 'Mean squared difference between predicted probability and the 0/1 outcome.',
    formula: '(1/N) Σ (p − y)²',
    fits: ['ctr-prediction', 'binary-classification', 'binary-imbalanced'],
  },
  {
    id: 'top-k-accuracy',
    name: 'Top-k accuracy',
    kind: 'offline',
    aliases: ['top-k accuracy', 'top-k error'],
    definition: 'Fraction of examples whose true class is among the k highest-scored classes.',
    fits: ['multi-class'],
  },
  {
    id: 'hamming-loss',
    name: 'Hamming loss',
    kind: 'offline',
    aliases: ['Hamming loss'],
    definition: 'Fraction of individual (example, label) decisions that are wrong.',
    formula: '(1 / (N·L)) Σᵢ Σₗ [ŷᵢₗ ≠ yᵢₗ]',
    fits: ['multi-label'],
  },
  {
    id: 'subset-accuracy',
    name: 'Subset accuracy',
    kind: 'offline',
    aliases: ['subset accuracy', 'exact match ratio', 'exact-match accuracy'],
    definition: 'Fraction of examples whose whole predicted label set is exactly right.',
    fits: ['multi-label'],
  },

  // ---- Regression and forecasting (offline) ----
  {
    id: 'mse',
    name: 'Mean squared error',
    kind: 'offline',
    aliases: ['MSE', 'mean squared error', 'mean square error', 'L2 loss'],
    definition: 'Average squared gap between prediction and target; large errors dominate.',
    formula: '(1/N) Σ (y − ŷ)²',
    fits: ['regression', 'forecasting', 'multi-task'],
  },
  {
    id: 'rmse',
    name: 'Root mean squared error',
    kind: 'offline',
    aliases: ['RMSE', 'root mean squared error', 'root mean square error'],
    definition: 'Square root of MSE, so it is in the same unit as the target.',
    formula: '√MSE',
    fits: ['regression', 'forecasting', 'multi-task'],
  },
  {
    id: 'mae',
    name: 'Mean absolute error',
    kind: 'offline',
    aliases: ['MAE', 'mean absolute error', 'L1 loss'],
    definition: 'Average absolute gap between prediction and target; less swayed by outliers than MSE.',
    formula: '(1/N) Σ |y − ŷ|',
    fits: ['regression', 'forecasting', 'multi-task'],
  },
  {
    id: 'mape',
    name: 'Mean absolute percentage error',
    kind: 'offline',
    aliases: ['MAPE', 'mean absolute percentage error'],
    definition: 'Average absolute error relative to the true value, in percent.',
    formula: '(100/N) Σ |y − ŷ| / |y|',
    fits: ['regression', 'forecasting'],
    note: 'Explodes when true values approach zero.',
  },
  {
    id: 'smape',
    name: 'Symmetric MAPE',
    kind: 'offline',
    aliases: ['sMAPE', 'symmetric MAPE', 'symmetric mean absolute percentage error'],
    definition: 'Percentage error scaled by the mean of actual and predicted magnitudes, bounded unlike MAPE.',
    formula: '(100/N) Σ 2|y − ŷ| / (|y| + |ŷ|)',
    fits: ['forecasting'],
  },
  {
    id: 'wape',
    name: 'Weighted absolute percentage error',
    kind: 'offline',
    aliases: ['WAPE', 'weighted absolute percentage error', 'WMAPE'],
    definition: 'Total absolute error divided by total actual volume.',
    formula: 'Σ |y − ŷ| / Σ |y|',
    fits: ['forecasting'],
  },
  {
    id: 'mase',
    name: 'Mean absolute scaled error',
    kind: 'offline',
    aliases: ['MASE', 'mean absolute scaled error'],
    definition: 'MAE of the forecast divided by the MAE of a naive (previous-value or seasonal) forecast.',
    fits: ['forecasting'],
  },
  {
    id: 'r2',
    name: 'R² (coefficient of determination)',
    kind: 'offline',
    aliases: ['R²', 'R2', 'R^2', 'R-squared', 'coefficient of determination'],
    definition: 'Share of the target variance the model explains.',
    formula: '1 − SS_res / SS_tot',
    fits: ['regression'],
  },
  {
    id: 'huber-loss',
    name: 'Huber loss',
    kind: 'offline',
    aliases: ['Huber loss', 'Huber', 'smooth L1', 'smooth L1 loss'],
    definition: 'Squared error for small residuals, absolute error beyond a threshold δ; robust to outliers.',
    formula: '½r² if |r| ≤ δ, else δ(|r| − ½δ)',
    fits: ['regression', 'multi-task', 'object-detection'],
  },
  {
    id: 'quantile-loss',
    name: 'Quantile (pinball) loss',
    kind: 'offline',
    aliases: ['quantile loss', 'pinball loss'],
    definition: 'Asymmetric loss that trains or scores a prediction of a chosen percentile rather than the mean.',
    formula: 'max(q·(y − ŷ), (q − 1)·(y − ŷ))',
    fits: ['regression', 'forecasting'],
  },

  // ---- Ranking, retrieval, recommendation (offline) ----
  {
    id: 'precision-at-k',
    name: 'Precision@k',
    kind: 'offline',
    aliases: ['precision@k', 'precision at k', 'P@k', 'prec@k'],
    definition: 'Fraction of the top k results that are relevant; order inside the top k does not matter.',
    formula: '(# relevant in top k) / k',
    fits: [...RECS, 'anomaly-detection'],
    note: 'With a single relevant item per query it can never exceed 1/k.',
  },
  {
    id: 'recall-at-k',
    name: 'Recall@k',
    kind: 'offline',
    aliases: ['recall@k', 'recall at k', 'R@k'],
    definition: 'Fraction of all relevant items that appear in the top k results.',
    formula: '(# relevant in top k) / (# relevant in total)',
    fits: RECS,
    note: 'The natural metric for a candidate-generation stage; weak when thousands of items are relevant.',
  },
  {
    id: 'hit-rate-at-k',
    name: 'Hit rate@k',
    kind: 'offline',
    aliases: ['hit rate@k', 'hit rate at k', 'hits@k', 'HR@k', 'hit rate', 'hit ratio', 'hit ratio@k'],
    definition: 'Fraction of queries or users with at least one relevant item in the top k.',
    fits: [...RECS, 'link-prediction'],
  },
  {
    id: 'mrr',
    name: 'Mean reciprocal rank',
    kind: 'offline',
    aliases: ['MRR', 'mean reciprocal rank', 'reciprocal rank'],
    definition: 'Average over queries of one over the position of the first relevant result.',
    formula: '(1/N) Σ 1 / rankᵢ',
    fits: LISTS,
    note: 'Only the first relevant hit counts; ideal when each query has one right answer.',
  },
  {
    id: 'ap',
    name: 'Average precision (AP)',
    kind: 'offline',
    aliases: ['AP', 'average precision', 'AP per class', 'per-class AP'],
    definition:
      'Precision averaged over the ranks (or recall levels) where relevant items appear; for detection, computed per object class at an IoU threshold.',
    formula: 'AP = (1/R) Σᵢ P@i · relᵢ; VOC 11-point: (1/11) Σ_{r∈{0,…,1}} max_{r′≥r} P(r′)',
    fits: ['object-detection', ...LISTS, 'binary-imbalanced'],
    note: 'Bare "AP" only matches in upper case, so "the AP stylebook" is a (rare) false positive we accept.',
  },
  {
    id: 'map',
    name: 'Mean average precision (mAP)',
    kind: 'offline',
    aliases: ['mAP', 'MAP', 'mean average precision', 'mean AP'],
    definition:
      'Mean of average precision over queries (ranking) or over object classes (detection); assumes binary relevance.',
    formula: '(1/N) Σ APᵢ',
    fits: [...LISTS, 'object-detection'],
    note: 'Bare "mAP"/"MAP" match only with that capitalisation: the word "map" is not a metric.',
  },
  {
    id: 'map-at-k',
    name: 'mAP@k',
    kind: 'offline',
    aliases: ['mAP@k', 'mean average precision@k', 'mean average precision at k', 'AP@k', 'average precision at k'],
    definition: 'Mean average precision computed on the top k results of each list.',
    formula: 'AP@k = (1 / min(k, R)) Σ_{i≤k} P@i · relᵢ',
    fits: LISTS,
    note: 'Texts differ on the normaliser (R, min(k, R) or number of hits); state which one.',
  },
  {
    id: 'dcg',
    name: 'Discounted cumulative gain',
    kind: 'offline',
    aliases: ['DCG', 'DCG@k', 'discounted cumulative gain'],
    definition: 'Sum of graded relevance of the results, each discounted by the log of its position.',
    formula: 'Σ_{i=1..k} relᵢ / log₂(i + 1)  (or gain 2^relᵢ − 1)',
    fits: RECS,
  },
  {
    id: 'ndcg',
    name: 'Normalized DCG',
    kind: 'offline',
    aliases: [
      'nDCG',
      'NDCG',
      'nDCG@k',
      'NDCG@k',
      'normalized discounted cumulative gain',
      'normalised discounted cumulative gain',
    ],
    definition:
      'DCG divided by the DCG of the perfect ordering, giving a score between 0 and 1; needs graded relevance to shine.',
    formula: 'DCG@k / IDCG@k',
    fits: RECS,
    note: 'DCG and IDCG must use the same gain form.',
  },
  {
    id: 'average-rank',
    name: 'Average rank of the target',
    kind: 'offline',
    aliases: ['average rank', 'mean rank', 'average position'],
    definition:
      'Mean position at which a known target item (e.g. the listing finally booked) lands in the model ordering; lower is better.',
    formula: '(1/N) Σ rankᵢ',
    fits: ['session-recommendation', 'ranking', 'retrieval'],
  },
  {
    id: 'coverage',
    name: 'Catalogue coverage',
    kind: 'offline',
    aliases: ['catalog coverage', 'catalogue coverage', 'item coverage', 'coverage@k'],
    definition: 'Share of the catalogue that gets recommended to anyone at all.',
    formula: '|distinct recommended items| / |catalogue|',
    fits: RECS,
    note: 'The bare word names it only with the catalogue in view: "test coverage", "label coverage" or "coverage expansion" are other things.',
  },
  {
    id: 'diversity',
    name: 'Diversity',
    kind: 'offline',
    aliases: ['diversity', 'intra-list diversity', 'ILD'],
    definition: 'How dissimilar the items inside one recommendation list are from each other.',
    formula: '1 − mean pairwise similarity within the list',
    fits: RECS,
  },
  {
    id: 'novelty',
    name: 'Novelty / serendipity',
    kind: 'offline',
    aliases: ['novelty', 'serendipity'],
    definition: 'How unexpected or non-popular the recommended items are for the user.',
    formula: 'e.g. mean −log₂(popularity)',
    fits: RECS,
  },

  // ---- Computer vision (offline) ----
  {
    id: 'iou',
    name: 'Intersection over union',
    kind: 'offline',
    aliases: ['IoU', 'intersection over union', 'Jaccard index', 'Jaccard', 'mIoU', 'mean IoU'],
    definition: 'Area shared by predicted and true box (or mask) divided by the area they cover together.',
    formula: 'area(A ∩ B) / area(A ∪ B)',
    fits: ['object-detection', 'segmentation'],
  },
  {
    id: 'map-50',
    name: 'mAP@0.5',
    kind: 'offline',
    aliases: ['mAP@0.5', 'mAP@.5', 'mAP@0.50', 'mAP50', 'AP50', 'AP@0.5', 'AP@.5', 'mAP@IoU=0.5'],
    definition: 'Detection mAP where a box counts as a hit at IoU ≥ 0.5 (the lenient PASCAL VOC setting).',
    fits: ['object-detection'],
  },
  {
    id: 'map-50-95',
    name: 'mAP@[.5:.95]',
    kind: 'offline',
    aliases: [
      'mAP@[.5:.95]',
      'mAP@[0.5:0.95]',
      'mAP@[.50:.95]',
      'mAP@0.5:0.95',
      'mAP@.5:.95',
      'mAP50-95',
      'AP@[.5:.95]',
      'COCO mAP',
    ],
    definition: 'Detection mAP averaged over IoU thresholds 0.50 to 0.95 in steps of 0.05 (the strict COCO setting).',
    fits: ['object-detection'],
  },
  {
    id: 'dice',
    name: 'Dice coefficient',
    kind: 'offline',
    aliases: ['Dice', 'Dice coefficient', 'Dice score', 'Sørensen–Dice'],
    definition: 'Twice the overlap of two masks divided by the sum of their areas.',
    formula: '2·|A ∩ B| / (|A| + |B|)',
    fits: ['segmentation'],
  },

  // ---- Generation (offline) ----
  {
    id: 'bleu',
    name: 'BLEU',
    kind: 'offline',
    aliases: ['BLEU', 'BLEU score'],
    definition: 'Clipped n-gram precision of generated text against references, with a penalty for short outputs.',
    fits: ['text-generation'],
  },
  {
    id: 'rouge',
    name: 'ROUGE',
    kind: 'offline',
    aliases: ['ROUGE', 'ROUGE-L', 'ROUGE-1', 'ROUGE-2'],
    definition: 'Recall-oriented n-gram or longest-common-subsequence overlap with reference texts.',
    fits: ['text-generation'],
  },
  {
    id: 'meteor',
    name: 'METEOR',
    kind: 'offline',
    aliases: ['METEOR'],
    definition: 'Unigram alignment with references that credits stems and synonyms and weights recall.',
    fits: ['text-generation'],
  },
  {
    id: 'cider',
    name: 'CIDEr',
    kind: 'offline',
    aliases: ['CIDEr'],
    definition: 'TF-IDF weighted n-gram agreement between a caption and the consensus of reference captions.',
    fits: ['text-generation'],
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    kind: 'offline',
    aliases: ['perplexity', 'PPL'],
    definition:
      'Exponential of the mean per-token negative log-likelihood; lower means the language model is less surprised.',
    formula: 'exp(−(1/T) Σ log p(tokenₜ))',
    fits: ['text-generation'],
  },
  {
    id: 'fid',
    name: 'Fréchet Inception Distance',
    kind: 'offline',
    aliases: ['FID', 'Fréchet Inception Distance', 'Frechet Inception Distance'],
    definition: 'Distance between Gaussian fits of Inception features of real and generated images; lower is better.',
    fits: ['image-generation'],
  },
  {
    id: 'inception-score',
    name: 'Inception score',
    kind: 'offline',
    aliases: ['Inception score'],
    definition:
      'Rewards generated images that a classifier labels confidently and that spread over many classes; higher is better.',
    fits: ['image-generation'],
    note: 'The abbreviation "IS" is not an alias: it collides with the English word.',
  },

  // ---- Clustering (offline) ----
  {
    id: 'silhouette',
    name: 'Silhouette score',
    kind: 'offline',
    aliases: ['silhouette', 'silhouette score', 'silhouette coefficient'],
    definition: 'Per point, how much closer it is to its own cluster than to the nearest other cluster, averaged.',
    formula: '(b − a) / max(a, b)',
    fits: ['clustering'],
  },
  {
    id: 'davies-bouldin',
    name: 'Davies–Bouldin index',
    kind: 'offline',
    aliases: ['Davies-Bouldin', 'Davies-Bouldin index', 'DB index'],
    definition: 'Average worst-case ratio of within-cluster spread to between-cluster distance; lower is better.',
    fits: ['clustering'],
  },
  {
    id: 'ari',
    name: 'Adjusted Rand index',
    kind: 'offline',
    aliases: ['ARI', 'adjusted Rand index'],
    definition: 'Pairwise agreement between a clustering and reference labels, corrected for chance.',
    fits: ['clustering'],
  },
  {
    id: 'nmi',
    name: 'Normalized mutual information',
    kind: 'offline',
    aliases: ['NMI', 'normalized mutual information', 'normalised mutual information'],
    definition: 'Mutual information between clusters and reference labels, scaled to 0–1.',
    fits: ['clustering'],
  },

  // ---- Online / business ----
  {
    id: 'ctr',
    name: 'Click-through rate',
    kind: 'online',
    aliases: ['CTR', 'click-through rate', 'clickthrough rate', 'click rate'],
    definition: 'Clicks divided by impressions on live traffic.',
    formula: 'clicks / impressions',
    fits: ['ctr-prediction', 'ranking', 'retrieval', 'session-recommendation', 'multi-task'],
    note: 'Computed on a static test set it is only an offline proxy. "CTR prediction" names the task, yet still matches.',
  },
  {
    id: 'conversion-rate',
    name: 'Conversion rate',
    kind: 'online',
    aliases: ['conversion rate', 'CVR', 'registration rate', 'purchase rate'],
    definition: 'Conversions (purchases, sign-ups, bookings) divided by impressions or by clicks; say which.',
    fits: ['ctr-prediction', 'ranking', 'retrieval', 'session-recommendation'],
  },
  {
    id: 'revenue-lift',
    name: 'Revenue lift',
    kind: 'online',
    aliases: ['revenue lift', 'revenue uplift', 'incremental revenue', 'revenue'],
    definition: 'Relative change in revenue of the treatment group against control.',
    fits: ['ctr-prediction', 'ranking'],
    note: 'Bare "revenue" also names a business goal in requirements sections.',
  },
  {
    id: 'hide-rate',
    name: 'Hide rate',
    kind: 'online',
    aliases: ['hide rate', 'negative feedback rate', 'number of hides', 'block rate'],
    definition: 'Hides (or blocks, "not interested") per impression; a guardrail against annoying content.',
    fits: ['ctr-prediction', 'ranking', 'multi-task'],
  },
  {
    id: 'reaction-rate',
    name: 'Reaction rate',
    kind: 'online',
    aliases: ['reaction rate', 'reaction rates', 'like rate', 'comment rate', 'engagement rate', 'skip rate'],
    definition: 'Likes, comments, skips and similar reactions per impression.',
    fits: ['ranking', 'multi-task'],
  },
  {
    id: 'watch-time',
    name: 'Watch time',
    kind: 'online',
    aliases: ['watch time', 'total watch time', 'time watched', 'minutes watched', 'watch duration'],
    definition: 'Time users spend watching the recommended or returned videos.',
    fits: ['ranking', 'retrieval'],
  },
  {
    id: 'completion-rate',
    name: 'Completion rate',
    kind: 'online',
    aliases: ['completion rate', 'video completion rate', 'completed videos', 'number of completed videos'],
    definition: 'Videos watched to the end (or past a threshold) divided by videos started.',
    fits: ['ranking', 'retrieval'],
    note: 'Favours short videos.',
  },
  {
    id: 'time-spent',
    name: 'Time spent',
    kind: 'online',
    aliases: ['time spent', 'total time spent', 'average time spent', 'dwell time', 'session duration'],
    definition: 'Total time users stay on the surface per day or week.',
    fits: ['ranking', 'retrieval', 'multi-task'],
    note: '"Dwell time" is also a regression head in feed models; in an evaluation section it is an engagement metric.',
  },
  {
    id: 'session-book-rate',
    name: 'Session book rate',
    kind: 'online',
    aliases: ['session book rate', 'session booking rate', 'session conversion rate'],
    definition: 'Share of search sessions that end in a booking.',
    formula: 'sessions with a booking / sessions',
    fits: ['session-recommendation', 'ranking'],
  },
  {
    id: 'bookmark-rate',
    name: 'Bookmark rate',
    kind: 'online',
    aliases: ['bookmark rate', 'save rate', 'bookmarks'],
    definition: 'Bookmarks or saves per impression.',
    fits: ['ranking'],
  },
  {
    id: 'share-rate',
    name: 'Share rate',
    kind: 'online',
    aliases: ['share rate', 'sharing rate'],
    definition: 'Shares per impression.',
    fits: ['ranking', 'multi-task'],
  },
  {
    id: 'prevalence',
    name: 'Prevalence',
    kind: 'online',
    aliases: ['prevalence', 'violating content prevalence'],
    definition: 'Harmful posts the system missed as a share of all posts (or of all views).',
    fits: ['binary-imbalanced', 'multi-task', 'multi-label'],
    note: 'Counts each missed post once, whatever its reach.',
  },
  {
    id: 'harmful-impressions',
    name: 'Harmful impressions',
    kind: 'online',
    aliases: ['harmful impressions', 'harmful views', 'views of harmful content'],
    definition: 'Number of times users saw harmful content that was not caught; weights misses by reach.',
    fits: ['binary-imbalanced', 'multi-task', 'multi-label'],
  },
  {
    id: 'valid-appeals',
    name: 'Valid appeals',
    kind: 'online',
    aliases: [
      'valid appeals',
      'valid appeal rate',
      'valid appeals rate',
      'appeal rate',
      'successful appeals',
      'overturn rate',
    ],
    definition: 'Moderation decisions reversed on appeal as a share of all actioned posts; guards precision.',
    fits: ['binary-imbalanced', 'multi-task', 'multi-label'],
  },
  {
    id: 'proactive-rate',
    name: 'Proactive rate',
    kind: 'online',
    aliases: ['proactive rate', 'proactive detection rate'],
    definition:
      'Harmful posts found by the system before any user report, over those found by the system plus those reported.',
    formula: 'system-detected / (system-detected + user-reported)',
    fits: ['binary-imbalanced', 'multi-task', 'multi-label'],
  },
  {
    id: 'user-reports',
    name: 'User reports',
    kind: 'online',
    aliases: ['user reports', 'user complaints', 'number of reports', 'report rate'],
    definition: 'Reports or complaints users file about wrong or missed outputs.',
    fits: ['binary-imbalanced', 'object-detection', 'multi-task', 'segmentation'],
  },
  {
    id: 'connection-requests-sent',
    name: 'Connection requests sent',
    kind: 'online',
    aliases: ['connection requests sent', 'friend requests sent', 'requests sent'],
    definition: 'Connection or friend requests users send per day (or per X days) from the suggestions.',
    fits: ['link-prediction'],
  },
  {
    id: 'connection-requests-accepted',
    name: 'Connection requests accepted',
    kind: 'online',
    aliases: [
      'connection requests accepted',
      'friend requests accepted',
      'requests accepted',
      'accepted requests',
      'accepted connections',
    ],
    definition: 'Requests that the other person accepts, per day (or per X days); the stronger success signal.',
    fits: ['link-prediction'],
  },
  {
    id: 'dau',
    name: 'Daily active users',
    kind: 'online',
    aliases: ['DAU', 'daily active users', 'daily actives'],
    definition: 'Distinct users active on a given day.',
    fits: ALL_PRODUCTS,
    note: 'Also a scale figure in requirements ("2 B DAU").',
  },
  {
    id: 'mau',
    name: 'Monthly active users',
    kind: 'online',
    aliases: ['MAU', 'monthly active users'],
    definition: 'Distinct users active in a month.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'retention',
    name: 'Retention',
    kind: 'online',
    aliases: [
      'retention',
      'retention rate',
      'user retention',
      'D1 retention',
      'D7 retention',
      'D30 retention',
      'churn rate',
    ],
    definition: 'Share of users who come back after 1, 7 or 30 days.',
    fits: ALL_PRODUCTS,
    note: 'The bare word also appears in "data retention" (privacy).',
  },
  {
    id: 'user-satisfaction',
    name: 'User satisfaction',
    kind: 'online',
    aliases: ['user satisfaction', 'satisfaction survey', 'satisfaction surveys', 'CSAT', 'NPS', 'net promoter score'],
    definition: 'Explicit ratings users give of the experience, usually via surveys.',
    fits: ALL_PRODUCTS,
  },

  // ---- Operational ----
  {
    id: 'latency',
    name: 'Latency',
    kind: 'operational',
    aliases: ['latency', 'latencies', 'response time', 'p50', 'p50 latency', 'median latency', 'tail latency'],
    definition: 'Time from request to response of the serving path.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'p95',
    name: 'p95 latency',
    kind: 'operational',
    aliases: ['p95', 'p95 latency', '95th percentile', '95th percentile latency'],
    definition: 'Latency that 95 % of requests stay under.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'p99',
    name: 'p99 latency',
    kind: 'operational',
    aliases: ['p99', 'p99 latency', '99th percentile', '99th percentile latency'],
    definition: 'Latency that 99 % of requests stay under.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'qps',
    name: 'Queries per second',
    kind: 'operational',
    aliases: ['QPS', 'queries per second', 'requests per second', 'RPS'],
    definition: 'Request rate the service handles (average and peak).',
    formula: '≈ DAU × requests per user per day / 86,400',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'throughput',
    name: 'Throughput',
    kind: 'operational',
    aliases: ['throughput'],
    definition: 'Predictions (or items) processed per unit of time, e.g. images per hour for a batch job.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'error-rate',
    name: 'Error rate',
    kind: 'operational',
    aliases: ['error rate', 'error rates', 'failure rate', '5xx rate'],
    definition: 'Share of requests that fail or time out.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'cpu-utilization',
    name: 'CPU utilization',
    kind: 'operational',
    aliases: ['CPU utilization', 'CPU utilisation', 'CPU usage', 'CPU load'],
    definition: 'Share of CPU capacity in use by the service.',
    fits: ALL_PRODUCTS,
  },
  {
    id: 'gpu-utilization',
    name: 'GPU utilization',
    kind: 'operational',
    aliases: ['GPU utilization', 'GPU utilisation', 'GPU usage', 'GPU load'],
    definition: 'Share of GPU compute in use by training or serving.',
    fits: ALL_PRODUCTS,
  },
];

/**
 * Aliases that only match with exactly this capitalisation, because in other cases they are
 * ordinary words, names or abbreviations ("map" the verb, "Ari", "ne", "ce").
 */
export const EXACT_CASE_ALIASES: ReadonlySet<string> = new Set(['AP', 'mAP', 'MAP', 'CE', 'NE', 'ARI']);

export function metricById(id: string): Metric | undefined {
  return metrics.find((m) => m.id === id);
}

export interface MetricMention {
  metric: Metric;
  index: number;
  length: number;
}

const metricPatterns: readonly MatchPattern<Metric>[] = metrics.flatMap((metric) =>
  metric.aliases.map((alias) => aliasMatcher(metric, alias, EXACT_CASE_ALIASES.has(alias))),
);
const metricFilter = new LiteralFilter(metricPatterns);

/**
 * Metric mentions in `text`, in order of position. Where aliases overlap the longest match wins
 * ("normalized cross-entropy" over "cross-entropy", "PR-AUC" over "AUC"), so mentions never overlap.
 */
export function findMetricMentions(text: string): readonly MetricMention[] {
  return longestMatches(text, metricPatterns, undefined, metricFilter).map(({ item, index, length }) => ({
    metric: item,
    index,
    length,
  }));
}
