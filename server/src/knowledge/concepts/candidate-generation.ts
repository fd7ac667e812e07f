import type { Concept } from './concept';

/** A cheap first stage that narrows millions of items to a few hundred for the ranker. */
export const candidateGeneration: Concept = {
  id: 'candidate-generation',
  label: 'candidate generation',
  step: 'serving',
  subTopic: 'pipeline',
  terms: {
    en: [
      'candidate generation',
      'candidate generator*',
      'candidate retrieval',
      'candidate selection',
      'candidate sourcing',
      '~candidates',
      'retrieval stage',
      'retrieval layer',
      'first stage',
      'first-stage',
      'two-stage',
      'multi-stage',
      'ranking stage',
      're-ranking stage',
      'funnel',
      'recall stage',
      'retrieve then rank',
      'retrieve-then-rank',
    ],
    'zh-Hans': ['召回', '候选生成', '粗排', '精排', '多阶段'],
    'zh-Hant': ['召回', '候選生成', '粗排', '精排', '多階段'],
    ja: ['候補生成', '候補抽出', '多段階'],
    ko: ['후보 생성', '후보 검색', '다단계'],
    ru: ['генераци* кандидатов', 'отбор кандидатов', 'кандидат*', 'двухэтапн*', 'многоэтапн*', 'первый этап'],
  },
};
