import type { Concept } from './concept';
import { rollbackKind } from './rollback';

/** How a new model meets real traffic safely: shadow mode, canary, A/B test, gradual rollout, and the way back. */
export const productionTesting: Concept = {
  id: 'production-testing',
  label: 'testing in production',
  step: 'serving',
  subTopic: 'rollout',
  terms: {
    en: [
      'shadow mode',
      'shadow deployment',
      'shadow test*',
      'shadow traffic',
      '~shadow',
      '~rollout',
      'roll out',
      'rolled out',
      'blue-green',
      'blue/green',
      'champion-challenger',
      'champion/challenger',
      'interleaving',
      '~bandit*',
      'feature flag*',
      'dark launch',
    ],
    'zh-Hans': ['影子模式'],
    'zh-Hant': ['影子模式'],
    ja: ['シャドーモード'],
    ko: ['섀도 모드'],
    ru: ['теневой режим', 'теневом режиме', 'раскатк*', 'раскатыва*', 'пилот*'],
  },
  kinds: [
    {
      // A new model first serves a small share of the traffic, then more while its health holds.
      id: 'canary',
      label: 'canary or gradual rollout',
      terms: {
        en: [
          'canary',
          'canary release',
          'canary deployment',
          'canaried',
          'canarying',
          'gradual rollout',
          'staged rollout',
          'phased rollout',
          'progressive rollout',
          'percentage rollout',
          'ramp up',
        ],
        'zh-Hans': ['灰度发布', '金丝雀', '逐步上线', '小流量'],
        'zh-Hant': ['灰度發布', '金絲雀', '逐步上線', '小流量'],
        ja: ['カナリア', '段階的リリース'],
        ko: ['카나리', '점진적 배포'],
        ru: ['канареечн*', 'постепенн* раскатк*'],
      },
      patterns: [/\b(?:ramp\w*|roll\w*)[\s-]?(?:up|out)?\b[^.\n]{0,40}?\b\d+(?:\.\d+)?\s?%/i],
    },
    rollbackKind,
  ],
};
