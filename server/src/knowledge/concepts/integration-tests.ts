import type { Concept } from './concept';

/** A test of the whole pipeline, from data to a served model, on a small sample. */
export const integrationTests: Concept = {
  id: 'integration-tests',
  label: 'integration tests',
  step: 'monitoring',
  subTopic: 'infra',
  terms: {
    en: [
      'integration test*',
      'end-to-end test*',
      'e2e test*',
      'smoke test*',
      'pipeline test*',
      'test the whole pipeline',
      'staging environment',
    ],
    'zh-Hans': ['集成测试', '端到端测试', '冒烟测试'],
    'zh-Hant': ['整合測試', '端到端測試', '冒煙測試'],
    ja: ['結合テスト', '統合テスト', 'エンドツーエンドテスト'],
    ko: ['통합 테스트', '엔드투엔드 테스트'],
    ru: ['интеграционн* тест*', 'сквозн* тест*', 'смоук-тест*'],
  },
};
