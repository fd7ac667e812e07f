import type { Concept } from './concept';

/** Whether offline gains show up online: the gap between the two, checked over launches. */
export const metricCorrelation: Concept = {
  id: 'metric-correlation',
  label: 'offline-online agreement',
  step: 'evaluation',
  subTopic: 'metric-talk',
  terms: {
    en: [
      'correlat* with online',
      'correlat* with the online',
      'offline-online correlation',
      'online-offline correlation',
      'offline-online gap',
      'online-offline gap',
      'offline-online mismatch',
      'offline online agreement',
      'offline gains',
      'translate* to online',
      'translate* into online',
      'proxy metric*',
    ],
    'zh-Hans': ['相关性', '线上线下一致', '离线在线差异'],
    'zh-Hant': ['相關性', '線上線下一致', '離線線上差異'],
    ja: ['相関', 'オフラインとオンラインの乖離'],
    ko: ['상관관계', '오프라인 온라인 차이'],
    ru: ['корреляц*', 'коррелир*'],
  },
};
