import type { Concept } from './concept';

/** Finding out why the model made one prediction: logged inputs, replaying one example, explanations. */
export const debuggability: Concept = {
  id: 'debuggability',
  label: 'debugging a prediction',
  step: 'monitoring',
  subTopic: 'infra',
  terms: {
    en: [
      'debug*',
      'explain a prediction',
      'explain individual prediction*',
      'prediction explanation*',
      'replay* a request',
      'replay* one example',
      'inspect a single example',
      'step through',
      'request log*',
      'prediction log*',
    ],
    'zh-Hans': ['调试', '预测日志'],
    'zh-Hant': ['除錯', '調試', '預測日誌'],
    ja: ['デバッグ', '予測ログ'],
    ko: ['디버깅', '예측 로그'],
    ru: ['отладк*', 'отлажива*'],
  },
};
