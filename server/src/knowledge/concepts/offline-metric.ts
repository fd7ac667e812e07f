import type { Concept } from './concept';
import { metricKinds } from './metricKinds';

/** A metric computed on held-out data during development; it should fit the ML task. */
export const offlineMetric: Concept = {
  id: 'offline-metric',
  label: 'offline metric',
  step: 'evaluation',
  subTopic: 'offline',
  terms: {
    en: [
      'offline metric*',
      'offline evaluation',
      'offline eval',
      'model metric*',
      'evaluation metric*',
      'held-out evaluation',
      'test set metric*',
      // A classifier's errors are what its offline evaluation counts, not its labels.
      'false positive*',
      'false negative*',
      'true positive*',
      'true negative*',
      'confusion matri*',
    ],
    'zh-Hans': ['离线指标', '离线评估', '评估指标'],
    'zh-Hant': ['離線指標', '離線評估', '評估指標'],
    ja: ['オフライン指標', 'オフライン評価', '評価指標'],
    ko: ['오프라인 지표', '오프라인 평가', '평가 지표'],
    ru: [
      'оффлайн-метрик*',
      'офлайн-метрик*',
      'оффлайн метрик*',
      'офлайн метрик*',
      'метрик* качества',
      'offline-метрик*',
      'ложноположительн*',
      'ложноотрицательн*',
      'матриц* ошибок',
    ],
  },
  ownStepPatterns: [
    // A table cell that files its row under "offline".
    // (Blanks of one line only: the statements of a document are matched as one text, one a line.)
    /^[^\S\n\r\u2028\u2029]*(?:\*\*|__)?offline(?:\*\*|__)?[^\S\n\r\u2028\u2029]*$/i,
  ],
  patterns: [
    // A metric the author files under an "Offline:" label counts even when no table lists it ("booked nights").
    /\boffline(?:[\s-]+(?:metrics?|evaluation|kpis?|measures?))?(?:\*\*|__)?\s?[:：](?=(?:\*\*|__)?\s?[^\s:]+\s+[^\s:]+\s+[^\s:])/i,
  ],
  kinds: metricKinds('offline'),
};
