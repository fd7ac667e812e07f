import type { Concept } from './concept';

/** Questions asked of the interviewer or stakeholders before designing. */
export const clarifyingQuestions: Concept = {
  id: 'clarifying-questions',
  label: 'clarifying questions',
  step: 'requirements',
  subTopic: 'questions',
  terms: {
    en: ['clarifying question*', 'question* to ask', 'ask the interviewer', 'clarification*', 'we ask'],
    'zh-Hans': ['澄清问题', '确认需求'],
    'zh-Hant': ['澄清問題', '確認需求'],
    ja: ['確認事項', '質問事項'],
    ko: ['확인 질문', '명확화'],
    ru: ['уточняющ* вопрос*'],
  },
};
