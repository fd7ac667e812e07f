import type { Concept } from './concept';

/** A gate a new model must pass (offline checks against the current one) before it may serve. */
export const releaseValidation: Concept = {
  id: 'release-validation',
  label: 'validation before serving',
  step: 'serving',
  subTopic: 'rollout',
  terms: {
    en: [
      'quality gate*',
      'release gate*',
      'validation gate*',
      'promotion criteria',
      'promoted only if',
      'promote* only if',
      'pushed only if',
      'deployed only if',
      'model validation',
      'validated before',
      'pre-deployment check*',
      'must beat the current model',
      'must beat the production model',
    ],
    'zh-Hans': ['上线前验证', '上线标准', '发布门禁'],
    'zh-Hant': ['上線前驗證', '上線標準', '發布門禁'],
    ja: ['リリース判定', 'デプロイ前検証'],
    ko: ['배포 전 검증', '배포 기준'],
    ru: ['критери* выкатк*', 'валидаци* перед выкатк*'],
  },
};
