/**
 * The systems the bench corpus writes design docs about: the case studies of the seven-step framework, each with
 * words that fit its ML task (metrics, loss, baseline), so a generated doc reads like a real write-up.
 */
export interface Topic {
  title: string;
  /** A case-study id mlsd knows, so the case-study rules run as they do on a real doc. */
  caseId: string;
  tags: string[];
  item: string;
  items: string;
  user: string;
  action: string;
  goal: string;
  category: string;
  objective: string;
  offlineMetrics: string[];
  onlineMetrics: string[];
  loss: string;
  baseline: string;
  architecture: string;
  labels: string;
  featureGroups: string[];
}

const rankingOffline = ['recall@k', 'precision@k', 'nDCG@10', 'mAP', 'MRR'];
const classificationOffline = ['PR-AUC', 'ROC-AUC', 'recall at 95 % precision', 'log loss', 'calibration error'];

export const topics: readonly Topic[] = [
  {
    title: 'Video recommendations on the home feed',
    caseId: 'video-recommendation',
    tags: ['recommendation', 'ranking'],
    item: 'video',
    items: 'videos',
    user: 'viewer',
    action: 'watch',
    goal: 'increase watch time of signed-in viewers on the home feed',
    category: 'a multi-stage recommender: two-tower candidate generation followed by pointwise ranking',
    objective: 'maximise the probability that a viewer watches a recommended video for more than half its length',
    offlineMetrics: rankingOffline,
    onlineMetrics: ['watch time per session', 'click-through rate', 'daily active users', 'session length'],
    loss: 'binary cross-entropy over watched and skipped impressions, with sampled softmax in the retrieval tower',
    baseline: 'a popularity list per country and language, refreshed every hour',
    architecture: 'a two-tower network for retrieval and a deep and cross network for ranking',
    labels:
      'implicit feedback: a watch longer than half the video is a positive, an impression scrolled past is a negative',
    featureGroups: ['watch history', 'video metadata', 'viewer context', 'creator statistics', 'search queries'],
  },
  {
    title: 'Click-through prediction for feed ads',
    caseId: 'ad-click-prediction',
    tags: ['ads', 'ctr', 'calibration'],
    item: 'ad',
    items: 'ads',
    user: 'user',
    action: 'click',
    goal: 'grow ad revenue without hurting the feed experience',
    category: 'binary classification that outputs a calibrated click probability',
    objective: 'predict the probability that a user clicks an ad within ten minutes of a viewable impression',
    offlineMetrics: classificationOffline,
    onlineMetrics: ['revenue per thousand impressions', 'click-through rate', 'hide rate', 'advertiser retention'],
    loss: 'log loss (binary cross-entropy) with sample weights for hides',
    baseline: 'logistic regression on hashed cross features',
    architecture: 'a deep and cross network with continual training every hour',
    labels: 'a click within ten minutes of a viewable impression is a positive; the joined log gives natural labels',
    featureGroups: ['ad creative', 'advertiser history', 'user interests', 'request context', 'cross features'],
  },
  {
    title: 'Harmful content detection for a social network',
    caseId: 'harmful-content-detection',
    tags: ['integrity', 'classification'],
    item: 'post',
    items: 'posts',
    user: 'author',
    action: 'report',
    goal: 'make the platform safer by catching policy violations before many people see them',
    category: 'multi-label classification with one binary head per policy category',
    objective: 'estimate for every new post the probability that it violates each policy category',
    offlineMetrics: classificationOffline,
    onlineMetrics: [
      'prevalence of violating views',
      'proactive rate',
      'valid appeal rate',
      'user reports per 10 k views',
    ],
    loss: 'the sum of per-head focal losses with gamma 2',
    baseline: 'keyword lists and perceptual hash matching against known violating media',
    architecture: 'a multimodal fusion network over text, image and author features',
    labels: 'hand labels from trained reviewers, plus user reports confirmed by a reviewer',
    featureGroups: ['post text', 'image embeddings', 'author history', 'engagement signals', 'context'],
  },
  {
    title: 'Visual search for a photo sharing app',
    caseId: 'visual-search',
    tags: ['search', 'embeddings'],
    item: 'image',
    items: 'images',
    user: 'searcher',
    action: 'click',
    goal: 'let people find visually similar images from a photo they take',
    category: 'representation learning with nearest-neighbour retrieval over image embeddings',
    objective: 'learn an embedding in which images a searcher clicks for a query image lie close to it',
    offlineMetrics: rankingOffline,
    onlineMetrics: ['click-through rate on results', 'searches per user', 'time to first click', 'saves per search'],
    loss: 'a contrastive loss (InfoNCE) over in-batch negatives',
    baseline: 'a pre-trained image classifier whose penultimate layer is used as the embedding',
    architecture: 'a vision transformer trained with contrastive learning and served through an ANN index',
    labels: 'clicked results as positive pairs, augmented views of the same image as self-supervised positives',
    featureGroups: ['image pixels', 'image metadata', 'query context', 'click logs', 'duplicate clusters'],
  },
  {
    title: 'Event recommendations for a ticketing platform',
    caseId: 'event-recommendation',
    tags: ['recommendation', 'learning-to-rank'],
    item: 'event',
    items: 'events',
    user: 'attendee',
    action: 'register',
    goal: 'increase ticket sales by showing each attendee events they will register for',
    category: 'pointwise learning to rank solved as binary classification',
    objective: 'predict the probability that an attendee registers for an event shown in the feed',
    offlineMetrics: rankingOffline,
    onlineMetrics: ['registrations per user', 'click-through rate', 'bookmark rate', 'revenue per session'],
    loss: 'binary cross-entropy over registered and ignored impressions',
    baseline: 'events sorted by distance and start time',
    architecture: 'gradient-boosted decision trees over user, event and location features',
    labels: 'a registration after an impression is a positive, an impression without one is a negative',
    featureGroups: ['location', 'time', 'social signals', 'event attributes', 'user history'],
  },
  {
    title: 'People you may know',
    caseId: 'people-you-may-know',
    tags: ['graph', 'recommendation'],
    item: 'connection',
    items: 'connections',
    user: 'member',
    action: 'connect',
    goal: 'help members grow their professional network',
    category: 'edge prediction on the social graph with a graph neural network',
    objective: 'predict the probability that two members form a connection within a month',
    offlineMetrics: ['ROC-AUC', 'recall@k', 'mAP', 'precision@k'],
    onlineMetrics: ['connection requests sent', 'requests accepted', 'weekly active members', 'invite acceptance rate'],
    loss: 'binary cross-entropy over existing edges and sampled non-edges',
    baseline: 'friends of friends ranked by the number of mutual connections',
    architecture: 'a GraphSAGE encoder with a dot-product edge scorer, precomputed daily',
    labels: 'connections formed in the next month are positives; sampled pairs that did not connect are negatives',
    featureGroups: ['profile', 'graph neighbourhood', 'interaction history', 'school and employer', 'location'],
  },
];
