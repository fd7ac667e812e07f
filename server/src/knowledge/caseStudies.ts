/**
 * The ten classic case studies: what category they are, which metrics suit them, and which design
 * elements a reviewer looks for. Element patterns are case-insensitive, never global, and meant to
 * recognise the idea however an author phrases it (synonyms, abbreviations, plurals).
 */
import type { StepId } from '../engine/model';
import type { MlCategoryId } from './categories';

export type CaseStudyId =
  | 'visual-search'
  | 'street-view-blurring'
  | 'video-search'
  | 'harmful-content-detection'
  | 'video-recommendation'
  | 'event-recommendation'
  | 'ad-click-prediction'
  | 'similar-listings'
  | 'personalized-news-feed'
  | 'people-you-may-know';

export interface ExpectedElement {
  id: string;
  label: string;
  patterns: RegExp[];
  step: StepId;
  why: string;
}

export interface CaseStudy {
  id: CaseStudyId;
  title: string;
  summary: string;
  category: MlCategoryId;
  /** Metric ids from metrics.ts, best fit first. */
  offlineMetrics: string[];
  onlineMetrics: string[];
  expectedElements: ExpectedElement[];
  pitfalls: string[];
  typicalScale: string;
  latencyBudget: string;
  clarifyingQuestions: string[];
}

// Pattern fragments several case studies share.
const ANN: RegExp[] = [
  /\bANN\b/i,
  /\bapproximate[\s-]+nearest[\s-]+neighbou?rs?\b/i,
  /\bnearest[\s-]+neighbou?r (?:search|service|index|lookup)\b/i,
  /\b(?:FAISS|ScaNN|Annoy|HNSW|Milvus|Pinecone)\b/i,
  /\b(?:LSH|locality[\s-]sensitive hashing)\b/i,
  /\bvector (?:database|db|index|store|search)\b/i,
  /\bproduct quanti[sz]ation\b/i,
];
const INDEXING_PIPELINE: RegExp[] = [
  /\bindexing (?:pipeline|service|job)\b/i,
  /\bre-?index(?:es|ed|ing)?\b/i,
  /\b(?:update|refresh|rebuild)(?:s|ing)? (?:the )?(?:ann |vector |embedding )?index\b/i,
  /\b(?:add|insert|push)(?:s|ing)? (?:new )?(?:\w+ )?(?:embeddings|vectors) (?:to|into) (?:the )?index\b/i,
];
const CONTRASTIVE: RegExp[] = [
  /\bcontrastive\b/i,
  /\b(?:Info)?NCE\b/i,
  /\btriplet (?:loss|network)\b/i,
  /\bsiamese\b/i,
  /\bSimCLR\b|\bMoCo\b/i,
  /\bpositive (?:and|&|\/) negative (?:pairs|examples|samples|images)\b/i,
];
const MULTI_TASK_HEADS: RegExp[] = [
  /\bmulti[\s-]?task\b/i,
  /\b(?:one|a|separate) (?:classification |output |prediction )?heads? (?:per|for each)\b/i,
  /\bper[\s-](?:category|class|task|reaction|label) (?:heads?|outputs?)\b/i,
  /\bshared (?:layers|backbone|trunk|encoder|bottom)\b/i,
];
const RE_RANKING: RegExp[] = [/\bre-?rank(?:s|ed|er|ing)?\b/i, /\bbusiness rules\b/i, /\bpost-?processing (?:filters|rules)\b/i];
const CANDIDATE_GENERATION: RegExp[] = [
  /\bcandidate (?:generation|generators?|retrieval|sourcing|selection)\b/i,
  /\bretrieval (?:stage|layer|step|phase|model)\b/i,
  /\b(?:first|initial)[\s-]stage\b/i,
  /\bmulti[\s-]stage (?:funnel|pipeline|architecture|system)\b/i,
];
const COLD_START: RegExp[] = [/\bcold[\s-]?start(?:s|ed)?\b/i];
const CLASS_IMBALANCE: RegExp[] = [
  /\b(?:class|label|data)[\s-]+imbalance[ds]?\b/i,
  /\bimbalanced\b/i,
  /\bfocal loss\b/i,
  /\bclass[\s-]weight(?:s|ed|ing)?\b/i,
  /\b(?:down|under|up|over)[\s-]?sampl(?:e|es|ed|ing)\b/i,
];
const CONTINUAL_LEARNING: RegExp[] = [
  /\bcontinu(?:al|ous|ously) (?:learning|training|fine[\s-]?tun\w*|retrain\w*|updates?)\b/i,
  /\bonline (?:learning|training)\b/i,
  /\bincremental (?:training|learning|updates?)\b/i,
  /\bretrain(?:s|ed|ing)? (?:every|hourly|daily|frequently|often|continuously|each)\b/i,
  /\bfine[\s-]?tun\w* (?:on )?(?:fresh|new|recent) data\b/i,
];

export const caseStudies: readonly CaseStudy[] = [
  {
    id: 'visual-search',
    title: 'Visual search system',
    summary: 'Given a query image or crop, return images that look alike, ordered by visual similarity.',
    category: 'retrieval',
    offlineMetrics: ['ndcg', 'mrr', 'map', 'precision-at-k', 'recall-at-k'],
    onlineMetrics: ['ctr', 'time-spent'],
    expectedElements: [
      {
        id: 'embeddings', label: 'Image embeddings (representation learning)', step: 'framing',
        patterns: [/\bembeddings?\b/i, /\brepresentation learning\b/i, /\b(?:feature|latent) vectors?\b/i, /\bembedding space\b/i],
        why: 'Similarity is measured between learned vectors, so the doc must say how images become vectors.',
      },
      {
        id: 'contrastive-training', label: 'Contrastive training with positives and negatives', step: 'model',
        patterns: CONTRASTIVE,
        why: 'The encoder only learns "looks alike" if it is trained to pull positives together and push negatives apart.',
      },
      {
        id: 'positive-labels', label: 'How positive pairs are obtained', step: 'data',
        patterns: [
          /\b(?:human|manual) (?:judg\w*|annotat\w*|label\w*|raters?)\b/i,
          /\bclicks? (?:as|for) (?:a )?(?:positives?|labels?|proxy|signal)\b/i,
          /\bself[\s-]supervis\w*\b/i,
          /\baugment(?:ation|ations|ed)?\b/i,
          /\bpositive (?:pairs?|examples?|images?)\b/i,
        ],
        why: 'Each source of positives (raters, clicks, augmentations) trades cost against noise and realism.',
      },
      {
        id: 'ann-index', label: 'Approximate nearest-neighbour search', step: 'serving',
        patterns: ANN,
        why: 'Exact search over billions of vectors cannot meet an interactive latency budget.',
      },
      {
        id: 'indexing-pipeline', label: 'Indexing pipeline for new and re-embedded images', step: 'serving',
        patterns: INDEXING_PIPELINE,
        why: 'New uploads must become searchable, and every retrained encoder invalidates the stored vectors.',
      },
      {
        id: 're-ranking', label: 'Re-ranking: duplicates, private and unsafe images', step: 'serving',
        patterns: [...RE_RANKING, /\b(?:near[\s-])?duplicates?\b/i, /\bdedup\w*\b/i],
        why: 'Raw neighbours include near-copies and images that must not be shown.',
      },
    ],
    pitfalls: [
      'Exact nearest-neighbour search over the whole corpus.',
      'Index never rebuilt after the encoder is retrained.',
      'Clicks used as positives with no word on noise or position bias.',
      'Recall@k as the headline metric although thousands of images can be relevant.',
      'No duplicate removal in the results.',
    ],
    typicalScale: '100–200 billion images; queries from hundreds of millions of users.',
    latencyBudget: 'Interactive, a few hundred milliseconds end to end.',
    clarifyingQuestions: [
      'Can users search with a crop of an image?',
      'Are results personalised or identical for everyone?',
      'Do we use only pixels, or also tags and metadata?',
      'Which interactions are logged (clicks, saves)?',
      'How many images are there and how fast do new ones arrive?',
    ],
  },
  {
    id: 'street-view-blurring',
    title: 'Street View blurring system',
    summary: 'Find faces and licence plates in street imagery and blur them to protect privacy.',
    category: 'object-detection',
    offlineMetrics: ['map', 'ap', 'iou', 'map-50', 'map-50-95', 'recall', 'precision'],
    onlineMetrics: ['user-reports'],
    expectedElements: [
      {
        id: 'detector-architecture', label: 'Detector architecture (one- vs two-stage)', step: 'model',
        patterns: [
          /\b(?:one|two|single|1|2)[\s-]stage (?:detectors?|models?|networks?|architectures?)\b/i,
          /\b(?:Faster|Mask)[\s-]R[\s-]?CNN\b/i,
          /\bYOLO\w*\b/i,
          /\bRetinaNet\b|\bDETR\b|\bSSD\b/i,
          /\bregion proposals?(?: network)?\b|\bRPN\b/i,
        ],
        why: 'The choice trades accuracy against speed, and offline processing makes the slower option affordable.',
      },
      {
        id: 'nms', label: 'Non-maximum suppression', step: 'serving',
        patterns: [/\bNMS\b/i, /\bnon[\s-]?max(?:imum|ima)?[\s-]suppression\b/i, /\b(?:merge|remove|drop)s? overlapping (?:boxes|detections)\b/i],
        why: 'A detector proposes many overlapping boxes per object; without suppression the output is unusable.',
      },
      {
        id: 'iou', label: 'IoU to decide correct detections', step: 'evaluation',
        patterns: [/\bIoU\b/i, /\bintersection[\s-]over[\s-]union\b/i, /\bJaccard\b/i],
        why: 'Precision, recall and mAP for boxes are undefined until a match threshold on overlap is fixed.',
      },
      {
        id: 'batch-pipeline', label: 'Offline batch prediction pipeline', step: 'serving',
        patterns: [
          /\bbatch (?:prediction|processing|pipeline|inference|jobs?|mode)\b/i,
          /\boffline (?:processing|pipeline|inference|jobs?|batch)\b/i,
          /\blatency (?:is )?(?:not|isn['’]t|less) (?:critical|important|a concern|an issue)\b/i,
        ],
        why: 'Imagery is processed before publication, so a throughput-oriented batch job fits better than a real-time service.',
      },
      {
        id: 'user-report-loop', label: 'User reports fed back as training data', step: 'monitoring',
        patterns: [
          /\buser[\s-]reports?\b/i,
          /\b(?:users?|people) (?:can )?(?:report|flag)s?\b/i,
          /\breport(?:ed|s)? (?:missed|unblurred|wrong)\b/i,
          /\bhard (?:negative|positive|example)s? mining\b|\bhard[\s-]example mining\b/i,
          /\bfeedback loop\b/i,
        ],
        why: 'Missed blurs reported by users are the most valuable hard examples for the next training round.',
      },
      {
        id: 'augmentation', label: 'Data augmentation', step: 'data',
        patterns: [/\baugment(?:ation|ations|ed|ing)?\b/i, /\brandom (?:flips?|crops?|rotations?)\b/i],
        why: 'About a million labelled images is modest for detection; augmentation stretches it.',
      },
      {
        id: 'fairness', label: 'Fairness across demographics and plate styles', step: 'evaluation',
        patterns: [/\bfairness\b/i, /\bbias(?:es|ed)?\b/i, /\bskin (?:tones?|colou?rs?)\b/i, /\bdemographic\w*\b/i],
        why: 'Missing faces more often for some groups is both a privacy and a reputational failure.',
      },
    ],
    pitfalls: [
      'Optimising precision or accuracy when an unblurred face is the costly error; recall should lead.',
      'No IoU threshold defined.',
      'No non-maximum suppression step.',
      'Framing it as whole-image classification.',
      'A real-time serving design for an offline job.',
      'No check of detection quality across demographic groups.',
      'Small and distant faces and plates ignored.',
    ],
    typicalScale: 'Billions of street images; about 1 M annotated images for training.',
    latencyBudget: 'Not latency-critical: offline batch processing before images are published.',
    clarifyingQuestions: [
      'Which objects must be blurred: faces, plates, anything else?',
      'How much annotated data exists?',
      'Is processing offline before publication, or must it be real time?',
      'Can users report missed blurs?',
      'Which matters more: a missed face or a wrongly blurred region?',
    ],
  },
  {
    id: 'video-search',
    title: 'Video search system',
    summary: 'Return the videos most relevant to a text query, using both visual content and text metadata.',
    category: 'retrieval',
    offlineMetrics: ['mrr', 'hit-rate-at-k', 'ndcg'],
    onlineMetrics: ['ctr', 'completion-rate', 'watch-time'],
    expectedElements: [
      {
        id: 'fusion', label: 'Fusing text search and visual search results', step: 'serving',
        patterns: [
          /\bfus(?:e|es|ed|ion|ing)\b/i,
          /\bweighted (?:sum|average|combination) of (?:the )?(?:relevance )?scores\b/i,
          /\bcombin\w* (?:the )?(?:two |both )?(?:relevance |result |search )?(?:scores|results|rankings|lists)\b/i,
          /\bmulti[\s-]?modal\b/i,
        ],
        why: 'Two retrieval sources produce separate lists that must be merged into one ranking.',
      },
      {
        id: 'inverted-index', label: 'Inverted index / keyword text search', step: 'serving',
        patterns: [
          /\binverted index(?:es)?\b/i,
          /\bElastic\s?search\b|\bLucene\b|\bSolr\b|\bOpenSearch\b/i,
          /\bBM25\b/i,
          /\bkeyword (?:search|match\w*|lookup)\b/i,
          /\btext search\b/i,
        ],
        why: 'Titles, descriptions and tags are matched cheaply and precisely by a classic text index.',
      },
      {
        id: 'ann-index', label: 'ANN over video embeddings', step: 'serving',
        patterns: ANN,
        why: 'Visual relevance needs fast nearest-neighbour lookup over the video embedding space.',
      },
      {
        id: 'text-encoder', label: 'Text (query) encoder', step: 'model',
        patterns: [/\btext encoders?\b/i, /\bquery encoders?\b/i, /\bBERT\w*\b/i, /\bTF[\s-]?IDF\b/i, /\bword2vec\b/i, /\bsentence (?:embeddings?|transformers?)\b/i],
        why: 'The query must land in the same space as the videos, and the encoder choice sets quality and cost.',
      },
      {
        id: 'video-encoder', label: 'Video encoder (frame- or video-level)', step: 'model',
        patterns: [
          /\bvideo encoders?\b/i,
          /\b(?:frame|video|clip)[\s-]level\b/i,
          /\bframe sampling\b|\bsampl\w* (?:\w+ )?frames\b/i,
          /\b3D (?:conv\w*|CNNs?)\b/i,
          /\bvideo transformers?\b|\bViT\b/i,
        ],
        why: 'Video-level models see motion but cost far more than encoding a few sampled frames.',
      },
      {
        id: 'contrastive-training', label: 'Contrastive training on query–video pairs', step: 'model',
        patterns: [...CONTRASTIVE, /\b(?:query|text)[\s-](?:video) pairs\b/i],
        why: 'The labelled query–video pairs train both encoders to score matching pairs above the rest.',
      },
      {
        id: 'multilingual', label: 'Multiple query languages', step: 'requirements',
        patterns: [/\bmulti[\s-]?lingual\b/i, /\b(?:several|multiple|many|other) languages\b/i, /\blanguage support\b/i],
        why: 'A global audience searches in many languages; tokenisers and encoders must cope.',
      },
    ],
    pitfalls: [
      'Only keyword search, or only embeddings.',
      'Precision@k as the metric when each query has a single relevant video.',
      'No strategy for merging the two result lists.',
      'Multilingual queries ignored.',
      'Video-level encoders chosen with no discussion of cost.',
    ],
    typicalScale: 'About 1 billion videos; tens of millions of daily users; ~10 M labelled query–video pairs.',
    latencyBudget: 'Interactive search, a few hundred milliseconds.',
    clarifyingQuestions: [
      'Is the query text only, or also images or video?',
      'Should results be personalised?',
      'Which video metadata is available (title, description, tags)?',
      'Is there labelled query–video data?',
      'Which languages must be supported?',
    ],
  },
  {
    id: 'harmful-content-detection',
    title: 'Harmful content detection',
    summary: 'Classify multimodal posts into harm categories so violations can be removed, demoted or reviewed.',
    category: 'binary-imbalanced',
    offlineMetrics: ['pr-auc', 'precision', 'recall', 'f1', 'roc-auc'],
    onlineMetrics: ['prevalence', 'harmful-impressions', 'valid-appeals', 'proactive-rate', 'user-reports'],
    expectedElements: [
      {
        id: 'multimodal-fusion', label: 'Multimodal fusion (early vs late)', step: 'model',
        patterns: [/\b(?:early|late|intermediate)[\s-]fusion\b/i, /\bmulti[\s-]?modal\b/i, /\bfus(?:e|es|ed|ion|ing)\b/i, /\bconcatenat\w* (?:the )?(?:modality |text and image )?(?:features|embeddings)\b/i],
        why: 'Some harm only appears when text and image are read together, which late fusion misses.',
      },
      {
        id: 'multi-task-heads', label: 'Multi-task model with a head per harm category', step: 'model',
        patterns: MULTI_TASK_HEADS,
        why: 'Authors must be told which rule they broke, and shared layers let rare categories borrow signal.',
      },
      {
        id: 'human-review', label: 'Human review of uncertain posts', step: 'serving',
        patterns: [
          /\bhuman[\s-](?:review\w*|moderat\w*|labell?ers?|raters?|in[\s-]the[\s-]loop)\b/i,
          /\bmanual (?:review|moderation)\b/i,
          /\b(?:content )?moderators?\b/i,
          /\breview queues?\b/i,
        ],
        why: 'Borderline scores need people, and their decisions become clean labels.',
      },
      {
        id: 'appeals', label: 'Appeals process', step: 'serving',
        patterns: [/\bappeal(?:s|ed|ing)?\b/i],
        why: 'Appeals catch wrongful takedowns and provide a precision signal.',
      },
      {
        id: 'labels', label: 'Label sources: hand labels vs user reports', step: 'data',
        patterns: [
          /\b(?:hand|human|manual)[\s-]?(?:label\w*|annotat\w*)\b/i,
          /\bnatural (?:labels?|labell?ing)\b/i,
          /\buser[\s-]reports?\b|\breported posts\b/i,
        ],
        why: 'Reports are plentiful but noisy; hand labels are scarce but trustworthy, so each has its use.',
      },
      {
        id: 'class-imbalance', label: 'Class imbalance handling', step: 'data',
        patterns: CLASS_IMBALANCE,
        why: 'Violations are a tiny share of posts; unhandled, the model learns to predict "fine".',
      },
      {
        id: 'enforcement', label: 'Enforcement: removal and demotion', step: 'serving',
        patterns: [/\b(?:take[\s-]?downs?|remov(?:e|es|ed|al|ing))\b/i, /\bdemot(?:e|es|ed|ion|ing)\b/i, /\bdown[\s-]?rank\w*\b/i, /\benforcement\b/i],
        why: 'Scores only matter once they drive an action proportionate to the confidence.',
      },
      {
        id: 'adversarial-retraining', label: 'Adversarial drift and frequent retraining', step: 'monitoring',
        patterns: [/\badversar\w*\b/i, /\bbad actors?\b/i, /\bretrain\w*\b/i, ...CONTINUAL_LEARNING],
        why: 'Abusers adapt to the classifier, so yesterday\'s model decays quickly.',
      },
    ],
    pitfalls: [
      'Accuracy as the metric on extremely rare positives.',
      'A single binary classifier although authors must be told the violated category.',
      'Late fusion with no discussion of harm that only appears across modalities.',
      'User reports treated as clean labels.',
      'No appeals process or precision guard against over-removal.',
      'Only one language supported.',
      'No human review for borderline posts.',
    ],
    typicalScale: 'Hundreds of millions of new posts per day, in many languages and media types.',
    latencyBudget: 'Varies by harm type: near real time for the worst categories, batch for others.',
    clarifyingQuestions: [
      'Which harm categories are in scope?',
      'Which modalities and languages do posts contain?',
      'Should violating posts be removed or demoted, and must authors be told why?',
      'Can users report posts, and how many human labellers are available?',
      'Must detection happen before a post is visible?',
    ],
  },
  {
    id: 'video-recommendation',
    title: 'Video recommendation system',
    summary: 'Fill a personalised homepage with videos the user is likely to find relevant.',
    category: 'ranking',
    offlineMetrics: ['precision-at-k', 'map', 'ndcg', 'recall-at-k', 'diversity'],
    onlineMetrics: ['ctr', 'watch-time', 'completion-rate', 'reaction-rate'],
    expectedElements: [
      {
        id: 'candidate-generation', label: 'Candidate generation stage', step: 'serving',
        patterns: CANDIDATE_GENERATION,
        why: 'Scoring billions of videos per request with a heavy model is impossible; a cheap stage narrows the pool.',
      },
      {
        id: 'ranking-stage', label: 'Ranking / scoring stage', step: 'serving',
        patterns: [/\b(?:ranking|scoring) (?:stage|model|service|layer|step|phase)\b/i, /\brankers?\b/i, /\b(?:second|final)[\s-]stage\b/i],
        why: 'A heavier model with richer features orders the few hundred survivors precisely.',
      },
      {
        id: 're-ranking', label: 'Re-ranking with policies and diversity', step: 'serving',
        patterns: RE_RANKING,
        why: 'Freshness, region and age restrictions, duplicates and diversity are applied after scoring.',
      },
      {
        id: 'cold-start', label: 'Cold start for new users and videos', step: 'model',
        patterns: [...COLD_START, /\bnew (?:users|videos|items|uploads)\b/i],
        why: 'Collaborative signals do not exist yet for newcomers, and new videos need deliberate exposure.',
      },
      {
        id: 'negative-sampling', label: 'Negative sampling', step: 'model',
        patterns: [
          /\bnegative (?:sampl\w*|examples|pairs)\b/i,
          /\b(?:random|in[\s-]batch|hard|easy) negatives\b/i,
          /\bsampled softmax\b/i,
        ],
        why: 'Implicit feedback only records positives; the model needs a defined source of negatives.',
      },
      {
        id: 'embedding-model', label: 'Two-tower or matrix factorisation model', step: 'model',
        patterns: [/\btwo[\s-]?towers?\b/i, /\bdual[\s-]encoders?\b/i, /\bmatrix factori[sz]ation\b/i, /\bcollaborative filtering\b/i, /\bWALS\b/i],
        why: 'Learned user and video embeddings power both retrieval and personalisation.',
      },
      {
        id: 'exploration', label: 'Exploration and diversity', step: 'serving',
        patterns: [/\bexplor(?:e|ation|ing)\b/i, /\bbandits?\b/i, /\bdiversity\b|\bdiversif\w*\b/i, /\bfilter bubbles?\b/i],
        why: 'Pure exploitation narrows interests and starves new content of feedback.',
      },
    ],
    pitfalls: [
      'Optimising clicks alone, which rewards clickbait.',
      'A single model ranking the whole catalogue.',
      'No plan for negative examples.',
      'Cold start and exploration ignored.',
      'Position and selection bias in logged interactions ignored.',
      'No re-ranking policies (freshness, duplicates, age limits).',
    ],
    typicalScale: 'About 10 billion videos; billions of users worldwide.',
    latencyBudget: 'Under ~200 ms per homepage request.',
    clarifyingQuestions: [
      'What is the business goal: clicks, watch time, or satisfied sessions?',
      'Which interactions exist (like, dislike, watch time, share)?',
      'How many videos and users, and how fast do uploads arrive?',
      'Is the homepage for signed-in users only?',
      'What is the latency budget?',
    ],
  },
  {
    id: 'event-recommendation',
    title: 'Event recommendation system',
    summary: 'Rank upcoming events for each user to maximise registrations.',
    category: 'ranking',
    offlineMetrics: ['map', 'map-at-k', 'ndcg', 'mrr', 'precision-at-k', 'recall-at-k'],
    onlineMetrics: ['ctr', 'conversion-rate', 'bookmark-rate', 'revenue-lift', 'share-rate'],
    expectedElements: [
      {
        id: 'cold-events', label: 'Every event is cold: feature engineering over IDs', step: 'data',
        patterns: [
          ...COLD_START,
          /\bnew events\b/i,
          /\bno (?:interaction |engagement )?history\b/i,
          /\bfeature engineering\b/i,
          /\bevents? (?:are |is )?(?:short[\s-]lived|one[\s-]off|ephemeral|expir\w*)\b/i,
        ],
        why: 'Events expire before they collect interactions, so ID-based collaborative filtering has nothing to learn from.',
      },
      {
        id: 'location-features', label: 'Location features (distance, venue)', step: 'data',
        patterns: [/\bdistance\b/i, /\blocation(?:s|[\s-]based)?\b/i, /\bgeo\w*\b/i, /\bvenue\b/i, /\btravel time\b/i, /\bsame (?:city|country|neighbou?rhood)\b/i],
        why: 'Whether a user can get to an event is one of the strongest predictors of registering.',
      },
      {
        id: 'time-features', label: 'Time features (time until start, day and hour)', step: 'data',
        patterns: [
          /\btime (?:until|to|before) (?:the )?(?:event|start)\b/i,
          /\bday[\s-]of[\s-](?:the[\s-])?week\b/i,
          /\b(?:hour|time) of (?:the )?day\b/i,
          /\btime[\s-](?:based |related )?features?\b/i,
          /\b(?:event )?start time\b/i,
        ],
        why: 'Users prefer certain days and hours, and interest changes as the start date approaches.',
      },
      {
        id: 'social-features', label: 'Social features (friends attending, invitations, host)', step: 'data',
        patterns: [/\bfriends? (?:registered|attending|going|who)\b/i, /\binvit(?:e|es|ed|ation|ations)\b/i, /\bsocial (?:features?|signals?|graph)\b/i, /\bhosts?\b/i],
        why: 'People go where their friends go and return to hosts they liked.',
      },
      {
        id: 'leakage', label: 'Leakage and time-based splitting', step: 'data',
        patterns: [
          /\bleak(?:s|ed|age|ing|y)?\b/i,
          /\bpost[\s-]event\b/i,
          /\bfuture (?:information|data|interactions)\b/i,
          /\b(?:time[\s-]based|temporal|chronological) (?:train[\s/-]test )?split\b/i,
        ],
        why: 'Features computed after the event (final attendance) make offline results unrealistically good.',
      },
      {
        id: 'pointwise-ltr', label: 'Pointwise LTR as a binary classifier', step: 'framing',
        patterns: [/\bpointwise\b/i, /\blearning[\s-]to[\s-]rank\b|\bLTR\b/i, /\bbinary classif\w*\b/i, /\bP\s*\(\s*regist\w*/i],
        why: 'Predicting P(register) for each user–event pair and sorting turns a ranking task into a tractable classifier.',
      },
      {
        id: 'class-imbalance', label: 'Class imbalance handling', step: 'model',
        patterns: CLASS_IMBALANCE,
        why: 'Registrations are a small fraction of impressions.',
      },
      {
        id: 'continual-learning', label: 'Continual / online learning', step: 'serving',
        patterns: CONTINUAL_LEARNING,
        why: 'New events arrive constantly; the model must keep up without full retrains.',
      },
    ],
    pitfalls: [
      'Plain collaborative filtering although every event is new.',
      'No location or time features.',
      'Features that use information from after the event.',
      'Random train/test split on time-ordered data.',
      'Class imbalance not handled.',
      'Expired events left in caches or candidate lists.',
    ],
    typicalScale: 'About 100 M DAU; roughly 1 M new events per month.',
    latencyBudget: 'Around 200 ms per request.',
    clarifyingQuestions: [
      'What counts as success: registrations, ticket revenue?',
      'Are events free or paid, and do they expire after they happen?',
      'Which social features exist (friends, invitations, hosts)?',
      'Can we use the user\'s location?',
      'How many users and events, and how fast do events arrive?',
    ],
  },
  {
    id: 'ad-click-prediction',
    title: 'Ad click prediction',
    summary: 'Estimate the probability that a user clicks an ad, to rank ads and feed the auction.',
    category: 'ctr-prediction',
    offlineMetrics: ['normalized-cross-entropy', 'log-loss', 'calibration', 'roc-auc'],
    onlineMetrics: ['ctr', 'conversion-rate', 'revenue-lift', 'hide-rate'],
    expectedElements: [
      {
        id: 'calibration', label: 'Calibrated probabilities', step: 'evaluation',
        patterns: [/\bcalibrat\w*\b/i, /\breliability (?:diagram|curve)\b/i, /\bobserved[\s/-]+(?:over[\s-]+|to[\s-]+)?expected\b|\bO\/E\b/i, /\bPlatt\b|\bisotonic\b/i],
        why: 'The auction multiplies bids by predicted click probability, so the number itself must be right, not just the order.',
      },
      {
        id: 'continual-learning', label: 'Continual learning on fresh data', step: 'serving',
        patterns: [...CONTINUAL_LEARNING, /\b(?:model )?freshness\b/i, /\bstale(?:ness)?\b/i],
        why: 'Ads, users and trends change by the hour; even short staleness measurably hurts.',
      },
      {
        id: 'time-based-split', label: 'Time-based train/test split', step: 'data',
        patterns: [
          /\b(?:time[\s-]based|temporal|chronological|time[\s-]ordered|out[\s-]of[\s-]time) (?:train[\s/-]+(?:test|validation) )?(?:split|splitting|evaluation|holdout)\b/i,
          /\bsplit(?:ting)? (?:the data )?by (?:time|date|day)\b/i,
          /\btrain on (?:earlier|past|older) (?:data|days)\b/i,
        ],
        why: 'A random split lets the model peek at the future and overstates quality.',
      },
      {
        id: 'downsampling-recalibration', label: 'Negative down-sampling with re-calibration', step: 'model',
        patterns: [
          /\b(?:negative )?(?:down|sub|under)[\s-]?sampl\w*\b/i,
          /\bre[\s-]?calibrat\w*\b/i,
          /\bnegative sampling\b/i,
        ],
        why: 'Dropping most negatives speeds training but shifts predicted probabilities, which must then be corrected.',
      },
      {
        id: 'feature-interactions', label: 'Feature-interaction models (crosses, FM, DCN, DeepFM)', step: 'model',
        patterns: [
          /\bfeature cross(?:es|ing)?\b/i,
          /\bDCN\w*\b|\bdeep (?:&|and) cross\b/i,
          /\bDeepFM\b/i,
          /\bfactori[sz]ation machines?\b|\bFFM\b/i,
          /\bGBDT\s*\+\s*LR\b/i,
        ],
        why: 'Clicks depend on interactions among sparse features (user × ad category) that linear models miss.',
      },
      {
        id: 'click-label', label: 'Label definition and delayed feedback', step: 'data',
        patterns: [
          /\bclick(?:ed|s)? within\b/i,
          /\b(?:attribution|label(?:l?ing)?|click) window\b/i,
          /\bdelayed (?:feedback|clicks?|conversions?|labels?)\b/i,
          /\bwithin (?:t|\d+) (?:s|sec|seconds|minutes)\b/i,
        ],
        why: 'What counts as a negative depends on how long one waits for a click; waiting too little mislabels late clicks.',
      },
      {
        id: 'lr-baseline', label: 'Simple baseline (logistic regression)', step: 'model',
        patterns: [/\blogistic regression\b/i, /\bLR baseline\b|\bbaseline\b/i],
        why: 'A fast linear model sets the bar and keeps the pipeline honest before deep models.',
      },
      {
        id: 'feature-store', label: 'Batch and streaming features via a feature store', step: 'serving',
        patterns: [/\bfeature stores?\b/i, /\b(?:streaming|real[\s-]time|online|dynamic) features?\b/i, /\btraining[\s-]serving skew\b/i],
        why: 'Fast-changing counters must be computed identically for training and serving.',
      },
    ],
    pitfalls: [
      'Accuracy or F1 as the offline metric.',
      'AUC alone, which says nothing about calibration.',
      'Negatives down-sampled without correcting the predicted probabilities.',
      'Random rather than time-based train/test split.',
      'Impressions the user never saw counted as negatives.',
      'Late clicks and conversions ignored.',
      'No continual training.',
      'One-hot encoding of ID features with huge cardinality.',
    ],
    typicalScale: 'Billions of impressions per day; CTR around 1 %; millions of active ads.',
    latencyBudget: 'Roughly 50–150 ms for the ad ranking call.',
    clarifyingQuestions: [
      'Is the goal revenue, and does every click earn the same?',
      'Can users hide ads; is there a fatigue period?',
      'How are positive and negative labels defined from impressions and clicks?',
      'How fresh must the model be: is continual training required?',
      'What is the latency budget for ranking ads?',
    ],
  },
  {
    id: 'similar-listings',
    title: 'Similar listings on a vacation rental platform',
    summary: 'Show listings similar to the one being viewed, learned from browsing sessions, to drive bookings.',
    category: 'session-recommendation',
    offlineMetrics: ['average-rank', 'hit-rate-at-k', 'mrr'],
    onlineMetrics: ['ctr', 'session-book-rate'],
    expectedElements: [
      {
        id: 'session-embeddings', label: 'Listing embeddings learned from sessions', step: 'model',
        patterns: [
          /\bsession[\s-](?:based|embeddings?|co-?occurrence|sequences?)\b/i,
          /\b(?:search|browsing|click) sessions?\b/i,
          /\bskip[\s-]?gram\b|\bword2vec\b/i,
          /\blisting embeddings?\b/i,
          /\bsliding (?:context )?window\b/i,
        ],
        why: 'Listings viewed in the same session are similar in the ways guests care about, which pure content features miss.',
      },
      {
        id: 'hard-negatives', label: 'Hard negatives from the same region', step: 'model',
        patterns: [
          /\bhard negatives?\b/i,
          /\bnegatives? (?:sampled |drawn )?from the same (?:region|city|market|area|neighbou?rhood)\b/i,
          /\bsame[\s-](?:region|city|market|area) negatives?\b/i,
        ],
        why: 'Random negatives mostly come from other cities, so the model only learns geography.',
      },
      {
        id: 'booked-context', label: 'Booked listing as a global positive', step: 'model',
        patterns: [/\b(?:eventually[\s-])?booked listings?\b/i, /\bglobal context\b/i, /\bbooking (?:as|is) (?:a )?(?:global )?positive\b/i],
        why: 'The listing a session ends in carries the strongest signal of what the guest wanted.',
      },
      {
        id: 'cold-start-listings', label: 'Embeddings for new listings', step: 'serving',
        patterns: [
          ...COLD_START,
          /\bnew listings?\b/i,
          /\b(?:mean|average|averaged) (?:of )?(?:the )?(?:embeddings?|vectors?) of (?:nearby|similar|neighbou?ring|the closest)\b/i,
        ],
        why: 'A fresh listing has no sessions yet, so it needs a stand-in vector until it does.',
      },
      {
        id: 'ann-index', label: 'Nearest-neighbour lookup', step: 'serving',
        patterns: ANN,
        why: 'Similar listings are the closest vectors, fetched fast enough for a page load.',
      },
      {
        id: 'filters', label: 'Re-ranking filters (availability, price, city)', step: 'serving',
        patterns: [
          /\bavailab(?:le|ility)\b/i,
          /\b(?:price|city|date|location) (?:filters?|range|band)\b/i,
          /\bfilter(?:s|ed|ing)? (?:out |by |on )?(?:price|city|dates|availability|unavailable)\b/i,
          ...RE_RANKING,
        ],
        why: 'A similar listing that is booked out or in another city is useless to the guest.',
      },
    ],
    pitfalls: [
      'Content similarity only, with no behavioural signal.',
      'Only random negatives.',
      'No plan for newly created listings.',
      'Availability for the guest\'s dates ignored.',
      'A generic metric instead of a booking-based one.',
      'Results from other cities.',
    ],
    typicalScale: 'Millions of listings; hundreds of millions of browsing sessions.',
    latencyBudget: 'Page-load budget, a few hundred milliseconds.',
    clarifyingQuestions: [
      'What makes two listings "similar" for the business?',
      'Are results personalised or the same for anonymous users?',
      'Do we have browsing-session logs with bookings?',
      'How many listings exist and how quickly do new ones appear?',
      'Should unavailable listings be excluded?',
    ],
  },
  {
    id: 'personalized-news-feed',
    title: 'Personalized news feed',
    summary: 'Order unseen posts for each user by predicted engagement.',
    category: 'ranking',
    offlineMetrics: ['roc-auc', 'precision', 'recall', 'log-loss', 'ndcg', 'map'],
    onlineMetrics: ['ctr', 'reaction-rate', 'time-spent', 'user-satisfaction', 'hide-rate'],
    expectedElements: [
      {
        id: 'weighted-engagement', label: 'Weighted engagement score', step: 'framing',
        patterns: [
          /\bweighted (?:engagement|sum|score|combination|average)\b/i,
          /\bengagement score\b/i,
          /\bweights? (?:per|for each|for every) (?:reaction|action|interaction)\b/i,
          /\bvalue model\b/i,
        ],
        why: 'Blending several reaction probabilities with business-set weights avoids optimising clicks alone.',
      },
      {
        id: 'multi-task-heads', label: 'Multi-task model with a head per reaction', step: 'model',
        patterns: MULTI_TASK_HEADS,
        why: 'Rare reactions learn better sharing layers with frequent ones, and one model is cheaper to serve.',
      },
      {
        id: 'passive-users', label: 'Passive users: dwell time and skip', step: 'model',
        patterns: [/\bpassive users?\b/i, /\blurkers?\b/i, /\bdwell[\s-]?time\b/i, /\bskip(?:s|ped)? (?:heads?|predictions?|labels?|signal)\b/i, /\btime spent on (?:a |the |each )?post\b/i],
        why: 'Many users rarely react; dwell time and skips are their only signal.',
      },
      {
        id: 'affinity-features', label: 'User–author affinity features', step: 'data',
        patterns: [/\baffinity\b/i, /\b(?:user|viewer)[\s-](?:author|creator|poster) (?:features?|interactions?|relationship|history)\b/i, /\bclose friends?\b/i],
        why: 'How much a user engages with a given author is usually the strongest ranking signal.',
      },
      {
        id: 'negative-feedback', label: 'Negative reactions (hide, block)', step: 'framing',
        patterns: [/\bhid(?:e|es|ing)\b/i, /\bblock(?:s|ed|ing)?\b/i, /\bnegative (?:feedback|reactions?|signals?|weights?)\b/i, /\bnot interested\b/i],
        why: 'A feed that ignores hides and blocks keeps showing what users dislike.',
      },
      {
        id: 're-ranking', label: 'Re-ranking: diversity, misinformation, ads', step: 'serving',
        patterns: [...RE_RANKING, /\bdiversity\b|\bdiversif\w*\b/i, /\bmisinformation\b/i],
        why: 'Policy demotions, diversity and ad slots are applied after scoring.',
      },
      {
        id: 'position-bias', label: 'Position bias in training data', step: 'data',
        patterns: [/\bposition(?:al)?[\s-]bias\b/i, /\bpresentation bias\b/i],
        why: 'Posts shown at the top get engagement because of where they were, not only what they were.',
      },
    ],
    pitfalls: [
      'CTR as the sole objective.',
      'Negative reactions ignored.',
      'Passive users ignored.',
      'Position bias in logged data not addressed.',
      'No diversity constraints.',
      'Retraining cadence not discussed.',
    ],
    typicalScale: 'About 3 B users, 2 B DAU refreshing roughly twice a day (~46 k QPS average).',
    latencyBudget: 'Under ~200 ms per refresh.',
    clarifyingQuestions: [
      'Which reactions exist, including negative ones (hide, block)?',
      'Which post types appear (text, image, video)?',
      'How many daily users and refreshes per user?',
      'Does the feed include only unseen posts, or also posts with new comments?',
      'Where do ads sit in the feed?',
    ],
  },
  {
    id: 'people-you-may-know',
    title: 'People You May Know',
    summary: 'Suggest people a user is likely to connect with, to grow their network.',
    category: 'link-prediction',
    offlineMetrics: ['roc-auc', 'map', 'pr-auc', 'hit-rate-at-k', 'mrr'],
    onlineMetrics: ['connection-requests-accepted', 'connection-requests-sent'],
    expectedElements: [
      {
        id: 'friends-of-friends', label: 'Friends-of-friends candidate generation', step: 'serving',
        patterns: [
          /\bfriends?[\s-]of[\s-](?:a[\s-])?friends?\b/i,
          /\bFoFs?\b/i,
          /\b(?:2|two)[\s-]hops?\b/i,
          /\bsecond[\s-](?:degree|order) (?:connections?|neighbou?rs?|network)\b/i,
          /\bconnections? of connections\b/i,
        ],
        why: 'Most new connections are two hops away; restricting to them cuts a billion candidates to about a million.',
      },
      {
        id: 'gnn', label: 'Graph model (GNN / edge prediction)', step: 'model',
        patterns: [
          /\bGNNs?\b/i,
          /\bgraph neural networks?\b/i,
          /\bGraphSAGE\b|\bGCNs?\b|\bGAT\b/i,
          /\bnode embeddings?\b/i,
          /\b(?:link|edge)(?:[\s-]level)?[\s-]prediction\b/i,
          /\bsocial graph\b/i,
        ],
        why: 'A pairwise model sees two profiles in isolation; the graph around them carries most of the signal.',
      },
      {
        id: 'batch-precompute', label: 'Batch pre-computation of suggestions', step: 'serving',
        patterns: [
          /\bbatch (?:prediction|pre-?comput\w*|jobs?|inference|pipeline|scoring)\b/i,
          /\bpre-?comput\w*\b/i,
          /\bprecalculat\w*\b/i,
          /\boffline (?:generation|computation|scoring|inference)\b/i,
        ],
        why: 'The graph changes slowly and online scoring of a million candidates is too slow, so lists are computed ahead of time.',
      },
      {
        id: 'delayed-feedback', label: 'Delayed acceptance (delayed feedback)', step: 'data',
        patterns: [
          /\bdelayed (?:feedback|labels?|acceptances?|responses?)\b/i,
          /\baccept\w* (?:can |may |might )?takes? (?:days|weeks|time|a while)\b/i,
          /\bpending (?:requests?|invitations?)\b/i,
          /\bnot (?:yet )?accepted\b/i,
        ],
        why: 'An unanswered request is not yet a negative; labelling it so teaches the model the wrong thing.',
      },
      {
        id: 'graph-snapshots', label: 'Training data from graph snapshots', step: 'data',
        patterns: [/\bsnapshots?\b/i, /\bt\s*\+\s*1\b/i, /\bnew edges (?:as|are) (?:positives?|labels?)\b/i],
        why: 'Edges that appear between two snapshots give positives without leaking the future.',
      },
      {
        id: 'affinity-features', label: 'User–user affinity features', step: 'data',
        patterns: [
          /\bmutual (?:connections?|friends?|contacts)\b/i,
          /\b(?:common|shared) (?:schools?|employers?|compan(?:y|ies)|connections?|friends?|interests?)\b/i,
          /\b(?:schools?|compan(?:y|ies)|employers?) in common\b/i,
          /\bprofile (?:views?|visits?)\b/i,
        ],
        why: 'Shared schools, employers and contacts are the classic predictors of a connection.',
      },
      {
        id: 'privacy', label: 'Privacy constraints', step: 'requirements',
        patterns: [/\bprivacy\b/i, /\bblocked users?\b/i, /\bsensitive (?:attributes?|data|information)\b/i],
        why: 'Suggestions can reveal relationships or profile visits that users expect to stay private.',
      },
    ],
    pitfalls: [
      'A pairwise model with no graph context.',
      'Scoring every user on the platform for every request.',
      'Pending requests treated as negatives.',
      'Privacy of blocked users and profile views ignored.',
      'Popularity bias towards highly connected users.',
      'Notification fatigue from too many suggestions.',
    ],
    typicalScale: 'About 1 B users with ~1 k connections each.',
    latencyBudget: 'Served from precomputed lists; the batch job has hours, the lookup milliseconds.',
    clarifyingQuestions: [
      'Are connections symmetric (friendship) or directed (follow)?',
      'Which profile data may be used (schools, employers, skills)?',
      'How many users and connections per user?',
      'How quickly does the graph change?',
      'What counts as success: requests sent or requests accepted?',
    ],
  },
];

export function caseStudyById(id: CaseStudyId): CaseStudy | undefined {
  return caseStudies.find((c) => c.id === id);
}
