import type { Concept } from './concept';

/** How a new feature goes from idea to production, and how long that takes. */
export const featureOnboarding: Concept = {
  id: 'feature-onboarding',
  label: 'adding a feature',
  step: 'data',
  subTopic: 'features',
  terms: {
    en: [
      'add a new feature',
      'adding a new feature',
      'new features can be added',
      'new feature* in',
      'feature onboarding',
      'onboard a feature',
      'feature iteration',
    ],
    'zh-Hans': ['新增特征', '特征上线'],
    'zh-Hant': ['新增特徵', '特徵上線'],
    ja: ['特徴量の追加'],
    ko: ['피처 추가'],
    ru: ['добавлени* нов* признак*'],
  },
};
