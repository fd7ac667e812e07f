import type { Concept } from './concept';

/** Changes to the model and its configuration reviewed by a second engineer before they train or ship. */
export const codeReview: Concept = {
  id: 'code-review',
  label: 'review of model changes',
  step: 'monitoring',
  subTopic: 'infra',
  terms: {
    en: ['code review*', 'code-reviewed', 'peer review*', 'design review*', 'reviewed like code', 'pull request*'],
    'zh-Hans': ['代码审查', '代码评审'],
    'zh-Hant': ['程式碼審查', '代碼審查'],
    ja: ['コードレビュー'],
    ko: ['코드 리뷰'],
    ru: ['код-ревью', 'ревью кода'],
  },
};
