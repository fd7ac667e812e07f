/** Video recommendation system: fill a personalised homepage with videos the user is likely to find relevant. */
import { diagramById } from '../diagrams';
import { RE_RANKING, COLD_START } from './patterns';
import type { CaseStudy } from './types';

export const videoRecommendation: CaseStudy = {
  id: 'video-recommendation',
  title: 'Video recommendation system',
  summary: 'Fill a personalised homepage with videos the user is likely to find relevant.',
  category: 'ranking',
  offlineMetrics: ['precision-at-k', 'map', 'ndcg', 'recall-at-k', 'diversity'],
  onlineMetrics: ['ctr', 'watch-time', 'completion-rate', 'reaction-rate'],
  expectedElements: [
    {
      id: 'candidate-generation',
      label: 'Candidate generation stage',
      step: 'serving',
      concepts: ['candidate-generation'],
      patterns: [],
      why: 'Scoring billions of videos per request with a heavy model is impossible; a cheap stage narrows the pool.',
    },
    {
      id: 'ranking-stage',
      label: 'Ranking / scoring stage',
      step: 'serving',
      patterns: [
        /\b(?:ranking|scoring) (?:stage|model|service|layer|step|phase)\b/i,
        /\brankers?\b/i,
        /\b(?:second|final)[\s-]stage\b/i,
      ],
      why: 'A heavier model with richer features orders the few hundred survivors precisely.',
    },
    {
      id: 're-ranking',
      label: 'Re-ranking with policies and diversity',
      step: 'serving',
      patterns: RE_RANKING,
      why: 'Freshness, region and age restrictions, duplicates and diversity are applied after scoring.',
    },
    {
      id: 'cold-start',
      label: 'Cold start for new users and videos',
      step: 'model',
      patterns: [...COLD_START, /\bnew (?:users|videos|items|uploads)\b/i],
      why: 'Collaborative signals do not exist yet for newcomers, and new videos need deliberate exposure.',
    },
    {
      id: 'negative-sampling',
      label: 'Negative sampling',
      step: 'model',
      patterns: [
        /\bnegative (?:sampl\w*|examples|pairs)\b/i,
        /\b(?:random|in[\s-]batch|hard|easy) negatives\b/i,
        /\bsampled softmax\b/i,
      ],
      why: 'Implicit feedback only records positives; the model needs a defined source of negatives.',
    },
    {
      id: 'embedding-model',
      label: 'Two-tower or matrix factorisation model',
      step: 'model',
      patterns: [
        /\btwo[\s-]?towers?\b/i,
        /\bdual[\s-]encoders?\b/i,
        /\bmatrix factori[sz]ation\b/i,
        /\bcollaborative filtering\b/i,
        /\bWALS\b/i,
      ],
      why: 'Learned user and video embeddings power both retrieval and personalisation.',
    },
    {
      id: 'exploration',
      label: 'Exploration and diversity',
      step: 'serving',
      patterns: [
        /\bexplor(?:e|ation|ing)\b/i,
        /\bbandits?\b/i,
        /\bdiversity\b|\bdiversif\w*\b/i,
        /\bfilter bubbles?\b/i,
      ],
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
  prompts: {
    io: 'A user and the request context in; an ordered list of videos for the homepage out.',
    framings: [
      'Hybrid recommender: collaborative candidate generation, then a content-aware ranker; copes with new videos.',
      'Collaborative filtering only: finds new interests but fails on new users and uploads.',
      "Content-based filtering only: handles new videos but rarely leaves the user's known interests.",
      'Objective: clicks (clickbait), completions (short videos), watch time, or relevant videos watched under a definition you control.',
    ],
    dataSources: [
      'Videos: id, duration, language, title, tags, creator, upload time.',
      'Users: age bucket, country, language, subscriptions.',
      'Interactions: impression, click, watch seconds, like, dislike, share, with timestamp and position.',
    ],
    labels:
      'Implicit (clicks, watch fraction) and explicit (likes) signals combined into a relevance label; decide how long to wait before labelling.',
    features: [
      'Video: id embedding, duration bucket, language, title and tag embeddings, popularity counts.',
      'User: demographics, averaged embeddings of watched, liked and searched items.',
      'Context: hour, day of week, device.',
      'Position of the impression, to absorb position bias in training.',
    ],
    models: [
      'Baseline: most popular videos per region and language.',
      'Matrix factorisation: cheap and strong for active users, no features, no answer for newcomers.',
      'Two-tower network for retrieval: uses features, serves through ANN.',
      'Multi-task ranker over a few hundred candidates with rich features.',
    ],
    loss: 'Sampled softmax or binary cross-entropy over positive and sampled negative pairs for retrieval; per-head cross-entropy for ranking.',
    metricNotes:
      'Ranking metrics over the shown list: precision@k and mAP for binary relevance, nDCG if relevance is graded; add diversity.',
    servingMode: 'Online per request; the item embeddings and the ANN index are built offline.',
    pipeline: [
      'Candidate generation from several sources (two-tower ANN, co-watch, trending, fresh uploads).',
      'Ranking of a few hundred candidates with a heavier model.',
      'Re-ranking for freshness, diversity, region and age limits, duplicates.',
      'Exploration slots for new videos.',
    ],
    diagram: diagramById('recommendation-funnel'),
    monitoring: [
      'Share of impressions going to the most popular videos (feedback loops).',
      'Calibration and score distribution of each ranking head.',
      'Freshness of the ANN index and the feature store.',
    ],
  },
};
