import type { Concept } from './concept';

/** What limits the design: privacy and regulation, on-device or cloud, compute budget, explainability. */
export const constraints: Concept = {
  id: 'constraints',
  label: 'constraints',
  step: 'requirements',
  subTopic: 'constraints',
  terms: {
    en: [
      'constraint*',
      'privacy',
      '=GDPR',
      '=CCPA',
      '=HIPAA',
      'on-device',
      'compute budget',
      'budget',
      'regulat*',
      'compliance',
      'explainab*',
      'interpretab*',
      'legal',
      'fairness',
      'limitation*',
      'restriction*',
    ],
    'zh-Hans': ['约束', '限制', '隐私', '合规', '预算', '可解释'],
    'zh-Hant': ['約束', '限制', '隱私', '合規', '預算', '可解釋'],
    ja: ['制約', '制限', 'プライバシー', '予算', '説明可能'],
    ko: ['제약', '제한', '개인정보', '예산', '설명 가능'],
    ru: [
      'ограничени*',
      'приватност*',
      'конфиденциальност*',
      'бюджет*',
      'регулятор*',
      'интерпретируем*',
      'объяснимост*',
    ],
  },
};
