import { parseDesignDoc } from '../../server/src/engine';
import { elementDiscussed } from '../../server/src/engine/rules/caseStudyExpectation';
import { stepById } from '../../server/src/knowledge/steps';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  mlCategories,
  categoryById,
  categoriesNamedIn,
  type MlCategoryId,
  metrics,
  metricById,
  findMetricMentions,
  EXACT_CASE_ALIASES,
  caseStudies,
  caseStudyById,
  type CaseStudyId,
} from '../../server/src/knowledge';

/** Spelling-insensitive key: the matcher treats spaces and hyphens as optional separators. */
function aliasKey(alias: string): string {
  return EXACT_CASE_ALIASES.has(alias) ? alias : alias.toLowerCase().replace(/[-\s\u2010\u2011\u2013]+/g, '');
}

/**
 * Aliases deliberately shared by two metrics. Empty today: every spelling points at one metric.
 * "AP" (detection/ranking AP) vs "average precision" and "PR-AUC" were split on purpose: bare
 * "average precision" and "AP" belong to `ap`, the curve spellings to `pr-auc`.
 */
const SHARED_ALIASES = new Set<string>();

describe('metrics table', () => {
  it('has unique ids', () => {
    const ids = metrics.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('has aliases unique across metrics (case- and separator-insensitive)', () => {
    const owner = new Map<string, string>();
    for (const m of metrics) {
      for (const key of new Set(m.aliases.map(aliasKey))) {
        const prev = owner.get(key);
        if (prev !== undefined && !SHARED_ALIASES.has(key))
          assert.fail(`alias "${key}" is used by ${prev} and ${m.id}`);
        owner.set(key, m.id);
      }
    }
  });

  it('only lists exact-case aliases that some metric uses', () => {
    const all = new Set(metrics.flatMap((m) => m.aliases));
    for (const alias of EXACT_CASE_ALIASES) assert.ok(all.has(alias), alias);
  });

  it('refers only to known categories', () => {
    for (const m of metrics) {
      assert.ok(m.fits.length > 0, `${m.id} fits nothing`);
      for (const c of m.fits) assert.ok(categoryById(c), `${m.id} fits unknown category ${c}`);
    }
  });

  it('covers the metric kinds of the domain summary', () => {
    const required = [
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
      'top-k-accuracy',
      'hamming-loss',
      'subset-accuracy',
      'mse',
      'rmse',
      'mae',
      'mape',
      'r2',
      'huber-loss',
      'quantile-loss',
      'precision-at-k',
      'recall-at-k',
      'hit-rate-at-k',
      'mrr',
      'ap',
      'map',
      'map-at-k',
      'dcg',
      'ndcg',
      'average-rank',
      'coverage',
      'diversity',
      'novelty',
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
      'ctr',
      'conversion-rate',
      'revenue-lift',
      'hide-rate',
      'reaction-rate',
      'watch-time',
      'completion-rate',
      'time-spent',
      'session-book-rate',
      'bookmark-rate',
      'share-rate',
      'prevalence',
      'harmful-impressions',
      'valid-appeals',
      'proactive-rate',
      'user-reports',
      'connection-requests-sent',
      'connection-requests-accepted',
      'dau',
      'mau',
      'retention',
      'user-satisfaction',
      'latency',
      'p95',
      'p99',
      'qps',
      'throughput',
      'error-rate',
      'cpu-utilization',
      'gpu-utilization',
    ];
    for (const id of required) assert.ok(metricById(id), `missing metric ${id}`);
    assert.equal(metricById('ctr')?.kind, 'online');
    assert.equal(metricById('p99')?.kind, 'operational');
    assert.equal(metricById('ndcg')?.kind, 'offline');
  });
});

describe('findMetricMentions', () => {
  const cases: { text: string; ids: string[]; why?: string }[] = [
    { text: 'We track normalized cross-entropy and calibration.', ids: ['normalized-cross-entropy', 'calibration'] },
    { text: 'Offline: mAP@k and nDCG@10.', ids: ['map-at-k', 'ndcg'] },
    { text: 'precision@k, recall@k and precision at 5', ids: ['precision-at-k', 'recall-at-k', 'precision-at-k'] },
    { text: 'PR-AUC is preferred over AUC here.', ids: ['pr-auc', 'roc-auc'] },
    { text: 'We map users to embeddings. Map each id to a vector.', ids: [], why: 'the verb/noun "map" is not mAP' },
    { text: 'We report mAP (MAP) per query.', ids: ['map', 'map'] },
    {
      text: 'Style follows the AP stylebook.',
      ids: ['ap'],
      why: 'accepted false positive: upper-case AP in an ML doc almost always means average precision',
    },
    { text: 'the ap of the model', ids: [], why: 'lower-case "ap" is not average precision' },
    { text: 'Detection: mAP@[.5:.95], mAP@0.5, AP50 and IoU.', ids: ['map-50-95', 'map-50', 'map-50', 'iou'] },
    { text: 'R² of 0.8, RMSE and MAE; also R^2.', ids: ['r2', 'rmse', 'mae', 'r2'] },
    { text: 'log-loss, logloss and CE are the same thing.', ids: ['log-loss', 'log-loss', 'log-loss'] },
    { text: 'ROC AUC, AUC-ROC, area under the ROC curve.', ids: ['roc-auc', 'roc-auc', 'roc-auc'] },
    { text: 'Online: click-through rate (CTR) and conversion rate.', ids: ['ctr', 'ctr', 'conversion-rate'] },
    { text: 'mean reciprocal rank beats average rank', ids: ['mrr', 'average-rank'] },
    { text: 'Keep p99 latency below 200 ms at 46k QPS.', ids: ['p99', 'qps'] },
    {
      text: 'Recall that the data is skewed.',
      ids: ['recall'],
      why: 'the verb "recall" matches; accepted and documented on the metric',
    },
    { text: 'Frankly, we rank by score.', ids: [] },
    { text: 'top-5 accuracy and subset accuracy', ids: ['top-k-accuracy', 'subset-accuracy'] },
    { text: 'Hits@10 and HR@k for next-item prediction.', ids: ['hit-rate-at-k', 'hit-rate-at-k'] },
    { text: 'F1-score, F-beta and macro-F1', ids: ['f1', 'f-beta', 'f1'] },
    { text: 'sMAPE instead of MAPE', ids: ['smape', 'mape'] },
    { text: 'The headline is recall@10.', ids: ['recall-at-k'] },
    { text: 'nDCG, NDCG and DCG', ids: ['ndcg', 'ndcg', 'dcg'] },
    { text: 'precision and the precision-recall curve', ids: ['precision', 'pr-auc'] },
    { text: 'normalised entropy (NE) below 1', ids: ['normalized-cross-entropy', 'normalized-cross-entropy'] },
    { text: 'watch time, session book rate, valid appeals', ids: ['watch-time', 'session-book-rate', 'valid-appeals'] },
    {
      text: 'connection requests accepted vs requests sent',
      ids: ['connection-requests-accepted', 'connection-requests-sent'],
    },
    { text: 'BLEU and FID have no place here', ids: ['bleu', 'fid'] },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} -> [${c.ids.join(', ')}]${c.why ? ` (${c.why})` : ''}`, () => {
      assert.deepEqual(
        findMetricMentions(c.text).map((m) => m.metric.id),
        c.ids,
      );
    });
  }

  it('reports position and length of the longest alias', () => {
    const text = 'Use normalized cross-entropy.';
    const [mention, ...rest] = findMetricMentions(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(mention.index, mention.index + mention.length), 'normalized cross-entropy');
  });

  it('never returns overlapping mentions', () => {
    const text = metrics.flatMap((m) => m.aliases).join(' ; ');
    const found = findMetricMentions(text);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].index + found[i - 1].length <= found[i].index);
  });

  it('finds every alias written on its own', () => {
    for (const m of metrics) {
      for (const alias of m.aliases) {
        const found = findMetricMentions(`x ${alias} x`);
        assert.deepEqual(
          found.map((f) => f.metric.id),
          [m.id],
          `alias "${alias}"`,
        );
      }
    }
  });
});

describe('categories', () => {
  const samples: Record<MlCategoryId, { yes: string[]; no: string[] }> = {
    'binary-classification': {
      yes: ['We frame it as binary classification', 'a binary classifier on <user, ad>'],
      no: ['a multi-class classifier'],
    },
    'binary-imbalanced': {
      yes: ['severe class imbalance', 'fraud detection', 'harmful content is a rare event'],
      no: ['balanced classes'],
    },
    'ctr-prediction': {
      yes: ['click-through rate prediction', 'the model outputs P(click)', 'predict click probability'],
      no: ['we report CTR online'],
    },
    'multi-class': { yes: ['a multi-class classifier', 'multiclass softmax'], no: ['binary classifier'] },
    'multi-label': { yes: ['multi-label classification', 'a multilabel head'], no: ['one label per post'] },
    'multi-task': { yes: ['a multi-task DNN', 'one head per reaction'], no: ['a single task'] },
    ranking: {
      yes: ['pointwise LTR', 'learning to rank', 'we rank posts', 'a recommendation system', 'recommend videos'],
      no: ['frankly, it is fine', 'we recommend starting simple'],
    },
    retrieval: {
      yes: ['retrieve candidates', 'a two-tower model', 'contrastive learning', 'image embedding', 'similarity search'],
      no: ['a gradient-boosted tree'],
    },
    'session-recommendation': {
      yes: ['session-based recommendation', 'predict the next item', 'skip-gram over sessions'],
      no: ['a homepage feed'],
    },
    'link-prediction': {
      yes: ['link prediction', 'edge prediction on the graph', 'a GNN', 'GraphSAGE embeddings'],
      no: ['linked list'],
    },
    regression: {
      yes: ['a regression problem', 'predict the time of arrival', 'predict the price'],
      no: ['logistic regression baseline', 'logistic-regression model', 'the regression test suite'],
    },
    'object-detection': {
      yes: ['object detection', 'predict a bounding box', 'detect faces and licence plates', 'Faster R-CNN'],
      no: ['image classification'],
    },
    segmentation: {
      yes: ['semantic segmentation', 'pixel-level masks'],
      no: ['user segmentation', 'hashtag segmentation'],
    },
    clustering: { yes: ['k-means clustering', 'customer segmentation'], no: ['clustering-based ANN index'] },
    'anomaly-detection': {
      yes: ['anomaly detection', 'flag anomalous logins', 'outlier detection'],
      no: ['normal traffic'],
    },
    forecasting: { yes: ['demand forecasting', 'a time-series model'], no: ['weather is nice'] },
    'text-generation': {
      yes: ['text generation', 'an LLM writes replies', 'summarization'],
      no: ['text classification'],
    },
    'image-generation': {
      yes: ['image generation', 'a diffusion model', 'text-to-image model'],
      no: ['text-to-image search'],
    },
  };

  it('has unique ids and a sample set for each category', () => {
    const ids = mlCategories.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual([...ids].sort(), Object.keys(samples).sort());
  });

  it('uses stateless, case-insensitive patterns with no other flag (they are searched as one pattern)', () => {
    for (const c of mlCategories) for (const p of c.patterns) assert.equal(p.flags, 'i', `${c.id} ${p}`);
  });

  for (const c of mlCategories) {
    it(`${c.id} matches its positives and not its negatives`, () => {
      for (const text of samples[c.id].yes)
        assert.ok(
          c.patterns.some((p) => p.test(text)),
          `should match: ${text}`,
        );
      for (const text of samples[c.id].no)
        assert.ok(!c.patterns.some((p) => p.test(text)), `should not match: ${text}`);
    });
  }

  it('categoriesNamedIn lists every category a framing names', () => {
    assert.deepEqual(categoriesNamedIn('Pointwise LTR: a binary classifier predicting P(click).'), [
      'binary-classification',
      'ctr-prediction',
      'ranking',
    ]);
    assert.deepEqual(categoriesNamedIn('Logistic regression baseline, frankly.'), []);
  });
});

describe('case studies', () => {
  const ids: CaseStudyId[] = [
    'visual-search',
    'street-view-blurring',
    'video-search',
    'harmful-content-detection',
    'video-recommendation',
    'event-recommendation',
    'ad-click-prediction',
    'similar-listings',
    'personalized-news-feed',
    'people-you-may-know',
  ];

  /** For each case/element, phrasings an author might use; every one must be recognised. */
  const phrases: Record<string, string[]> = {
    'visual-search/embeddings': ['map every image to an embedding', 'representation learning'],
    'visual-search/contrastive-training': ['trained with a contrastive loss', 'InfoNCE', 'triplet loss'],
    'visual-search/positive-labels': [
      'human judgements of similarity',
      'use clicks as a proxy',
      'self-supervised augmentations',
    ],
    'visual-search/ann-index': ['approximate nearest neighbour search', 'FAISS', 'an HNSW index', 'ANN'],
    'visual-search/indexing-pipeline': [
      'an indexing pipeline',
      're-index after retraining',
      'refresh the index nightly',
    ],
    'visual-search/re-ranking': ['a re-ranking service', 'remove near-duplicates'],
    'street-view-blurring/detector-architecture': [
      'a two-stage detector',
      'Faster R-CNN',
      'YOLOv8',
      'region proposal network',
    ],
    'street-view-blurring/nms': ['NMS', 'non-maximum suppression', 'merge overlapping boxes'],
    'street-view-blurring/iou': ['IoU ≥ 0.5', 'intersection over union'],
    'street-view-blurring/batch-pipeline': ['batch prediction', 'an offline pipeline', "latency isn't critical"],
    'street-view-blurring/user-report-loop': [
      'user reports of missed faces',
      'users can report',
      'hard example mining',
    ],
    'street-view-blurring/augmentation': ['data augmentation', 'random flips'],
    'street-view-blurring/fairness': ['fairness across skin tones', 'demographic slices'],
    'video-search/fusion': ['a fusion layer', 'weighted sum of relevance scores', 'combine both result lists'],
    'video-search/inverted-index': ['an inverted index', 'Elasticsearch', 'BM25 keyword search'],
    'video-search/ann-index': ['ScaNN', 'vector database'],
    'video-search/text-encoder': ['a BERT text encoder', 'TF-IDF'],
    'video-search/video-encoder': ['frame-level ViT', 'sampled frames', '3D convolutions'],
    'video-search/contrastive-training': ['contrastive training', 'query-video pairs'],
    'video-search/multilingual': ['multilingual queries', 'many languages'],
    'harmful-content-detection/multimodal-fusion': ['early fusion', 'late-fusion', 'a multimodal model'],
    'harmful-content-detection/multi-task-heads': ['multi-task classifier', 'one head per category', 'shared layers'],
    'harmful-content-detection/human-review': ['human review queue', 'content moderators', 'human-in-the-loop'],
    'harmful-content-detection/appeals': ['users can appeal', 'appeals'],
    'harmful-content-detection/labels': ['hand labelling', 'natural labels from user reports'],
    'harmful-content-detection/class-imbalance': ['class imbalance', 'focal loss', 'downsampling'],
    'harmful-content-detection/enforcement': ['take down the post', 'demote borderline posts'],
    'harmful-content-detection/adversarial-retraining': ['adversarial users', 'retrain weekly', 'bad actors'],
    'video-recommendation/candidate-generation': ['candidate generation', 'retrieval stage', 'multi-stage funnel'],
    'video-recommendation/ranking-stage': ['a ranking model', 'scoring stage', 'heavy ranker'],
    'video-recommendation/re-ranking': ['re-ranking', 'rerank', 'business rules'],
    'video-recommendation/cold-start': ['cold start', 'cold-start users', 'new videos'],
    'video-recommendation/negative-sampling': ['negative sampling', 'in-batch negatives', 'sampled softmax'],
    'video-recommendation/embedding-model': ['two-tower', 'matrix factorization', 'collaborative filtering'],
    'video-recommendation/exploration': ['exploration', 'multi-armed bandit', 'diversify results'],
    'event-recommendation/cold-events': [
      'every event is cold-start',
      'no interaction history',
      'feature engineering',
      'events expire',
    ],
    'event-recommendation/location-features': ['distance to the venue', 'travel time', 'location'],
    'event-recommendation/time-features': ['time until the event', 'day of week', 'hour of day'],
    'event-recommendation/social-features': ['friends attending', 'invitations', 'the host'],
    'event-recommendation/leakage': ['data leakage', 'post-event attendance', 'time-based split'],
    'event-recommendation/pointwise-ltr': ['pointwise LTR', 'binary classifier', 'P(register)'],
    'event-recommendation/class-imbalance': ['imbalanced labels', 'class weights'],
    'event-recommendation/continual-learning': ['continual learning', 'online learning', 'incremental training'],
    'ad-click-prediction/calibration': ['calibration', 'well-calibrated', 'isotonic regression'],
    'ad-click-prediction/continual-learning': ['continuous training', 'retrain hourly', 'model freshness'],
    'ad-click-prediction/time-based-split': ['time-based split', 'chronological train/test split', 'split by date'],
    'ad-click-prediction/downsampling-recalibration': [
      'negative downsampling',
      're-calibrate the predictions',
      'down-sample negatives',
    ],
    'ad-click-prediction/feature-interactions': ['feature crosses', 'DCN', 'DeepFM', 'factorization machines'],
    'ad-click-prediction/click-label': ['clicked within t seconds', 'attribution window', 'delayed conversions'],
    'ad-click-prediction/lr-baseline': ['logistic regression', 'a simple baseline'],
    'ad-click-prediction/feature-store': ['a feature store', 'streaming features', 'training-serving skew'],
    'similar-listings/session-embeddings': [
      'session-based embeddings',
      'search sessions',
      'skip-gram',
      'listing embeddings',
    ],
    'similar-listings/hard-negatives': ['hard negatives', 'negatives from the same city'],
    'similar-listings/booked-context': ['the eventually booked listing', 'global context'],
    'similar-listings/cold-start-listings': [
      'cold-start',
      'new listings',
      'average of the embeddings of nearby listings',
    ],
    'similar-listings/ann-index': ['nearest neighbor service', 'ANN index'],
    'similar-listings/filters': ['availability', 'price filter', 'filter out unavailable listings'],
    'personalized-news-feed/weighted-engagement': [
      'weighted engagement score',
      'weighted sum of reaction probabilities',
      'engagement score',
    ],
    'personalized-news-feed/multi-task-heads': ['multitask DNN', 'per-reaction heads'],
    'personalized-news-feed/passive-users': ['passive users', 'dwell time', 'skip prediction'],
    'personalized-news-feed/affinity-features': ['user-author affinity', 'close friends'],
    'personalized-news-feed/negative-feedback': ['hide', 'blocks', 'negative feedback'],
    'personalized-news-feed/re-ranking': ['re-ranking', 'diversity', 'misinformation'],
    'personalized-news-feed/position-bias': ['position bias', 'positional bias'],
    'people-you-may-know/friends-of-friends': [
      'friends of friends',
      'FoF',
      '2-hop neighbours',
      'second-degree connections',
    ],
    'people-you-may-know/gnn': ['GNN', 'graph neural network', 'GraphSAGE', 'edge-level prediction'],
    'people-you-may-know/batch-precompute': ['precompute PYMK lists', 'batch prediction', 'pre-computed'],
    'people-you-may-know/delayed-feedback': ['delayed feedback', 'acceptance can take days', 'pending requests'],
    'people-you-may-know/graph-snapshots': ['graph snapshot at t', 'labels from t+1'],
    'people-you-may-know/affinity-features': ['mutual connections', 'schools in common', 'profile views'],
    'people-you-may-know/privacy': ['privacy', 'blocked users'],
  };

  it('contains exactly the ten case studies, each found by id', () => {
    assert.deepEqual(caseStudies.map((c) => c.id).sort(), [...ids].sort());
    for (const id of ids) assert.equal(caseStudyById(id)?.id, id);
  });

  for (const cs of caseStudies) {
    it(`${cs.id}: metrics, category and fields are valid`, () => {
      assert.ok(categoryById(cs.category), cs.category);
      assert.ok(cs.offlineMetrics.length > 0 && cs.onlineMetrics.length > 0);
      for (const id of cs.offlineMetrics) assert.equal(metricById(id)?.kind, 'offline', `offline metric ${id}`);
      for (const id of cs.onlineMetrics) assert.equal(metricById(id)?.kind, 'online', `online metric ${id}`);
      assert.ok(cs.pitfalls.length >= 4 && cs.clarifyingQuestions.length >= 4);
      assert.ok(cs.summary.length > 0 && !cs.summary.includes('\n'));
      assert.ok(cs.typicalScale && cs.latencyBudget);
    });

    it(`${cs.id}: has at least 4 elements, each recognising its phrasings`, () => {
      assert.ok(cs.expectedElements.length >= 4);
      const elementIds = cs.expectedElements.map((e) => e.id);
      assert.equal(new Set(elementIds).size, elementIds.length);
      for (const el of cs.expectedElements) {
        for (const p of el.patterns)
          assert.ok(p.flags.includes('i') && !p.flags.includes('g') && !p.flags.includes('y'), `${el.id} ${p}`);
        const samples = phrases[`${cs.id}/${el.id}`];
        assert.ok(samples?.length, `no sample phrases for ${cs.id}/${el.id}`);
        for (const text of samples) {
          const doc = parseDesignDoc(`## ${stepById(el.step).title}\n${text}\n`, 'markdown');
          assert.ok(elementDiscussed(doc, el), `${cs.id}/${el.id} should match: ${text}`);
        }
      }
    });
  }

  it('has no sample phrases for elements that do not exist', () => {
    const known = new Set(caseStudies.flatMap((c) => c.expectedElements.map((e) => `${c.id}/${e.id}`)));
    for (const key of Object.keys(phrases)) assert.ok(known.has(key), key);
  });
});
