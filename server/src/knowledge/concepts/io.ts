import type { Concept } from './concept';
import { outcomeProbability } from './outcomeProbability';

/** What goes into the system and each model, and what comes out. */
export const io: Concept = {
  id: 'io',
  label: 'input and output',
  step: 'framing',
  subTopic: 'io',
  terms: {
    en: [
      'input*',
      'output*',
      'given a',
      'given an',
      'given the',
      'returns a',
      'returns the',
      'return a ranked',
      'ranked list',
      'produces a',
      'takes as input',
      'as input',
      'as output',
    ],
    'zh-Hans': ['输入', '输出', '返回'],
    'zh-Hant': ['輸入', '輸出', '返回'],
    ja: ['入力', '出力', '返す'],
    ko: ['입력', '출력', '반환'],
    ru: ['на вход*', 'на выход*', 'входн*', 'выходн*', 'вход', 'выход', 'возвраща*', 'на входе', 'на выходе'],
  },
  ownStepPatterns: [
    /\b(?:I\s*\/\s*O|returns?|produces?|yields?|emits?)\b|\b(?:given|takes) (?:a|an|the|each|in)\b/i,
    /<\s*\w+\s*,\s*\w+\s*>|\bP\s*\(\s*\w/i,
    outcomeProbability,
    /\branked list\b|\b(?:list|set) of (?:the )?(?:top )?\d+\b|\btop[\s-]?(?:k|\d+)\b/i,
    /\S\s?(?:->|→|=>|⇒)\s?\S/,
  ],
};
