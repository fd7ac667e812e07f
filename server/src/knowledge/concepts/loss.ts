import type { Concept } from './concept';

/** What training minimises; it should match the ML objective. */
export const loss: Concept = {
  id: 'loss',
  label: 'loss function',
  step: 'model',
  subTopic: 'loss',
  terms: {
    en: [
      'loss function*',
      'objective function',
      'training objective',
      'optimi* the log',
      'minimi* the log',
      'minimi* the squared',
      'minimi* the cross',
    ],
    'zh-Hans': ['损失函数', '损失', '目标函数'],
    'zh-Hant': ['損失函數', '損失', '目標函數'],
    ja: ['損失関数', '損失', '目的関数'],
    ko: ['손실 함수', '손실', '목적 함수'],
    ru: ['функци* потерь', 'лосс*', 'функци* ошибки', 'целев* функци*'],
  },
  patterns: [
    // "The loss" is what training minimises; a data, revenue or user loss is a cost of the business, not of training.
    /(?<!\b(?:data|revenue|financial|money|profit|sales|business|customer|user|subscriber|traffic|packet|message|signal|information|memory|job|weight|hearing|precision|quality)[\s-])\bloss(?:es)?\b/i,
  ],
  kinds: [
    {
      id: 'cross-entropy',
      label: 'cross-entropy',
      terms: {
        en: [
          'cross-entropy',
          'binary cross-entropy',
          'categorical cross-entropy',
          '=BCE',
          '=CE',
          'log loss',
          'logloss',
          'log-likelihood',
          'negative log-likelihood',
          '=NLL',
          'softmax loss',
          'sampled softmax',
        ],
        'zh-Hans': ['交叉熵'],
        'zh-Hant': ['交叉熵'],
        ja: ['交差エントロピー'],
        ko: ['교차 엔트로피'],
        ru: ['кросс-энтропи*', 'перекрёстн* энтропи*'],
      },
    },
    {
      id: 'regression-loss',
      label: 'regression loss',
      terms: {
        en: [
          '=MSE',
          'mean squared error',
          'squared error',
          '=MAE',
          'mean absolute error',
          '=RMSE',
          'huber*',
          'pinball',
          'quantile loss',
          'quantile regression',
          'tweedie',
          '=L1 loss',
          '=L2 loss',
          'poisson loss',
        ],
        'zh-Hans': ['均方误差', '均方誤差', '平均二乗誤差'],
        'zh-Hant': ['均方误差', '均方誤差', '平均二乗誤差'],
        ko: ['평균 제곱 오차'],
        ru: ['среднеквадратичн*', 'квантильн*'],
      },
    },
    {
      id: 'contrastive',
      label: 'contrastive loss',
      terms: {
        en: ['contrastive', 'infonce', 'info-nce', '=NCE', 'noise-contrastive', 'in-batch negative*'],
        'zh-Hans': ['对比学习'],
        'zh-Hant': ['對比學習', '対照学習'],
        ko: ['대조 학습'],
        ru: ['контрастив*'],
      },
    },
    {
      id: 'triplet',
      label: 'triplet loss',
      terms: {
        en: ['triplet', 'margin ranking loss', 'hinge', 'hinge loss'],
      },
    },
    {
      id: 'focal',
      label: 'focal loss',
      terms: {
        en: ['focal', 'focal loss'],
      },
    },
    {
      id: 'ranking-loss',
      label: 'ranking loss',
      terms: {
        en: [
          '=BPR',
          'bayesian personali* ranking',
          'lambdarank',
          'lambdaloss',
          'lambdamart',
          'ranknet',
          'listnet',
          'pairwise loss',
          'listwise loss',
          'pairwise ranking loss',
        ],
      },
    },
    {
      id: 'kl',
      label: 'KL divergence',
      terms: {
        en: ['kl divergence', '=KL', 'kullback-leibler'],
      },
    },
  ],
};
