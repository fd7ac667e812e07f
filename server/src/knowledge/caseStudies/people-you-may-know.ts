/** People You May Know: suggest people a user is likely to connect with, to grow their network. */
import type { DiagramSkeleton } from '../diagrams';
import type { CaseStudy } from './types';

const diagram: DiagramSkeleton = {
  id: 'graph-batch',
  title: 'Graph batch recommendation',
  description:
    'A batch job generates two-hop candidates from a graph snapshot, scores them and stores lists for fast lookup.',
  lines: [
    'flowchart LR',
    '    snapshot[(Graph snapshot)] --> candidates[Friends-of-friends candidates]',
    '    snapshot --> gnn[Graph model node embeddings]',
    '    candidates --> scoring[Scoring service]',
    '    gnn --> scoring',
    '    scoring --> rerank[Re-ranking and privacy rules]',
    '    rerank --> store[(Precomputed suggestion lists)]',
    '    request([User opens the page]) --> lookup[Lookup service]',
    '    store --> lookup',
  ],
};

export const peopleYouMayKnow: CaseStudy = {
  id: 'people-you-may-know',
  title: 'People You May Know',
  summary: 'Suggest people a user is likely to connect with, to grow their network.',
  category: 'link-prediction',
  offlineMetrics: ['roc-auc', 'map', 'pr-auc', 'hit-rate-at-k', 'mrr'],
  onlineMetrics: ['connection-requests-accepted', 'connection-requests-sent'],
  expectedElements: [
    {
      id: 'friends-of-friends',
      label: 'Friends-of-friends candidate generation',
      step: 'serving',
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
      id: 'gnn',
      label: 'Graph model (GNN / edge prediction)',
      step: 'model',
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
      id: 'batch-precompute',
      label: 'Batch pre-computation of suggestions',
      step: 'serving',
      patterns: [
        /\bbatch (?:prediction|pre-?comput\w*|jobs?|inference|pipeline|scoring)\b/i,
        /\bpre-?comput\w*\b/i,
        /\bprecalculat\w*\b/i,
        /\boffline (?:generation|computation|scoring|inference)\b/i,
      ],
      why: 'The graph changes slowly and online scoring of a million candidates is too slow, so lists are computed ahead of time.',
    },
    {
      id: 'delayed-feedback',
      label: 'Delayed acceptance (delayed feedback)',
      step: 'data',
      patterns: [
        /\bdelayed (?:feedback|labels?|acceptances?|responses?)\b/i,
        /\baccept\w* (?:can |may |might )?takes? (?:days|weeks|time|a while)\b/i,
        /\bpending (?:requests?|invitations?)\b/i,
        /\bnot (?:yet )?accepted\b/i,
      ],
      why: 'An unanswered request is not yet a negative; labelling it so teaches the model the wrong thing.',
    },
    {
      id: 'graph-snapshots',
      label: 'Training data from graph snapshots',
      step: 'data',
      patterns: [/\bsnapshots?\b/i, /\bt\s*\+\s*1\b/i, /\bnew edges (?:as|are) (?:positives?|labels?)\b/i],
      why: 'Edges that appear between two snapshots give positives without leaking the future.',
    },
    {
      id: 'affinity-features',
      label: 'User–user affinity features',
      step: 'data',
      patterns: [
        /\bmutual (?:connections?|friends?|contacts)\b/i,
        /\b(?:common|shared) (?:schools?|employers?|compan(?:y|ies)|connections?|friends?|interests?)\b/i,
        /\b(?:schools?|compan(?:y|ies)|employers?) in common\b/i,
        /\bprofile (?:views?|visits?)\b/i,
      ],
      why: 'Shared schools, employers and contacts are the classic predictors of a connection.',
    },
    {
      id: 'privacy',
      label: 'Privacy constraints',
      step: 'requirements',
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
  prompts: {
    io: 'A user in; a ranked list of people they are likely to connect with out.',
    framings: [
      'Edge prediction on the social graph with a graph neural network.',
      'Pointwise classifier on (user, user) pairs: simple, but blind to the graph around the pair.',
      'Heuristics such as most mutual connections: a strong baseline.',
    ],
    dataSources: [
      'Users: schools, employers, skills, location (free text needs standardising).',
      'Connections with creation time.',
      'Interactions: requests sent and accepted, profile views, searches.',
    ],
    labels: 'Edges added between two graph snapshots are positives; a pending request is not yet a negative.',
    features: [
      'Mutual connections, also time-discounted.',
      'Schools, employers, industry in common, with overlapping years.',
      'Profile views between the two users.',
      'Degree and account age, to temper popularity bias.',
    ],
    models: [
      'Baseline: rank friends of friends by number of mutual connections.',
      'Gradient-boosted trees on pair features.',
      'GNN (GraphSAGE, GAT) producing node embeddings; edge score from their similarity.',
    ],
    loss: 'Binary cross-entropy on observed new edges against sampled non-edges.',
    metricNotes: "ROC-AUC for the edge classifier; mAP over each user's list, since relevance is binary.",
    servingMode: 'Batch: the graph changes slowly and scoring a million candidates per request is too slow.',
    pipeline: [
      'Friends-of-friends candidate generation (two hops).',
      'Scoring with GNN embeddings.',
      'Re-ranking with privacy and business rules.',
      'Precomputed lists stored for fast lookup.',
    ],
    diagram,
    monitoring: [
      'Acceptance rate of requests sent from suggestions.',
      'Concentration of suggestions on highly connected users.',
      "Batch job freshness: age of each user's stored list.",
    ],
  },
};
