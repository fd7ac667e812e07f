import type { Concept } from './concept';

/** Quality reported per slice of the data (country, language, new users), not only overall. */
export const dataSlices: Concept = {
  id: 'data-slices',
  label: 'quality per data slice',
  step: 'evaluation',
  subTopic: 'offline',
  terms: {
    en: [
      'slice*',
      'sliced metric*',
      'per segment',
      'per-segment',
      'by segment',
      'per cohort',
      'cohort*',
      'subgroup*',
      'sub-population*',
      'per country',
      'per region',
      'per language',
      'per locale',
      'broken down by',
      'breakdown by',
    ],
    'zh-Hans': ['分群评估', '切片', '分组指标'],
    'zh-Hant': ['分群評估', '切片', '分組指標'],
    ja: ['セグメント別', 'スライス'],
    ko: ['세그먼트별', '슬라이스'],
    ru: ['срез*', 'по сегмент*', 'по когорт*'],
  },
};
