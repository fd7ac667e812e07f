/** Personalized news feed: order unseen posts for each user by predicted engagement. */
import { diagramById } from '../diagrams';
import { MULTI_TASK_HEADS, RE_RANKING } from './patterns';
import type { CaseStudy } from './types';

export const personalizedNewsFeed: CaseStudy = {
  id: 'personalized-news-feed',
  title: 'Personalized news feed',
  summary: 'Order unseen posts for each user by predicted engagement.',
  category: 'ranking',
  offlineMetrics: ['roc-auc', 'precision', 'recall', 'log-loss', 'ndcg', 'map'],
  onlineMetrics: ['ctr', 'reaction-rate', 'time-spent', 'user-satisfaction', 'hide-rate'],
  expectedElements: [
    {
      id: 'weighted-engagement',
      label: 'Weighted engagement score',
      step: 'framing',
      patterns: [
        /\bweighted (?:engagement|sum|score|combination|average)\b/i,
        /\bengagement score\b/i,
        /\bweights? (?:per|for each|for every) (?:reaction|action|interaction)\b/i,
        /\bvalue model\b/i,
      ],
      why: 'Blending several reaction probabilities with business-set weights avoids optimising clicks alone.',
    },
    {
      id: 'multi-task-heads',
      label: 'Multi-task model with a head per reaction',
      step: 'model',
      patterns: MULTI_TASK_HEADS,
      why: 'Rare reactions learn better sharing layers with frequent ones, and one model is cheaper to serve.',
    },
    {
      id: 'passive-users',
      label: 'Passive users: dwell time and skip',
      step: 'model',
      patterns: [
        /\bpassive users?\b/i,
        /\blurkers?\b/i,
        /\bdwell[\s-]?time\b/i,
        /\bskip(?:s|ped)? (?:heads?|predictions?|labels?|signal)\b/i,
        /\btime spent on (?:a |the |each )?post\b/i,
      ],
      why: 'Many users rarely react; dwell time and skips are their only signal.',
    },
    {
      id: 'affinity-features',
      label: 'User–author affinity features',
      step: 'data',
      patterns: [
        /\baffinity\b/i,
        /\b(?:user|viewer)[\s-](?:author|creator|poster) (?:features?|interactions?|relationship|history)\b/i,
        /\bclose friends?\b/i,
      ],
      why: 'How much a user engages with a given author is usually the strongest ranking signal.',
    },
    {
      id: 'negative-feedback',
      label: 'Negative reactions (hide, block)',
      step: 'framing',
      patterns: [
        /\bhid(?:e|es|ing)\b/i,
        /\bblock(?:s|ed|ing)?\b/i,
        /\bnegative (?:feedback|reactions?|signals?|weights?)\b/i,
        /\bnot interested\b/i,
      ],
      why: 'A feed that ignores hides and blocks keeps showing what users dislike.',
    },
    {
      id: 're-ranking',
      label: 'Re-ranking: diversity, misinformation, ads',
      step: 'serving',
      patterns: [...RE_RANKING, /\bdiversity\b|\bdiversif\w*\b/i, /\bmisinformation\b/i],
      why: 'Policy demotions, diversity and ad slots are applied after scoring.',
    },
    {
      id: 'position-bias',
      label: 'Position bias in training data',
      step: 'data',
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
  prompts: {
    io: 'A user opening the feed in; unseen posts ordered by predicted engagement out.',
    framings: [
      'Pointwise ranking with one probability per reaction, blended into a weighted engagement score.',
      'Clicks only: plenty of data, but rewards clickbait.',
      'Explicit reactions only: strong signal, too sparse for many users.',
    ],
    dataSources: [
      'Posts: author, text, media, hashtags, timestamp.',
      'Friendships: since when, close friend or family.',
      'Interactions: click, like, comment, share, hide, block, dwell time.',
    ],
    labels: 'One binary label per reaction; dwell time and skip for passive users; hide and block as negative signals.',
    features: [
      'Post: text and media embeddings, age bucket, reaction counts.',
      'User–author affinity: past engagement with this author, friendship length.',
      'User: demographics, context, averaged embeddings of engaged posts.',
      'Position bias in logged impressions.',
    ],
    models: [
      'Baseline: reverse chronological order.',
      'One model per reaction: expensive, rare reactions starve.',
      'Multi-task network with shared layers and a head per reaction, plus dwell-time and skip heads.',
    ],
    loss: 'Sum of per-head losses: cross-entropy for reactions, a regression loss for dwell time.',
    metricNotes: 'ROC-AUC and precision and recall per reaction head; ranking quality of the blended score with nDCG.',
    servingMode: 'Online on every refresh; retrieval of unseen posts and ranking within the budget.',
    pipeline: [
      'Retrieval of unseen posts and posts with new comments from friends and follows.',
      'Ranking by weighted engagement score with stored and request-time features.',
      'Re-ranking for diversity, misinformation demotion and ad slots.',
    ],
    diagram: diagramById('recommendation-funnel'),
    monitoring: [
      'Hide and block rates next to engagement.',
      'Calibration of each head, since the blend assumes calibrated probabilities.',
      'Viral post concentration and author diversity in feeds.',
    ],
  },
};
