/** Ad click prediction: estimate the probability that a user clicks an ad, to rank ads and feed the auction. */
import type { DiagramSkeleton } from '../diagrams';
import type { CaseStudy } from './types';

const diagram: DiagramSkeleton = {
  id: 'ad-ranking',
  title: 'Ad ranking with continual learning',
  description:
    'Targeting narrows the ads, a click model ranks them with batch and streaming features, and fresh data retrains it.',
  lines: [
    'flowchart LR',
    '    request([Ad request]) --> targeting[Candidate generation by targeting]',
    '    targeting --> ranking[Click prediction and ranking]',
    '    features[(Feature store with batch and streaming features)] --> ranking',
    '    ranking --> rerank[Re-ranking with auction, pacing and diversity]',
    '    rerank --> shown([Ads shown])',
    '    shown -.->|impressions and clicks| stream[Event stream]',
    '    stream -.-> features',
    '    stream -.-> continual[Continual training]',
    '    continual -.->|deploy if better| ranking',
  ],
};

export const adClickPrediction: CaseStudy = {
  id: 'ad-click-prediction',
  title: 'Ad click prediction',
  summary: 'Estimate the probability that a user clicks an ad, to rank ads and feed the auction.',
  category: 'ctr-prediction',
  offlineMetrics: ['normalized-cross-entropy', 'log-loss', 'calibration', 'roc-auc'],
  onlineMetrics: ['ctr', 'conversion-rate', 'revenue-lift', 'hide-rate'],
  expectedElements: [
    {
      id: 'calibration',
      label: 'Calibrated probabilities',
      step: 'evaluation',
      concepts: ['calibration'],
      patterns: [/\breliability curve\b/i, /\bobserved[\s/-]+(?:over[\s-]+|to[\s-]+)?expected\b|\bO\/E\b/i],
      why: 'The auction multiplies bids by predicted click probability, so the number itself must be right, not just the order.',
    },
    {
      id: 'continual-learning',
      label: 'Continual learning on fresh data',
      step: 'serving',
      concepts: ['retraining'],
      patterns: [/\b(?:model )?freshness\b/i, /\bstale(?:ness)?\b/i],
      why: 'Ads, users and trends change by the hour; even short staleness measurably hurts.',
    },
    {
      id: 'time-based-split',
      label: 'Time-based train/test split',
      step: 'data',
      patterns: [
        /\b(?:time[\s-]based|temporal|chronological|time[\s-]ordered|out[\s-]of[\s-]time) (?:train[\s/-]+(?:test|validation) )?(?:split|splitting|evaluation|holdout)\b/i,
        /\bsplit(?:ting)? (?:the data )?by (?:time|date|day)\b/i,
        /\btrain on (?:earlier|past|older) (?:data|days)\b/i,
      ],
      why: 'A random split lets the model peek at the future and overstates quality.',
    },
    {
      id: 'downsampling-recalibration',
      label: 'Negative down-sampling with re-calibration',
      step: 'model',
      concepts: ['class-imbalance/handling', 'calibration'],
      patterns: [],
      why: 'Dropping most negatives speeds training but shifts predicted probabilities, which must then be corrected.',
    },
    {
      id: 'feature-interactions',
      label: 'Feature-interaction models (crosses, FM, DCN, DeepFM)',
      step: 'model',
      patterns: [
        /\bfeature cross(?:es|ing)?\b/i,
        /\bDCN\w*\b|\bdeep (?:&|and) cross\b/i,
        /\bDeepFM\b/i,
        /\bfactori[sz]ation machines?\b|\bFFM\b/i,
        /\bGBDT\s*\+\s*LR\b/i,
      ],
      why: 'Clicks depend on interactions among sparse features (user × ad category) that linear models miss.',
    },
    {
      id: 'click-label',
      label: 'Label definition and delayed feedback',
      step: 'data',
      patterns: [
        /\bclick(?:ed|s)? within\b/i,
        /\b(?:attribution|label(?:l?ing)?|click) window\b/i,
        /\bdelayed (?:feedback|clicks?|conversions?|labels?)\b/i,
        /\bwithin (?:t|\d+) (?:s|sec|seconds|minutes)\b/i,
      ],
      why: 'What counts as a negative depends on how long one waits for a click; waiting too little mislabels late clicks.',
    },
    {
      id: 'lr-baseline',
      label: 'Simple baseline (logistic regression)',
      step: 'model',
      concepts: ['baseline', 'model-choice/logistic-regression'],
      patterns: [],
      why: 'A fast linear model sets the bar and keeps the pipeline honest before deep models.',
    },
    {
      id: 'feature-store',
      label: 'Batch and streaming features via a feature store',
      step: 'serving',
      patterns: [
        /\bfeature stores?\b/i,
        /\b(?:streaming|real[\s-]time|online|dynamic) features?\b/i,
        /\btraining[\s-]serving skew\b/i,
      ],
      why: 'Fast-changing counters must be computed identically for training and serving.',
    },
  ],
  pitfalls: [
    'Accuracy or F1 as the offline metric.',
    'AUC alone, which says nothing about calibration.',
    'Negatives down-sampled without correcting the predicted probabilities.',
    'Random rather than time-based train/test split.',
    'Impressions the user never saw counted as negatives.',
    'Late clicks and conversions ignored.',
    'No continual training.',
    'One-hot encoding of ID features with huge cardinality.',
  ],
  typicalScale: 'Billions of impressions per day; CTR around 1 %; millions of active ads.',
  latencyBudget: 'Roughly 50–150 ms for the ad ranking call.',
  clarifyingQuestions: [
    'Is the goal revenue, and does every click earn the same?',
    'Can users hide ads; is there a fatigue period?',
    'How are positive and negative labels defined from impressions and clicks?',
    'How fresh must the model be: is continual training required?',
    'What is the latency budget for ranking ads?',
  ],
  prompts: {
    io: 'A user, the context and candidate ads in; a calibrated click probability per ad out, ranked for the auction.',
    framings: [
      'Binary classification on (user, ad) pairs predicting P(click), sorted and combined with bids.',
      'Pairwise or listwise ranking: orders ads well but loses the calibrated probability the auction needs.',
    ],
    dataSources: [
      'Ads: id, advertiser, campaign, ad group, category, media.',
      'Users: demographics, interests.',
      'Impressions, clicks, conversions and hides, streamed with timestamps.',
    ],
    labels: 'A click within t seconds of an impression is positive; no click within t (or a hide) is negative; tune t.',
    features: [
      'High-cardinality ids (ad, advertiser, campaign) as learned embeddings, not one-hot.',
      'Engagement counters per ad and advertiser over several windows.',
      'User history: averaged embeddings of clicked ads, historical CTR.',
      'Context: device, time, placement.',
      'Feature crosses such as user interest × ad category.',
    ],
    models: [
      'Baseline: logistic regression on hashed and crossed features.',
      'GBDT, or GBDT as a feature extractor for logistic regression: no embeddings, poor for continual learning.',
      'Deep & Cross Network, factorization machines or DeepFM for explicit feature interactions.',
    ],
    loss: 'Binary cross-entropy; re-calibrate if negatives are down-sampled.',
    metricNotes:
      'Probabilities feed the auction, so log loss, normalized cross-entropy and calibration lead; ROC-AUC only checks the order.',
    servingMode: 'Online, within a tight budget; continual training keeps the model fresh.',
    pipeline: [
      'Candidate generation by advertiser targeting (age, location, interests).',
      'Ranking by predicted click probability with batch and streaming features.',
      'Re-ranking for the auction, budget pacing and diversity.',
      'Continual learning pipeline fine-tunes on fresh impressions and deploys only if better.',
    ],
    diagram,
    monitoring: [
      'Calibration: predicted versus observed clicks, per hour and segment.',
      'Model staleness (minutes since the last update).',
      'Streaming counter freshness and training–serving skew.',
    ],
  },
};
