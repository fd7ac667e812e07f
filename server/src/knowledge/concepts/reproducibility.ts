import type { Concept } from './concept';

/** A training run that can be repeated with the same result: pinned data, code and seeds. */
export const reproducibility: Concept = {
  id: 'reproducibility',
  label: 'reproducible training',
  step: 'model',
  subTopic: 'training',
  terms: {
    en: [
      'reproducib*',
      'reproduce the training',
      'random seed*',
      'fixed seed*',
      'seeded',
      'deterministic training',
      'data snapshot*',
      'pinned dependenc*',
      'pinned version*',
    ],
    'zh-Hans': ['可复现', '可重现', '随机种子'],
    'zh-Hant': ['可復現', '可重現', '隨機種子'],
    ja: ['再現性', '乱数シード'],
    ko: ['재현성', '재현 가능', '랜덤 시드'],
    ru: ['воспроизводим*', 'фиксированн* сид*', 'random seed'],
  },
};
