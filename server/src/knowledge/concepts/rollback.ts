import type { ConceptKind } from './concept';

/**
 * Going back to the previous model: a kind of testing in production (how a rollout is undone) and of retraining
 * (how a bad refresh is undone). One definition, so both concepts name it with the same words.
 */
export const rollbackKind: ConceptKind = {
  id: 'rollback',
  label: 'rollback',
  terms: {
    en: ['rollback*', 'roll back', 'rolls back', 'rolled back', 'rolling back', 'revert to the previous model'],
    'zh-Hans': ['回滚'],
    'zh-Hant': ['回滾'],
    ja: ['ロールバック'],
    ko: ['롤백'],
    ru: ['откат*'],
  },
};
