import type { Concept } from './concept';

/** Putting a trained model into production: packaging, release, integration into the product. */
export const deployment: Concept = {
  id: 'deployment',
  label: 'deployment',
  step: 'serving',
  subTopic: 'rollout',
  terms: {
    en: [
      '~deploy*',
      '~production',
      'release cycle',
      'model release',
      '~integrat*',
      '~ship*',
      '~launch*',
      'model registry push',
      'ci/cd for models',
    ],
    'zh-Hans': ['~部署', '~上线', '~生产环境'],
    'zh-Hant': ['~部署', '~上線', '~生產環境'],
    ja: ['~デプロイ', '~本番', '~リリース'],
    ko: ['~배포', '~프로덕션', '~운영 환경'],
    ru: ['~деплой*', '~развертыван*', '~развёртыван*', '~внедрени*', '~продакшн*', '~прод', '~интеграци*'],
  },
};
