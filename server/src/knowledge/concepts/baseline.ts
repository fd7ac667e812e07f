import type { Concept } from './concept';

/** The simple model or heuristic that sets the bar before anything complex. */
export const baseline: Concept = {
  id: 'baseline',
  label: 'baseline',
  step: 'model',
  subTopic: 'baseline',
  terms: {
    en: [
      'baseline*',
      'most popular',
      'popularity-based',
      'popularity baseline',
      'simple heuristic',
      'rule-based baseline',
      'random baseline',
      'constant baseline',
      'start simple',
      'starting point',
    ],
    'zh-Hans': ['基线', '基准模型', '基准方法', '最热门'],
    'zh-Hant': ['基線', '基準模型', '基準方法', '最熱門'],
    ja: ['ベースライン', '基準モデル'],
    ko: ['베이스라인', '기준 모델', '기준선'],
    ru: ['бейзлайн*', 'базов* модел*', 'базов* решени*', 'базовый уровень', 'простая эвристик*', 'популярн* товар*'],
  },
  patterns: [
    /\b(?:start|begin|starting|beginning) (?:with|from) (?:a |an )?(?:simple|simpler|linear|logistic|basic|naive|non[\s-]ML)\b/i,
    /\bsimple (?:model|heuristic|rule)s? first\b|\bnaive (?:model|forecast|predictor|approach)\b/i,
    /\b(?:beat|compared? (?:with|to|against)) (?:a |the )?(?:simple|current|existing|production)\b/i,
  ],
};
