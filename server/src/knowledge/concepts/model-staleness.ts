import type { Concept } from './concept';

/** How quality falls as the served model ages: it sets the retraining cadence and the age alert. */
export const modelStaleness: Concept = {
  id: 'model-staleness',
  label: 'model staleness',
  step: 'monitoring',
  subTopic: 'retraining',
  terms: {
    en: [
      'staleness',
      'stale model*',
      'model age',
      'model is stale',
      'model goes stale',
      'goes stale',
      'model freshness',
      'outdated model*',
      'age of the model',
    ],
    'zh-Hans': ['模型过时', '模型陈旧', '模型新鲜度'],
    'zh-Hant': ['模型過時', '模型陳舊', '模型新鮮度'],
    ja: ['モデルの鮮度', 'モデルの陳腐化'],
    ko: ['모델 노후화', '모델 신선도'],
    ru: ['устаревани* модел*', 'возраст модел*'],
  },
};
