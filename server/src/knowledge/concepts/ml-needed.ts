import type { Concept } from './concept';

/** Why rules or heuristics are not enough, or why they make the baseline. */
export const mlNeeded: Concept = {
  id: 'ml-needed',
  label: 'why ML',
  step: 'framing',
  subTopic: 'ml-needed',
  terms: {
    en: [
      'heuristic*',
      'rule-based',
      'rules engine',
      'hand-crafted rules',
      'why ml',
      'why machine learning',
      'ml is needed',
      'without ml',
      'manual rules',
    ],
    'zh-Hans': ['启发式', '基于规则', '规则引擎'],
    'zh-Hant': ['啟發式', '基於規則', '規則引擎'],
    ja: ['ヒューリスティック', 'ルールベース'],
    ko: ['휴리스틱', '규칙 기반'],
    ru: ['эвристик*', 'на правилах', 'ручные правила', 'зачем ml', 'зачем машинное обучение'],
  },
};
