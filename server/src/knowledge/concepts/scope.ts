import type { Concept } from './concept';

/** What is in and out of scope, the use cases, and what is assumed. */
export const scope: Concept = {
  id: 'scope',
  label: 'scope and assumptions',
  step: 'requirements',
  subTopic: 'scope',
  terms: {
    en: [
      'in scope',
      'out of scope',
      'scope',
      'assum*',
      'use case*',
      'functional requirement*',
      'non-functional',
      'nonfunctional',
      '~requirement*',
      'user stor*',
      'stakeholder*',
      'personali*',
    ],
    'zh-Hans': ['范围', '假设', '功能需求', '非功能', '用例'],
    'zh-Hant': ['範圍', '假設', '功能需求', '非功能', '用例'],
    ja: ['スコープ', '前提', '機能要件', '非機能', 'ユースケース'],
    ko: ['범위', '가정', '기능 요구', '비기능', '사용 사례'],
    ru: [
      'скоуп',
      'в скоуп',
      'вне скоуп*',
      'допущени*',
      'предположени*',
      'предпосылк*',
      'функциональн* требовани*',
      'нефункциональн*',
      'требовани*',
      'сценари* использовани*',
    ],
  },
};
