/** Event recommendation system: rank upcoming events for each user to maximise registrations. */
import type { DiagramSkeleton } from '../diagrams';
import { COLD_START } from './patterns';
import type { CaseStudy } from './types';

const diagram: DiagramSkeleton = {
  id: 'event-ranking',
  title: 'Event ranking',
  description:
    'Filters cut millions of events to hundreds; a ranker scores them with stored and request-time features.',
  lines: [
    'flowchart LR',
    '    request([User request]) --> filtering[Event filtering by location and date]',
    '    filtering -->|hundreds| ranking[Ranking service]',
    '    features[(Feature store)] --> ranking',
    '    ranking --> results([Ranked events])',
    '    results -.->|impressions and registrations| logs[(Interaction logs)]',
    '    logs -.-> online[Online learning pipeline]',
    '    online -.-> ranking',
  ],
};

export const eventRecommendation: CaseStudy = {
  id: 'event-recommendation',
  title: 'Event recommendation system',
  summary: 'Rank upcoming events for each user to maximise registrations.',
  category: 'ranking',
  offlineMetrics: ['map', 'map-at-k', 'ndcg', 'mrr', 'precision-at-k', 'recall-at-k'],
  onlineMetrics: ['ctr', 'conversion-rate', 'bookmark-rate', 'revenue-lift', 'share-rate'],
  expectedElements: [
    {
      id: 'cold-events',
      label: 'Every event is cold: feature engineering over IDs',
      step: 'data',
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
      id: 'location-features',
      label: 'Location features (distance, venue)',
      step: 'data',
      patterns: [
        /\bdistance\b/i,
        /\blocation(?:s|[\s-]based)?\b/i,
        /\bgeo\w*\b/i,
        /\bvenue\b/i,
        /\btravel time\b/i,
        /\bsame (?:city|country|neighbou?rhood)\b/i,
      ],
      why: 'Whether a user can get to an event is one of the strongest predictors of registering.',
    },
    {
      id: 'time-features',
      label: 'Time features (time until start, day and hour)',
      step: 'data',
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
      id: 'social-features',
      label: 'Social features (friends attending, invitations, host)',
      step: 'data',
      patterns: [
        /\bfriends? (?:registered|attending|going|who)\b/i,
        /\binvit(?:e|es|ed|ation|ations)\b/i,
        /\bsocial (?:features?|signals?|graph)\b/i,
        /\bhosts?\b/i,
      ],
      why: 'People go where their friends go and return to hosts they liked.',
    },
    {
      id: 'leakage',
      label: 'Leakage and time-based splitting',
      step: 'data',
      patterns: [
        /\bleak(?:s|ed|age|ing|y)?\b/i,
        /\bpost[\s-]event\b/i,
        /\bfuture (?:information|data|interactions)\b/i,
        /\b(?:time[\s-]based|temporal|chronological) (?:train[\s/-]test )?split\b/i,
      ],
      why: 'Features computed after the event (final attendance) make offline results unrealistically good.',
    },
    {
      id: 'pointwise-ltr',
      label: 'Pointwise LTR as a binary classifier',
      step: 'framing',
      patterns: [
        /\bpointwise\b/i,
        /\blearning[\s-]to[\s-]rank\b|\bLTR\b/i,
        /\bbinary classif\w*\b/i,
        /\bP\s*\(\s*regist\w*/i,
      ],
      why: 'Predicting P(register) for each user–event pair and sorting turns a ranking task into a tractable classifier.',
    },
    {
      id: 'class-imbalance',
      label: 'Class imbalance handling',
      step: 'model',
      concepts: ['class-imbalance'],
      patterns: [],
      why: 'Registrations are a small fraction of impressions.',
    },
    {
      id: 'continual-learning',
      label: 'Continual / online learning',
      step: 'serving',
      concepts: ['retraining'],
      patterns: [],
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
    "Can we use the user's location?",
    'How many users and events, and how fast do events arrive?',
  ],
  prompts: {
    io: 'A user (with location and time) in; a ranked list of upcoming events out.',
    framings: [
      'Pointwise learning to rank: predict P(register) for each user–event pair and sort.',
      'Popular events near the user: a strong rule-based baseline.',
      'Collaborative filtering: weak here, because every event is new and expires before it gathers interactions.',
    ],
    dataSources: [
      'Events: host, category, description, price, venue, start time.',
      'Users: location, age, friends.',
      'Interactions: impression, registration, invitation, bookmark, with timestamp.',
    ],
    labels: 'Registered versus shown and not registered; registrations are rare, so plan for imbalance.',
    features: [
      'Location: distance to the venue, travel time, same city.',
      "Time: time until start, day of week and hour compared with the user's habits.",
      'Social: friends registered, invitations, host popularity and past attendance.',
      "Event: price compared with the user's history, category, description similarity.",
      'Leakage: nothing known only after the event (final attendance).',
    ],
    models: [
      'Baseline: popular events within a radius.',
      'Logistic regression and gradient-boosted trees: strong on tabular features, GBDT awkward to fine-tune continually.',
      'Neural network: supports continual fine-tuning, needs more data.',
    ],
    loss: 'Binary cross-entropy, with class weights or focal loss against the imbalance.',
    metricNotes:
      'Relevance is binary (registered), so mAP fits; MRR looks only at the first hit, nDCG needs graded labels.',
    servingMode: 'Online: location, time until start and fresh registrations change the answer.',
    pipeline: [
      'Event filtering by location, date and user filters (millions to hundreds).',
      'Ranking service computes features (feature store plus request-time values) and scores.',
      'Online learning pipeline fine-tunes on fresh registrations.',
      'Expired events removed from caches and indexes.',
    ],
    diagram,
    monitoring: [
      'Registration rate per impression, by city.',
      'Share of served events that already started or sold out.',
      'Drift of distance and price features as new cities launch.',
    ],
  },
};
