import type { Concept } from './concept';

/** The data sources and services the model depends on, and how their changes reach the model's owners. */
export const upstreamDependencies: Concept = {
  id: 'upstream-dependencies',
  label: 'upstream changes',
  step: 'monitoring',
  subTopic: 'monitoring',
  terms: {
    en: [
      'upstream change*',
      'upstream schema change*',
      'dependency change*',
      'changes upstream',
      'schema change*',
      'data contract*',
      'upstream owner*',
      'upstream team*',
    ],
    'zh-Hans': ['上游变更', '数据契约'],
    'zh-Hant': ['上游變更', '資料契約'],
    ja: ['上流の変更', 'データコントラクト'],
    ko: ['업스트림 변경', '데이터 계약'],
    ru: ['изменени* источник*', 'контракт* данных'],
  },
};
