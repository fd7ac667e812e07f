import type { Concept } from './concept';
import { metricKinds } from './metricKinds';

/** A metric of business impact measured on live traffic, usually in an A/B test. */
export const onlineMetric: Concept = {
  id: 'online-metric',
  label: 'online metric',
  step: 'evaluation',
  subTopic: 'online',
  terms: {
    en: [
      'online metric*',
      'online evaluation',
      'business metric*',
      'product metric*',
      'guardrail metric*',
      'north star metric',
    ],
    'zh-Hans': [
      '在线指标',
      '线上指标',
      '在线评估',
      '业务指标',
      '点击率',
      '转化率',
      '留存率',
      '准时率',
      '客诉率',
      '使用时长',
      '观看时长',
    ],
    'zh-Hant': [
      '線上指標',
      '線上評估',
      '業務指標',
      '點擊率',
      '轉化率',
      '留存率',
      '準時率',
      '客訴率',
      '使用時長',
      '觀看時長',
    ],
    ja: ['オンライン指標', 'オンライン評価', 'ビジネス指標'],
    ko: ['온라인 지표', '온라인 평가', '비즈니스 지표'],
    ru: [
      'онлайн-метрик*',
      'онлайн метрик*',
      'бизнес-метрик*',
      'бизнес метрик*',
      'бизнесов* метрик*',
      'метрик* бизнеса',
      'бизнес-показател*',
      'продуктов* метрик*',
      'продуктов* показател*',
      'online-метрик*',
    ],
  },
  ownStepPatterns: [
    // A table cell that files its row under "online".
    // (Blanks of one line only: the statements of a document are matched as one text, one a line.)
    /^[^\S\n\r\u2028\u2029]*(?:\*\*|__)?online(?:\*\*|__)?[^\S\n\r\u2028\u2029]*$/i,
    // Product metrics are often named by what is counted: "listening hours per user", "orders per search".
    /\b(?:hours?|minutes?|sessions?|bookings?|orders?|clicks?|plays?|purchases?|searches|visits|messages|sales) per (?:user|session|search|listener|viewer|visit|day|customer|thousand)\b/i,
  ],
  patterns: [
    // A metric the author files under an "Online:" label counts even when no table lists it ("booked nights").
    /\bonline(?:[\s-]+(?:metrics?|evaluation|kpis?|measures?))?(?:\*\*|__)?\s?[:：](?=(?:\*\*|__)?\s?[^\s:]+\s+[^\s:]+\s+[^\s:])/i,
  ],
  kinds: metricKinds('online'),
};
