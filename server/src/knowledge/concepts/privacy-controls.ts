import type { Concept } from './concept';

/** How the data pipeline protects personal data: access, anonymisation, retention, encryption. */
export const privacyControls: Concept = {
  id: 'privacy-controls',
  label: 'privacy controls',
  step: 'data',
  subTopic: 'storage',
  terms: {
    en: [
      'anonymi*',
      'anonymis*',
      'pseudonymi*',
      'de-identif*',
      '=PII',
      'personally identifiable',
      'access control*',
      'encrypt*',
      'data retention',
      'retention polic*',
      'retention period',
      'differential privacy',
      'hashed user id*',
      'hash the user id*',
    ],
    'zh-Hans': ['匿名化', '脱敏', '访问控制', '加密', '数据保留'],
    'zh-Hant': ['匿名化', '去識別化', '存取控制', '加密', '資料保留'],
    ja: ['匿名化', 'アクセス制御', '暗号化', 'データ保持'],
    ko: ['익명화', '접근 제어', '암호화', '데이터 보존'],
    ru: ['анонимиз*', 'обезличива*', 'контрол* доступа', 'шифрован*', 'срок* хранени*'],
  },
};
