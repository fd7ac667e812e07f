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
      'on-device',
      'compute budget',
      'budget',
      'regulat*',
      'compliance',
      'explainab*',
      'interpretab*',
      'legal',
      'limitation*',
      'restriction*',
    ],
    'zh-Hans': ['约束', '限制', '合规', '预算', '可解释'],
    'zh-Hant': ['約束', '限制', '合規', '預算', '可解釋'],
    ja: ['制約', '制限', '予算', '説明可能'],
    ko: ['제약', '제한', '예산', '설명 가능'],
    ru: ['ограничени*', 'бюджет*', 'регулятор*', 'интерпретируем*', 'объяснимост*'],
  },
  kinds: [
    {
      id: 'privacy',
      label: 'privacy',
      terms: {
        en: ['privacy', '=GDPR', '=CCPA', '=HIPAA'],
        'zh-Hans': ['隐私'],
        'zh-Hant': ['隱私'],
        ja: ['プライバシー'],
        ko: ['개인정보'],
        ru: ['приватност*', 'конфиденциальност*'],
      },
    },
    {
      // Whether the model treats groups of users fairly: the ML Test Score's check for inclusion.
      id: 'fairness',
      label: 'fairness',
      terms: {
        en: [
          'fairness',
          'bias audit*',
          'demographic parity',
          'equal opportunity',
          'equalized odds',
          'inclusion',
          'underrepresented group*',
          'per-group metric*',
        ],
        'zh-Hans': ['公平性'],
        'zh-Hant': ['公平性'],
        ja: ['公平性'],
        ko: ['공정성'],
        ru: ['справедливост*'],
      },
    },
  ],
};
