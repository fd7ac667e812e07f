import type { Concept } from './concept';
import { rollbackKind } from './rollback';

/** When and how the model is retrained or updated, and how a bad model is rolled back. */
export const retraining: Concept = {
  id: 'retraining',
  label: 'retraining',
  step: 'monitoring',
  subTopic: 'retraining',
  terms: {
    en: [
      'retrain*',
      're-train*',
      'continual learning',
      'continuous training',
      'continual training',
      'online learning',
      'incremental learning',
      'incremental training',
      'model refresh*',
      'refresh the model',
      'model update*',
      'update the model',
      'updated daily',
      'updated weekly',
      'retraining cadence',
      'retraining trigger*',
      'periodic training',
      'scheduled training',
      'nightly training',
      'fallback model',
      'feedback loop*',
    ],
    'zh-Hans': ['重新训练', '重训练', '增量训练', '持续学习', '在线学习', '模型更新'],
    'zh-Hant': ['重新訓練', '重訓練', '增量訓練', '持續學習', '線上學習', '模型更新'],
    ja: ['再学習', '再訓練', '継続学習', 'オンライン学習', 'モデル更新'],
    ko: ['재학습', '재훈련', '지속 학습', '온라인 학습', '모델 업데이트'],
    ru: [
      'переобуча*',
      'дообуча*',
      'переобучени*',
      'дообучени*',
      'обновлени* модел*',
      'обновля* модел*',
      'непрерывн* обучени*',
    ],
  },
  kinds: [rollbackKind],
};
