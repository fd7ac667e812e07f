import type { Concept } from './concept';

/** NaN or infinite values in features, weights or predictions, and what stops them. */
export const numericalStability: Concept = {
  id: 'numerical-stability',
  label: 'numerical stability',
  step: 'monitoring',
  subTopic: 'monitoring',
  terms: {
    en: [
      '=NaN',
      '=NaNs',
      'not a number',
      'infinite values',
      'inf values',
      'numerical stability',
      'numerically stable',
      'numerical instability',
      'numerically unstable',
      'overflow*',
      'underflow*',
      'exploding gradient*',
      'vanishing gradient*',
      'gradient clipping',
    ],
    'zh-Hans': ['数值稳定', '梯度爆炸', '梯度消失'],
    'zh-Hant': ['數值穩定', '梯度爆炸', '梯度消失'],
    ja: ['数値安定性', '勾配爆発', '勾配消失'],
    ko: ['수치 안정성', '기울기 폭발', '기울기 소실'],
    ru: ['численн* устойчивост*', 'взрыв* градиент*', 'затухани* градиент*'],
  },
};
