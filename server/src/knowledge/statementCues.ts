import type { TermSource } from './concepts/concept';

/**
 * Words that change what a sentence says about the concepts in it, in the term syntax of concepts/concept.ts. A
 * reviewer does not take "We skip the A/B test" as an A/B test, "No accuracy or CTR yet" as metrics, or "Describe
 * the data sources" as a description of them.
 */

/**
 * Negation of a clause: a verb negated or an outright refusal ("A/B testing is not planned", "We skip the A/B
 * test"). Every concept in the clause is ruled out.
 */
export const negationCues: TermSource = {
  id: 'negation',
  terms: {
    en: [
      'not',
      'never',
      "don't",
      'dont',
      "doesn't",
      "won't",
      "isn't",
      "aren't",
      'cannot',
      "can't",
      'we skip',
      'skip the',
      'skip this',
      'skipped',
      'omit*',
      'lack',
      'lacks',
      'lacking',
      'out of scope',
      'no need',
      'nor',
    ],
    'zh-Hans': ['没有', '无需', '不需要', '不使用', '不用', '不做', '跳过', '不考虑'],
    'zh-Hant': ['沒有', '無需', '不需要', '不使用', '不用', '不做', '跳過', '不考慮'],
    ja: ['しない', 'ない', 'なし', '不要', 'せず'],
    ko: ['않', '없', '불필요'],
    ru: ['не', 'нет', 'ни', 'отсутств*'],
  },
};

/**
 * A determiner that negates what follows it ("no A/B test", "without class weights"), and only that: in "a rule
 * flagging users with no login" the rule still stands.
 */
export const forwardNegationCues: TermSource = {
  id: 'negation-forward',
  terms: {
    en: ['no', 'without', 'none', 'neither', 'instead of', 'rather than'],
    ru: ['без'],
  },
};

/** Deferral: the clause puts the concept off ("TBD", "later", "not yet"); it is planned, not designed. */
export const deferralCues: TermSource = {
  id: 'deferral',
  terms: {
    en: [
      'tbd',
      'tbc',
      'tba',
      'todo',
      'not yet',
      'yet to be',
      'future work',
      'in the future',
      'to be decided',
      'to be determined',
      'to be defined',
      'to be added',
      'to be discussed',
      'next iteration',
      'next phase',
      'later phase',
      'later stage',
      'later iteration',
      'add later',
      'added later',
      'decide later',
      'decided later',
      'will be added',
      'coming soon',
      'not decided',
      'undecided',
      'open question',
      'postpone*',
      'deferred to',
      'put off',
    ],
    'zh-Hans': ['待定', '以后', '后续', '未来', '暂不', '待补充', '待完善'],
    'zh-Hant': ['待定', '以後', '後續', '未來', '暫不', '待補充', '待完善'],
    ja: ['未定', '今後', '後で', '検討中'],
    ko: ['미정', '추후', '나중에', '향후'],
    ru: [
      'позже',
      'позднее',
      'в будущем',
      'пока не*',
      'будет определен*',
      'уточнит*',
      'впоследствии',
      'отлож*',
      'следующ* итераци*',
      'TBD',
    ],
  },
};

/**
 * A template's prompt: an instruction to the author at the start of a sentence ("Describe the data sources",
 * "List the features"). Like a question, it asks for an answer and is not one.
 */
export const promptCues: TermSource = {
  id: 'prompt',
  terms: {
    en: [
      'describe',
      'explain',
      'list',
      'specify',
      'define',
      'outline',
      'identify',
      'provide',
      'state',
      'mention',
      'document',
      'write',
      'add',
      'insert',
      'fill in',
      'enter',
      'give',
      'summarize',
      'summarise',
      'sketch',
      'elaborate',
      'discuss',
      'include',
      'justify',
      'consider',
      'think about',
      'note down',
      'start by',
      'share',
    ],
    'zh-Hans': ['描述', '说明', '列出', '请', '填写', '简述'],
    'zh-Hant': ['描述', '說明', '列出', '請', '填寫', '簡述'],
    ja: ['記述して', '説明して', '記入', '挙げて'],
    ko: ['설명하', '기술하', '작성하', '나열하'],
    ru: ['опишите', 'укажите', 'перечислите', 'объясните', 'заполните', 'определите', 'опишем'],
  },
};

/** Words that end a clause, and with it a negation's or deferral's reach ("no rules, but a GBDT"). */
export const contrastCues: TermSource = {
  id: 'contrast',
  terms: {
    en: ['but', 'however', 'instead', 'whereas', 'although', 'while', 'because', 'since', 'which', 'so that', 'so we'],
    'zh-Hans': ['但', '但是', '而是'],
    'zh-Hant': ['但', '但是', '而是'],
    ja: ['しかし', 'ただし'],
    ko: ['하지만', '그러나'],
    ru: ['но', 'однако', 'а вместо'],
  },
};

/**
 * Headings of sections that describe what the design does not do yet ("Future work", "Next steps"): what they say
 * is planned, not designed, so it never covers a step.
 */
export const deferredSectionCues: TermSource = {
  id: 'deferred-section',
  terms: {
    en: [
      'future work',
      'future improvement*',
      'future direction*',
      'future extension*',
      'future enhancement*',
      'next steps',
      'roadmap',
      'out of scope',
      'not in scope',
      'open questions',
      'backlog',
      'nice to have',
      'future plan*',
      'future consideration*',
      'next iteration*',
      'would do next',
      'possible improvement*',
      'potential improvement*',
    ],
    'zh-Hans': ['未来工作', '后续工作', '未来改进', '下一步', '路线图'],
    'zh-Hant': ['未來工作', '後續工作', '未來改進', '下一步', '路線圖'],
    ja: ['今後の課題', '今後の展望', '将来の改善'],
    ko: ['향후 과제', '향후 개선', '다음 단계'],
    ru: ['дальнейш* развити*', 'дальнейш* улучшени*', 'планы на будущее', 'следующ* шаг*', 'вне скоупа'],
  },
};

/** Headings of sections that are not part of the design: references, contents, credits. */
export const asideSectionCues: TermSource = {
  id: 'aside-section',
  terms: {
    en: [
      'references',
      'bibliography',
      'further reading',
      'resources',
      'links',
      'useful links',
      'more resources',
      'acknowledgements',
      'acknowledgments',
      'contributors',
      'table of contents',
      'contents',
      'changelog',
      'credits',
    ],
    'zh-Hans': ['参考文献', '参考资料', '目录', '致谢'],
    'zh-Hant': ['參考文獻', '參考資料', '目錄', '致謝'],
    ja: ['参考文献', '目次', '謝辞'],
    ko: ['참고 문헌', '참고 자료', '목차'],
    ru: ['литератур*', 'ссылки', 'источники', 'содержание', 'оглавление', 'благодарност*', 'контрибьютор*'],
  },
};
