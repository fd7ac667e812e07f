/** Similar listings on a vacation rental platform: show listings similar to the one being viewed, learned from browsing sessions, to drive bookings. */
import { diagramById } from '../diagrams';
import { RE_RANKING, COLD_START } from './patterns';
import type { CaseStudy } from './types';

export const similarListings: CaseStudy = {
  id: 'similar-listings',
  title: 'Similar listings on a vacation rental platform',
  summary: 'Show listings similar to the one being viewed, learned from browsing sessions, to drive bookings.',
  category: 'session-recommendation',
  offlineMetrics: ['average-rank', 'hit-rate-at-k', 'mrr'],
  onlineMetrics: ['ctr', 'session-book-rate'],
  expectedElements: [
    {
      id: 'session-embeddings',
      label: 'Listing embeddings learned from sessions',
      step: 'model',
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
      id: 'hard-negatives',
      label: 'Hard negatives from the same region',
      step: 'model',
      patterns: [
        /\bhard negatives?\b/i,
        /\bnegatives? (?:sampled |drawn )?from the same (?:region|city|market|area|neighbou?rhood)\b/i,
        /\bsame[\s-](?:region|city|market|area) negatives?\b/i,
      ],
      why: 'Random negatives mostly come from other cities, so the model only learns geography.',
    },
    {
      id: 'booked-context',
      label: 'Booked listing as a global positive',
      step: 'model',
      patterns: [
        /\b(?:eventually[\s-])?booked listings?\b/i,
        /\bglobal context\b/i,
        /\bbooking (?:as|is) (?:a )?(?:global )?positive\b/i,
      ],
      why: 'The listing a session ends in carries the strongest signal of what the guest wanted.',
    },
    {
      id: 'cold-start-listings',
      label: 'Embeddings for new listings',
      step: 'serving',
      patterns: [
        ...COLD_START,
        /\bnew listings?\b/i,
        /\b(?:mean|average|averaged) (?:of )?(?:the )?(?:embeddings?|vectors?) of (?:nearby|similar|neighbou?ring|the closest)\b/i,
      ],
      why: 'A fresh listing has no sessions yet, so it needs a stand-in vector until it does.',
    },
    {
      id: 'ann-index',
      label: 'Nearest-neighbour lookup',
      step: 'serving',
      concepts: ['ann-index'],
      patterns: [],
      why: 'Similar listings are the closest vectors, fetched fast enough for a page load.',
    },
    {
      id: 'filters',
      label: 'Re-ranking filters (availability, price, city)',
      step: 'serving',
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
    "Availability for the guest's dates ignored.",
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
  prompts: {
    io: 'The listing being viewed in; a ranked carousel of similar, available listings out.',
    framings: [
      'Session-based embeddings: listings clicked in the same session are similar; recommend nearest neighbours.',
      'Content similarity on attributes (price, type, area): simple, but misses what guests actually compare.',
      'Pointwise ranking of candidate pairs: precise, but needs a candidate source first.',
    ],
    dataSources: [
      'Listings: host, price, type, size, rating, city, capacity.',
      'Search and browsing sessions: clicked listings in order, ending in a booking or not.',
      'Availability calendar.',
    ],
    labels:
      'Co-occurrence in a session as positive pairs; the booked listing as a strong positive for every listing in its session.',
    features: [
      'A learned embedding per listing id from session sequences.',
      'Attributes for cold start: type, price band, location.',
      'Guest filters at request time: dates, price range, guests.',
    ],
    models: [
      'Baseline: nearest listings in the same city and price band.',
      'Skip-gram style embedding model over sessions with a sliding window.',
      'Add the booked listing as global context and hard negatives from the same region.',
    ],
    loss: 'Binary cross-entropy on sigmoid(dot product) for positive pairs and sampled negatives.',
    metricNotes:
      'Average rank of the eventually booked listing when the session is re-ranked by similarity ties the metric to bookings.',
    servingMode: 'Online lookup and neighbour search; embeddings retrained and re-indexed daily.',
    pipeline: [
      'Embedding fetcher: the stored vector, or a stand-in for new listings (mean of nearby similar ones).',
      'Nearest-neighbour service over the listing index.',
      'Re-ranking filters: availability, price, city, already seen.',
    ],
    diagram: diagramById('embedding-search'),
    monitoring: [
      "Share of carousel listings unavailable for the guest's dates.",
      'Coverage of new listings in the index.',
      'Embedding stability between daily retrains.',
    ],
  },
};
