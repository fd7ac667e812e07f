import type { Concept } from './concept';

/** How big the system is: users, items, requests per second, with numbers. */
export const scaleNumbers: Concept = {
  id: 'scale-numbers',
  label: 'scale numbers',
  step: 'requirements',
  subTopic: 'scale',
  terms: {
    en: [
      '~DAU',
      '~MAU',
      '~QPS',
      '~RPS',
      '~TPS',
      '~daily active users',
      '~monthly active users',
      '~queries per second',
      '~requests per second',
      '~transactions per second',
      '~requests per day',
      '~peak traffic',
      '~throughput',
      '~traffic',
    ],
    'zh-Hans': ['日活', '月活', '每秒请求', '每秒查询', '并发'],
    'zh-Hant': ['日活', '月活', '每秒請求', '每秒查詢', '並發'],
    ja: ['~日次アクティブ', '~秒間リクエスト', '~アクセス数'],
    ko: ['~일간 활성', '~초당 요청', '~트래픽'],
    ru: ['~пользовател* в день', '~запрос* в секунду', '~RPS', '~нагрузк*'],
  },
  ownStepPatterns: [
    /\b\d+(?:[.,]\d+)?\s?(?:[kmb]|million|billion|thousand|mln|bn)\b(?:\s(?:\w+\s)?(?:users|videos|items|posts|ads|images|listings|events|requests|queries|documents|products|songs|transactions|impressions|clicks|messages|trips|orders|rows|records))?/i,
    /\b\d+(?:[.,]\d+)?\s?(?:млн|млрд|тыс)\b/i,
    // From the first digit only: tried inside a run of digits, it would scan the run again.
    /(?<!\d)\d+(?:\.\d+)?\s?[万亿億만억]/,
  ],
  // Scale figures ("300M DAU", "70k QPS", "2,000 requests per second") are found by the engine from the units
  // and multipliers below (evidence/scaleFigures.ts) and reported as the kind `figure`.
  kinds: [{ id: 'figure', label: 'scale figure', terms: {} }],
};

/** Things a system has many of: users, items, requests, training rows (regular-expression source). */
export const scaleUnits = String.raw`(?:(?:daily|monthly|weekly)\s+active\s+users|DAU|MAU|WAU|QPS|RPS|TPS|users?|customers|members|people|accounts|viewers|visitors|subscribers|sessions|requests?|queries|calls|predictions|items|videos|posts|ads|advertisers|campaigns|images|photos|pictures|listings|events|products|documents|songs|tracks|articles|restaurants|drivers|riders|orders|transactions|impressions|clicks|views|rows|records|examples|samples|pairs|labels|connections|friends(?:hips)?|followers|creators|hotels|merchants|sellers|apps|games|reviews|comments|searches|messages|emails|pages|interactions|edges|nodes|candidates|uploads|streams|units|skus|SKUs|日活|月活|用户|用戶|条|條|筆|笔|订单|訂單|请求|請求|пользовател\S*|запрос\S*)`;

/** A rate: "per second", "/day", "a month", "每秒". */
export const scaleRate = String.raw`\b(?:per|a|an|each|every)\s+(?:second|sec|minute|min|hour|day|week|month|year)\b|\/\s*(?:s|sec|second|minute|min|hour|h|day|d|week|month|year)\b|\bdaily\b|\bmonthly\b|\bQPS\b|\bRPS\b|\bTPS\b|每秒|每日|每天|в (?:секунду|минуту|час|день|сутки|неделю|месяц)`;

/** Multipliers a figure may carry. */
export const scaleMultipliers: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mm: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  t: 1e12,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  тыс: 1e3,
  млн: 1e6,
  млрд: 1e9,
};
