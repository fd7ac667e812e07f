import type { Concept } from './concept';

/** Which metrics, why each fits, and which guardrails must not degrade. */
export const metricChoice: Concept = {
  id: 'metric-choice',
  label: 'metric choice',
  step: 'evaluation',
  subTopic: 'metric-talk',
  terms: {
    en: ['~metric*', '~evaluat*', '~measur*', '~benchmark*', 'guardrail*', 'success metric*', '~kpi*'],
    'zh-Hans': ['~指标', '~评估', '~评价', '~度量'],
    'zh-Hant': ['~指標', '~評估', '~評價', '~度量'],
    ja: ['~指標', '~評価', '~メトリクス'],
    ko: ['~지표', '~평가', '~메트릭'],
    ru: ['~метрик*', '~оценк*', '~оценив*', '~измер*', 'бенчмарк*'],
  },
};
