import type { Concept } from './concept';

/** Whether predicted probabilities match observed rates (ad click prediction, thresholds). */
export const calibration: Concept = {
  id: 'calibration',
  label: 'calibration',
  step: 'model',
  subTopic: 'training',
  terms: {
    en: [
      'calibrat*',
      'platt scaling',
      'isotonic regression',
      'temperature scaling',
      'reliability diagram',
      'expected calibration error',
      '=ECE',
    ],
    'zh-Hans': ['校准'],
    'zh-Hant': ['校準'],
    ja: ['キャリブレーション', '較正'],
    ko: ['보정', '캘리브레이션'],
    ru: ['калибров*'],
  },
};
