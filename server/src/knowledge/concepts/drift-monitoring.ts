import type { Concept } from './concept';

/** Tracking how live data and predictions move away from training: drift statistics with thresholds. */
export const driftMonitoring: Concept = {
  id: 'drift-monitoring',
  label: 'drift monitoring',
  step: 'monitoring',
  subTopic: 'drift',
  terms: {
    en: [
      'drift*',
      'distribution shift*',
      'dataset shift',
      'covariate shift',
      'concept shift',
      'label shift',
      'prior shift',
      '=PSI',
      'population stability',
      'kl divergence',
      'js divergence',
      'jensen-shannon',
      'kolmogorov-smirnov',
      'ks test',
      '=KS',
      'wasserstein',
      'feature distribution*',
      'prediction distribution*',
      'data freshness',
      'stale data',
    ],
    'zh-Hans': ['漂移', '数据漂移', '概念漂移', '分布偏移', '分布变化'],
    'zh-Hant': ['漂移', '資料漂移', '數據漂移', '概念漂移', '分佈偏移', '分布偏移'],
    ja: ['ドリフト', 'データドリフト', '分布シフト'],
    ko: ['드리프트', '데이터 드리프트', '분포 변화'],
    ru: ['дрейф*', 'сдвиг* распределени*', 'смещени* распределени*', 'устарева*'],
  },
  patterns: [
    /\b(?:distribution(?:al)?|data|dataset|covariate|label|prior|concept|domain|population)[\s-]+(?:shifts?|changes?)\b/i,
    /\bshifts? in (?:the )?(?:input |feature |label |score |prediction |data )?distributions?\b/i,
    /\b(?:KS|JS)[\s-]+(?:test|statistic|divergence)\b/i,
    /\b(?:feature|input|score|prediction|output|data|label) distributions?\b/i,
  ],
  kinds: [
    {
      // Features computed one way for training and another at serving: a drift built into the system.
      id: 'training-serving-skew',
      label: 'training-serving skew',
      terms: {
        en: [
          'training-serving skew',
          'train-serve skew',
          'training/serving skew',
          'online-offline skew',
          'feature parity',
          'same feature code',
          'log the served features',
          'served features are logged',
        ],
        'zh-Hans': ['训练服务偏差', '线上线下不一致'],
        'zh-Hant': ['訓練服務偏差', '線上線下不一致'],
        ja: ['学習と推論の乖離'],
        ko: ['학습-서빙 불일치'],
        ru: ['рассинхрон* признаков'],
      },
      patterns: [/\b(?:train(?:ing)?|offline)[\s/-]+(?:serv(?:e|ing)|online)[\s-]+(?:skew|mismatch|discrepanc\w+)/i],
    },
    {
      // The model's quality falling over time, whatever the cause.
      id: 'degradation',
      label: 'quality degradation',
      terms: {
        en: ['model decay', 'model degradation', 'performance degradation', 'quality degradation', 'quality drop*'],
        'zh-Hans': ['模型退化'],
        'zh-Hant': ['模型退化'],
        ja: ['モデル劣化'],
        ko: ['모델 성능 저하'],
        ru: ['деградаци*'],
      },
    },
  ],
};
