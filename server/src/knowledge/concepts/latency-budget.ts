import type { Concept } from './concept';

/** How fast an answer must be, end to end, usually as a percentile in milliseconds. */
export const latencyBudget: Concept = {
  id: 'latency-budget',
  label: 'latency budget',
  step: 'requirements',
  subTopic: 'latency',
  terms: {
    en: [
      '~latency',
      '~latencies',
      '~response time',
      '~SLA',
      '~SLO',
      '~real-time',
      '~realtime',
      '~near real-time',
      '~low latency',
      '~responsive',
      '~time budget',
      '~latency budget',
      '~latency-insensitive',
      '~latency tolerant',
    ],
    'zh-Hans': ['延迟', '延时', '响应时间', '实时'],
    'zh-Hant': ['延遲', '延時', '響應時間', '回應時間', '即時'],
    ja: ['~レイテンシ', '~遅延', '~応答時間', '~リアルタイム'],
    ko: ['~지연', '~레이턴시', '~응답 시간', '~실시간'],
    ru: ['~задержк*', '~латентност*', '~время ответа', '~время отклика', '~в реальном времени'],
  },
  kinds: [
    {
      id: 'figure',
      label: 'latency figure',
      terms: {
        en: [
          '~p50',
          '~p90',
          '~p95',
          '~p99',
          '~p999',
          '~sub-second',
          '~sub-millisecond',
          '~under a second',
          '~within a second',
        ],
        ru: ['~мс', '~миллисекунд*'],
        'zh-Hans': ['毫秒', '秒内'],
        'zh-Hant': ['毫秒', '秒內'],
        ja: ['~ミリ秒'],
        ko: ['~밀리초'],
      },
      ownStepPatterns: [
        // A number starts where its digits do: tried from inside a run of digits, it would scan the run again.
        /(?<!\d)\d+(?:\.\d+)?(?:\s?(?:[-–~]|to)\s?\d+(?:\.\d+)?)?\s?(?:ms|msec|millisec\w*|µs|us)\b/i,
        /\b(?:latenc\w*|respon\w*|within|under|below|less than|at most|budget|SLA|SLO|loads?|returns?|served|render\w*)\s+(?:of\s+|is\s+|about\s+|around\s+|~\s?|<\s?|≤\s?)?\d+(?:\.\d+)?\s?(?:s|sec|secs|seconds?|minutes?|mins?|hours?|h)\b/i,
        /(?<!\d)\d+(?:\.\d+)?\s?(?:s|sec|secs|seconds?)\b[^.\n]{1,30}\b(?:latenc\w*|p9\d|respon\w*)/i,
        /\b(?:50|90|95|99|99\.9)(?:th)? percentile\b/i,
        /[<≤]\s?\d+(?:\.\d+)?\s?(?:s|sec|seconds?|min|mins|minutes?|h|hours?)\b/i,
        // "до 2 секунд", "не более чем за 3 с", "< 1 сек".
        /(?:[<≤]|(?<!\p{L})(?:до|за|менее|более|в пределах))\s?\d+(?:[.,]\d+)?\s?(?:с|сек|секунд\p{L}*)(?!\p{L})/iu,
      ],
    },
  ],
};
