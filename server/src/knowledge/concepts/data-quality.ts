import type { Concept } from './concept';

/** Cleaning: missing values, outliers, duplicates, data quality checks. */
export const dataQuality: Concept = {
  id: 'data-quality',
  label: 'data cleaning and quality',
  step: 'data',
  subTopic: 'splits',
  terms: {
    en: [
      'missing value*',
      'missing data',
      'outlier*',
      'dedup*',
      'duplicate*',
      'data cleaning',
      'cleaning',
      'clean the data',
      'data quality',
      'noisy data',
      'noise',
      'anomal* in data',
      'preprocess*',
      'pre-process*',
    ],
    'zh-Hans': ['缺失值', '异常值', '去重', '数据清洗', '清洗', '数据质量', '预处理'],
    'zh-Hant': ['缺失值', '異常值', '去重', '資料清洗', '清洗', '數據質量', '資料品質', '預處理'],
    ja: ['欠損値', '外れ値', '重複', 'クレンジング', 'データ品質', '前処理'],
    ko: ['결측치', '이상치', '중복', '정제', '데이터 품질', '전처리'],
    ru: ['пропуск*', 'выброс*', 'дубликат*', 'очистк*', 'качеств* данных', 'предобработк*', 'шум*'],
  },
  kinds: [
    {
      // Expectations about each feature written down and checked: a schema, ranges, allowed values.
      id: 'validation',
      label: 'data validation',
      terms: {
        en: [
          'validation rules',
          'schema validation',
          'great expectations',
          'data validation',
          'feature schema*',
          'data schema*',
          'schema check*',
          'expected range*',
          'value range*',
          'allowed values',
          '=TFDV',
        ],
        'zh-Hans': ['数据校验', '数据验证', '模式校验'],
        'zh-Hant': ['資料校驗', '資料驗證', '數據驗證'],
        ja: ['データ検証', 'スキーマ検証'],
        ko: ['데이터 검증', '스키마 검증'],
        ru: ['валидаци* данных', 'схем* данных', 'проверк* схем*'],
      },
    },
  ],
};
