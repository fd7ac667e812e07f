import type { Concept } from './concept';

/** Tests of the code that computes features and trains the model, run as code changes. */
export const unitTests: Concept = {
  id: 'unit-tests',
  label: 'unit tests',
  step: 'monitoring',
  subTopic: 'infra',
  terms: {
    en: ['unit test*', 'unit-tested', 'test coverage', 'tests run in CI', 'tested in CI', 'test suite*'],
    'zh-Hans': ['单元测试', '测试覆盖'],
    'zh-Hant': ['單元測試', '測試覆蓋'],
    ja: ['単体テスト', 'ユニットテスト'],
    ko: ['단위 테스트', '유닛 테스트'],
    ru: ['юнит-тест*', 'модульн* тест*', 'покрыти* тестами'],
  },
};
