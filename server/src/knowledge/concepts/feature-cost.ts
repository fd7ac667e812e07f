import type { Concept } from './concept';

/** What a feature costs to compute and serve, weighed against what it brings. */
export const featureCost: Concept = {
  id: 'feature-cost',
  label: 'cost of features',
  step: 'data',
  subTopic: 'features',
  terms: {
    en: [
      'feature cost*',
      'cost of a feature',
      'cost of each feature',
      'cost of the features',
      'feature latency',
      'feature budget',
      'expensive feature*',
      'cheap feature*',
      'feature computation cost*',
    ],
    'zh-Hans': ['特征成本', '特征开销'],
    'zh-Hant': ['特徵成本', '特徵開銷'],
    ja: ['特徴量のコスト'],
    ko: ['피처 비용'],
    ru: ['стоимост* признак*'],
  },
};
