/**
 * ML task categories a design doc can frame its problem as. The linter detects the category from the
 * framing section (via `patterns`) and then checks the evaluation metrics against it (see metrics.ts).
 *
 * Patterns are case-insensitive with no other flag (they are searched joined into one), and use word
 * boundaries so that "rank" does not fire inside "frank" and a model name such as "logistic
 * regression" does not count as the regression task.
 */

/** Every ML category, in the order of the table below. */
export const mlCategoryIds = [
  'binary-classification',
  'binary-imbalanced',
  'ctr-prediction',
  'multi-class',
  'multi-label',
  'multi-task',
  'ranking',
  'retrieval',
  'session-recommendation',
  'link-prediction',
  'regression',
  'object-detection',
  'segmentation',
  'clustering',
  'anomaly-detection',
  'forecasting',
  'text-generation',
  'image-generation',
] as const;

export type MlCategoryId = (typeof mlCategoryIds)[number];

/** The classification tasks: one label (or one per head) per example, click probability included. */
export const classificationCategoryIds: readonly MlCategoryId[] = mlCategoryIds.slice(0, 6);

export interface MlCategory {
  id: MlCategoryId;
  title: string;
  description: string;
  patterns: RegExp[];
}

export const mlCategories: readonly MlCategory[] = [
  {
    id: 'binary-classification',
    title: 'Binary classification',
    description: 'Each input gets one of two labels (or a score for the positive class); classes are roughly balanced.',
    patterns: [
      /\bbinary[\s-]+classif(?:y|ier|iers|ication|ying)\b/i,
      /\b(?:two|2)[\s-]+class(?:es)?\b/i,
      /\bbinary (?:label|target|outcome)s?\b/i,
      /\byes\s*\/\s*no (?:prediction|label|decision|question)\b/i,
    ],
  },
  {
    id: 'binary-imbalanced',
    title: 'Imbalanced binary classification',
    description:
      'Two-class problem where positives are rare (integrity, fraud, abuse, rare events), so accuracy is misleading.',
    patterns: [
      /\b(?:class|label|data)[\s-]+imbalance[ds]?\b/i,
      /\bimbalanced\b/i,
      /\brare (?:events?|positives?|class(?:es)?)\b/i,
      /\bfraud(?:ulent)?\b/i,
      /\bharmful (?:content|posts?)\b/i,
      /\b(?:integrity|abuse|spam|policy[\s-]violation) (?:detection|classifier|classification|system)\b/i,
      /\bhighly skewed\b/i,
    ],
  },
  {
    id: 'ctr-prediction',
    title: 'Probability estimation / CTR prediction',
    description:
      'The model must output well-calibrated probabilities (click, conversion) that downstream systems use as numbers.',
    patterns: [
      /\bclick[\s-]?through[\s-]+rate (?:prediction|estimation|model)\b/i,
      /\b(?:p?CTR|CVR) (?:prediction|estimation|model)\b/i,
      /\bpCTR\b/i,
      /\bP\s*\(\s*(?:click|conversion|convert)\b/i,
      /\b(?:click|conversion) probabilit(?:y|ies)\b/i,
      /\bprobabilit(?:y|ies) (?:of|that) (?:a |the )?(?:user )?(?:click|convert)/i,
      /\bprobability estimation\b/i,
      /\bad click prediction\b/i,
    ],
  },
  {
    id: 'multi-class',
    title: 'Multi-class classification',
    description: 'Each input gets exactly one label out of more than two classes.',
    patterns: [
      /\bmulti[\s-]?class\b/i,
      /\bmultinomial (?:classification|classifier|logistic)\b/i,
      /\bsoftmax over (?:the )?(?:\d+|n|k|all) (?:classes|categories)\b/i,
      /\bone of (?:\d+|n|k|several|many) (?:classes|categories)\b/i,
    ],
  },
  {
    id: 'multi-label',
    title: 'Multi-label classification',
    description: 'Each input can carry several labels at once; one independent yes/no decision per label.',
    patterns: [/\bmulti[\s-]?label\b/i, /\b(?:several|multiple) labels per\b/i],
  },
  {
    id: 'multi-task',
    title: 'Multi-task learning',
    description: 'One shared model with several output heads, each predicting its own target.',
    patterns: [
      /\bmulti[\s-]?task\b/i,
      /\b(?:one|a separate) (?:output |prediction )?head (?:per|for each)\b/i,
      /\b(?:per[\s-]task|task[\s-]specific) heads?\b/i,
    ],
  },
  {
    id: 'ranking',
    title: 'Ranking / recommendation / search',
    description: 'The product shows an ordered list; includes pointwise, pairwise and listwise learning to rank.',
    patterns: [
      /\brank(?:s|ed|er|ers|ing|ings)?\b/i,
      /\blearning[\s-]to[\s-]rank\b/i,
      /\bLTR\b/i,
      /\b(?:pointwise|pairwise|listwise)\b/i,
      /\brecommend(?:ation|ations|er|ers)\b/i,
      /\brecommend(?:s|ing)? (?:items|videos|posts|events|products|listings|content|people|ads|songs|articles)\b/i,
      /\brecsys\b/i,
      /\bsearch (?:ranking|results|relevance|engine)\b/i,
      /\b(?:ordered|sorted) list\b/i,
    ],
  },
  {
    id: 'retrieval',
    title: 'Embedding retrieval / similarity search',
    description:
      'Learn representations so that similar things are close, then fetch nearest neighbours; also candidate generation.',
    patterns: [
      /\bretriev(?:e|es|ed|al|ing)\b/i,
      /\btwo[\s-]?tower\b/i,
      /\bdual[\s-]encoder\b/i,
      /\bcontrastive\b/i,
      /\bembeddings?\b/i,
      /\bsimilarity search\b/i,
      /\bcandidate generation\b/i,
      /\brepresentation learning\b/i,
      /\b(?:approximate )?nearest[\s-]neighbou?rs?\b/i,
      /\bvisual search\b/i,
      /\bsiamese\b/i,
    ],
  },
  {
    id: 'session-recommendation',
    title: 'Session-based / next-item recommendation',
    description: 'Predict the next item a user will engage with from the sequence of items in the current session.',
    patterns: [
      /\bsession[\s-]based\b/i,
      /\bnext[\s-](?:item|click|listing|video|song|product|basket)\b/i,
      /\bin[\s-]session\b/i,
      /\bsession (?:embeddings?|co-?occurrence|sequences?)\b/i,
      /\bsequential recommend(?:ation|er)s?\b/i,
      /\bskip[\s-]?gram\b/i,
    ],
  },
  {
    id: 'link-prediction',
    title: 'Graph link prediction',
    description: 'Predict whether an edge (friendship, connection) will form between two nodes of a graph.',
    patterns: [
      /\blink[\s-]prediction\b/i,
      /\bedge(?:[\s-]level)?[\s-]prediction\b/i,
      /\bGNNs?\b/i,
      /\bgraph neural networks?\b/i,
      /\bGraphSAGE\b/i,
      /\bGCNs?\b/i,
      /\bpredict(?:s|ing)? (?:new |future |missing )?(?:edges|links)\b/i,
    ],
  },
  {
    id: 'regression',
    title: 'Regression',
    description: 'Predict a continuous number such as a duration, price or amount.',
    patterns: [
      // "logistic regression" is a classifier, and "regression test" is software QA.
      /\bregression\b(?<!\blogistic[\s-]{1,10}regression)(?![\s-]{1,10}test(?:s|ing)?\b)/i,
      /\bregressor\b/i,
      /\bpredict(?:s|ing)? (?:the )?(?:time|duration|price|eta|arrival time|delivery time|dwell time|amount|revenue|demand)\b/i,
      /\b(?:continuous|real[\s-]valued) (?:target|output|value|label)s?\b/i,
      /\bETA (?:prediction|estimation)\b/i,
    ],
  },
  {
    id: 'object-detection',
    title: 'Object detection',
    description: 'Locate zero or more objects in an image with boxes and assign each a class.',
    patterns: [
      /\bobject[\s-]detect(?:ion|or|ors)\b/i,
      /\bdetect(?:s|ing)? (?:the )?objects\b/i,
      /\bbounding[\s-]box(?:es)?\b/i,
      /\bbbox(?:es)?\b/i,
      /\bYOLO\b/i,
      /\b(?:Faster|Mask)[\s-]R[\s-]?CNN\b/i,
      /\bregion proposals?\b/i,
      /\bdetect(?:s|ing)? (?:\w+ ){0,2}(?:faces|licen[cs]e plates|pedestrians)\b/i,
    ],
  },
  {
    id: 'segmentation',
    title: 'Image segmentation',
    description: 'Assign a class (or instance id) to every pixel of an image.',
    patterns: [
      // "user/customer segmentation" is clustering and "hashtag segmentation" is text processing.
      /\bsegmentation\b(?<!\b(?:user|customer|market|audience|hashtag|word|text)[\s-]{1,10}segmentation)/i,
      /\b(?:pixel[\s-]level|per[\s-]pixel) (?:classification|labels?|masks?)\b/i,
      /\b(?:segmentation|instance|pixel) masks?\b/i,
    ],
  },
  {
    id: 'clustering',
    title: 'Clustering',
    description: 'Group unlabelled examples by similarity.',
    patterns: [
      // "clustering-based ANN" describes an index structure, not the task.
      /\bclustering\b(?![\s-]+based)/i,
      /\bk[\s-]?means\b/i,
      /\bDBSCAN\b/i,
      /\bcluster (?:users|items|customers|documents|the data)\b/i,
      /\b(?:user|customer|audience|market) segmentation\b/i,
    ],
  },
  {
    id: 'anomaly-detection',
    title: 'Anomaly detection',
    description: 'Flag inputs that differ from normal behaviour, usually with few or no labels.',
    patterns: [
      /\banomal(?:y|ies|ous)\b/i,
      /\boutlier detection\b/i,
      /\bnovelty detection\b/i,
      /\bunusual (?:behaviou?r|activity|patterns?)\b/i,
    ],
  },
  {
    id: 'forecasting',
    title: 'Time-series forecasting',
    description: 'Predict future values of a series (demand, traffic) from its history.',
    patterns: [
      /\bforecast(?:s|ed|er|ing)?\b/i,
      /\btime[\s-]series\b/i,
      /\bdemand (?:prediction|planning)\b/i,
      /\bpredict(?:s|ing)? future (?:demand|traffic|sales|values)\b/i,
    ],
  },
  {
    id: 'text-generation',
    title: 'Text generation',
    description: 'Produce free text: translation, summaries, captions, completions.',
    patterns: [
      /\btext generation\b/i,
      /\bgenerat(?:e|es|ing) (?:text|captions?|summar(?:y|ies)|responses?|replies)\b/i,
      /\b(?:large )?language models?\b/i,
      /\bLLMs?\b/i,
      /\bseq2seq\b/i,
      /\bsequence[\s-]to[\s-]sequence\b/i,
      /\bmachine translation\b/i,
      /\bsummari[sz]ation\b/i,
      /\b(?:image )?captioning\b/i,
      /\bsmart compose\b/i,
    ],
  },
  {
    id: 'image-generation',
    title: 'Image generation',
    description: 'Produce new images, e.g. from a text prompt.',
    patterns: [
      /\bimage (?:generation|synthesis)\b/i,
      /\bgenerat(?:e|es|ing) (?:new |realistic )?images\b/i,
      // "text-to-image search" is retrieval.
      /\btext[\s-]to[\s-]image\b(?![\s-]+(?:search|retrieval))/i,
      /\bdiffusion models?\b/i,
      /\bGANs?\b/i,
      /\bgenerative adversarial\b/i,
    ],
  },
];

export function categoryById(id: MlCategoryId): MlCategory | undefined {
  return mlCategories.find((c) => c.id === id);
}

/** One pattern for a list of case-insensitive, non-global ones: it finds a match where any of them does. */
const anyOf = (patterns: readonly RegExp[]): RegExp =>
  new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** Each category's patterns as one, and all of them as one: most texts name no category, and one search says so. */
const categoryPatterns = mlCategories.map((category) => ({ id: category.id, pattern: anyOf(category.patterns) }));
const anyCategory = anyOf(mlCategories.flatMap((category) => category.patterns));

/** Categories whose patterns occur in `text`, in table order. */
export function categoriesNamedIn(text: string): MlCategoryId[] {
  if (!anyCategory.test(text)) return [];
  return categoryPatterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);
}
