import type { Concept } from './concept';

/** Rules on what data features may use: protected attributes, approved and licensed sources, consent. */
export const featurePolicy: Concept = {
  id: 'feature-policy',
  label: 'rules on feature use',
  step: 'data',
  subTopic: 'features',
  terms: {
    en: [
      'protected attribute*',
      'sensitive attribute*',
      'banned feature*',
      'forbidden feature*',
      'allowed feature*',
      'approved data source*',
      'approved source*',
      'feature review*',
      'data licens*',
      'user consent',
    ],
    'zh-Hans': ['敏感属性', '受保护属性', '用户授权'],
    'zh-Hant': ['敏感屬性', '受保護屬性', '用戶授權'],
    ja: ['センシティブ属性', '利用同意'],
    ko: ['민감 속성', '사용자 동의'],
    ru: ['чувствительн* признак*', 'защищённ* признак*', 'согласи* пользовател*'],
  },
};
