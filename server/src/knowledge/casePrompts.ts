/**
 * What a template for each case study prompts the writer with, step by step: the framings worth weighing, the data
 * and features to look for, the model options, the serving pipeline and its diagram, and what to watch after launch.
 * caseStudies.ts holds what the linter checks (metrics, expected elements, clarifying questions, scale, latency);
 * this module holds the hints a blank page needs. Every line is a prompt, not an answer: it names options and the
 * trade-off to discuss, and leaves the choice to the writer.
 */
import type { CaseStudyId } from './caseStudies';
import type { DiagramId } from './diagrams';

export interface CasePrompts {
  id: CaseStudyId;
  /** What goes in and what comes out of the whole system. */
  io: string;
  /** Candidate ML framings, each with the trade-off to discuss; the one that usually fits best first. */
  framings: readonly string[];
  /** Tables, logs and stores to ask about. */
  dataSources: readonly string[];
  /** Where labels come from and what makes them noisy. */
  labels: string;
  /** Features worth considering and how to encode them. */
  features: readonly string[];
  /** Model options, baseline first, each with its trade-off. */
  models: readonly string[];
  /** The loss that fits the chosen framing. */
  loss: string;
  /** Why the usual offline metrics fit (or do not) for this case. */
  metricNotes: string;
  /** Batch or online prediction, and the reason to decide either way. */
  servingMode: string;
  /** Stages of the serving pipeline, in request order. */
  pipeline: readonly string[];
  /** The Mermaid skeleton that shows the pipeline (knowledge/diagrams.ts). */
  diagram: DiagramId;
  /** Signals specific to this case worth a dashboard or an alert. */
  monitoring: readonly string[];
}

export const casePrompts: readonly CasePrompts[] = [
  {
    id: 'visual-search',
    io: 'A query image or a crop of one in; a list of visually similar images out, most similar first.',
    framings: [
      'Representation learning: encode every image as a vector and rank by distance to the query vector; scales to a huge corpus through ANN.',
      'Pairwise classifier scoring (query, candidate) pairs: precise, but far too slow to run against billions of images.',
      'Classify images into a fixed set of categories and return same-category images: cheap, but blind to style and detail.',
    ],
    dataSources: [
      'Image table: id, owner, upload time, optional tags.',
      'Interaction log: query image, shown image, position, interaction type (click, save), timestamp.',
    ],
    labels: 'Positive pairs from human raters (clean, expensive), clicks on results (plentiful, noisy, position-biased) or augmented views of one image (free, but unlike real queries).',
    features: [
      'Raw pixels only: resize to a fixed size, normalise, force one colour mode.',
      'Crops: the user-selected region as its own query; augmentation with random crops at training time.',
      'Optional later: tags and text metadata, which most answers leave out of the first version.',
    ],
    models: [
      'Baseline: embeddings from an off-the-shelf pre-trained CNN with no fine-tuning.',
      'CNN (ResNet family) versus vision transformer encoder: accuracy, inference cost and the data each needs.',
      'Fine-tune a contrastively pre-trained model instead of training from scratch.',
    ],
    loss: 'Contrastive: softmax over the similarities of the query to one positive and many negatives, then cross-entropy against the positive.',
    metricNotes: 'Thousands of images can be relevant, so recall@k says little; nDCG uses graded similarity labels, MRR only the first hit.',
    servingMode: 'Online for the query embedding and the neighbour search; batch for embedding the corpus and building the index.',
    pipeline: [
      'Embedding service embeds the query image or crop.',
      'Nearest-neighbour service searches the ANN index (tree, LSH, clustering or graph based).',
      'Re-ranking drops near-duplicates, private and unsafe images.',
      'Indexing pipeline embeds new uploads and rebuilds the index whenever the encoder changes.',
    ],
    diagram: 'embedding-search',
    monitoring: [
      'Share of new uploads indexed within the target delay.',
      'Embedding distribution shift after each encoder release.',
      'Click-through on results per query source (full image or crop).',
    ],
  },
  {
    id: 'street-view-blurring',
    io: 'A street-level image in; bounding boxes of faces and licence plates with class and confidence out, then a blurred image.',
    framings: [
      'Object detection: regress box coordinates and classify each box as face or plate; the standard fit.',
      'Semantic segmentation: pixel masks blur more tightly, but labels cost far more and boxes are enough to blur.',
      'Whole-image classification: says an image contains a face but not where, so it cannot drive blurring.',
    ],
    dataSources: [
      'About a million annotated images with boxes for faces and plates.',
      'Raw street imagery waiting to be published, with capture location and time.',
      'User reports of missed or wrong blurs, tied to an image and a region.',
    ],
    labels: 'Human-drawn boxes for training and evaluation; user reports become hard examples once a reviewer confirms them.',
    features: [
      'Resize and normalise; keep high resolution where faces are small and distant.',
      'Augmentation: flips, crops, rotations, brightness and contrast changes, done online or offline (training time versus storage).',
      'Coverage of night, rain, glare and unusual plate formats from many countries.',
    ],
    models: [
      'Baseline: a pre-trained off-the-shelf detector fine-tuned on the annotated set.',
      'Two-stage detector (region proposals, then classification and box refinement): slower, more accurate.',
      'One-stage detector (single pass): faster, usually weaker on small objects; latency is not the constraint here.',
    ],
    loss: 'Classification cross-entropy plus a weighted box regression loss (smooth L1 or MSE).',
    metricNotes: 'A box counts as found only above an IoU threshold; AP per class and mAP across classes, with recall weighted heavily because a missed face is the costly error.',
    servingMode: 'Batch: imagery is processed before it is published, so throughput matters and latency does not.',
    pipeline: [
      'Preprocess each new image (resize, normalise, tile large panoramas).',
      'Run the detector to propose boxes with confidences.',
      'Non-maximum suppression merges overlapping boxes.',
      'Blurring service blurs the kept boxes and stores the published image.',
      'User reports flow back as hard examples for the next training round.',
    ],
    diagram: 'batch-detection',
    monitoring: [
      'User reports per million published images.',
      'Recall on a fresh human-audited sample, sliced by region, lighting and skin tone.',
      'Batch job throughput and backlog of unprocessed imagery.',
    ],
  },
  {
    id: 'video-search',
    io: 'A text query in; a list of relevant videos out, using both what the video shows and its title, description and tags.',
    framings: [
      'Two retrieval paths fused: embedding search (text and video encoders in one space) plus keyword search over metadata.',
      'Keyword search alone: cheap and precise on titles, but blind to what is actually in the video.',
      'Embedding search alone: understands content, but misses exact names and rare terms that keyword match gets right.',
    ],
    dataSources: [
      'Video table: id, title, description, tags, language, upload time, duration.',
      'Labelled (query, video) pairs, around ten million.',
      'Search logs: query, results shown, clicks and watch time.',
    ],
    labels: 'Annotated query–video pairs for training; clicks and watch time from search logs can add noisy positives later.',
    features: [
      'Text: normalise, tokenise (word or sub-word), map tokens to ids by lookup table or hashing.',
      'Video: decode, sample frames, resize and normalise each frame.',
      'Metadata fields for the inverted index; auto-generated tags for videos with poor metadata.',
    ],
    models: [
      'Baseline: keyword search over titles and tags, ranked by text match score.',
      'Text encoder: TF-IDF (fast, no semantics) versus a transformer encoder (semantic, costlier).',
      'Video encoder: frame-level image model averaged over sampled frames (cheap) versus a video-level model (captures motion, expensive).',
    ],
    loss: 'Contrastive: each video against its own query and the other queries in the batch, softmax over similarities, cross-entropy.',
    metricNotes: 'Each query has one labelled relevant video, so precision@k is capped at 1/k; MRR or hit rate@k fits, nDCG only with graded labels.',
    servingMode: 'Online for the query (both paths in parallel); batch indexing pipelines for video embeddings and the text index.',
    pipeline: [
      'Query encoder embeds the text; ANN search returns visually relevant videos.',
      'Text search over an inverted index returns keyword matches in parallel.',
      'Fusion merges both lists (weighted score sum or a learned re-ranker).',
      'Re-ranking applies policy filters, freshness and de-duplication.',
    ],
    diagram: 'search-fusion',
    monitoring: [
      'Queries with no clicked result, by language.',
      'Lag between upload and the video appearing in both indexes.',
      'Query distribution shift (new vocabulary, trending topics).',
    ],
  },
  {
    id: 'harmful-content-detection',
    io: 'A post (text, images, video, author and context) in; a probability per harm category out, turned into remove, demote or allow.',
    framings: [
      'Multi-task classifier with shared layers and one head per harm category: explains the violated rule, shares signal across categories.',
      'One binary classifier for "harmful": simplest, but cannot tell the author which rule was broken.',
      'One model per category: independent, but many pipelines to maintain and little data for rare categories.',
      'Early versus late fusion of modalities: late fusion misses harm that appears only in the combination (memes).',
    ],
    dataSources: [
      'Posts: author, text, media, links, language, timestamp.',
      'Author history: account age, past violations, reports received.',
      'Interactions: views, shares, comments and user reports.',
      'Reviewer decisions and appeal outcomes.',
    ],
    labels: 'Hand labels from trained reviewers (accurate, scarce: evaluation) and user reports (plentiful, noisy: training).',
    features: [
      'Text: multilingual transformer embeddings.',
      'Images and video: pre-trained image and video encoders.',
      'Engagement: reaction and report counts, scaled; embeddings of comments.',
      'Author: violation history, account age, follower counts.',
    ],
    models: [
      'Baseline: keyword lists and hash matching of known violating media.',
      'Early-fusion multi-task network over text, image and video embeddings.',
      'Handle one modality dominating training (gradient blending, focal loss).',
    ],
    loss: 'Sum of per-category binary cross-entropies, with class weights or focal loss for the rare categories.',
    metricNotes: 'Violations are rare, so PR-AUC and precision and recall per category at the operating threshold; ROC-AUC flatters under heavy imbalance.',
    servingMode: 'Online scoring at upload for the worst categories; batch re-scoring is acceptable for milder ones.',
    pipeline: [
      'Detection service scores each new post per category.',
      'Enforcement removes confident violations and tells the author which rule.',
      'Demotion down-ranks uncertain posts and queues them for human review.',
      'Appeals and review decisions flow back as labels.',
    ],
    diagram: 'content-moderation',
    monitoring: [
      'Prevalence and harmful impressions per category, from audited samples.',
      'Valid appeal rate as a precision guard.',
      'Adversarial drift: new evasion patterns, spikes in user reports.',
    ],
  },
  {
    id: 'video-recommendation',
    io: 'A user and the request context in; an ordered list of videos for the homepage out.',
    framings: [
      'Hybrid recommender: collaborative candidate generation, then a content-aware ranker; copes with new videos.',
      'Collaborative filtering only: finds new interests but fails on new users and uploads.',
      'Content-based filtering only: handles new videos but rarely leaves the user\'s known interests.',
      'Objective: clicks (clickbait), completions (short videos), watch time, or relevant videos watched under a definition you control.',
    ],
    dataSources: [
      'Videos: id, duration, language, title, tags, creator, upload time.',
      'Users: age bucket, country, language, subscriptions.',
      'Interactions: impression, click, watch seconds, like, dislike, share, with timestamp and position.',
    ],
    labels: 'Implicit (clicks, watch fraction) and explicit (likes) signals combined into a relevance label; decide how long to wait before labelling.',
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
    metricNotes: 'Ranking metrics over the shown list: precision@k and mAP for binary relevance, nDCG if relevance is graded; add diversity.',
    servingMode: 'Online per request; the item embeddings and the ANN index are built offline.',
    pipeline: [
      'Candidate generation from several sources (two-tower ANN, co-watch, trending, fresh uploads).',
      'Ranking of a few hundred candidates with a heavier model.',
      'Re-ranking for freshness, diversity, region and age limits, duplicates.',
      'Exploration slots for new videos.',
    ],
    diagram: 'recommendation-funnel',
    monitoring: [
      'Share of impressions going to the most popular videos (feedback loops).',
      'Calibration and score distribution of each ranking head.',
      'Freshness of the ANN index and the feature store.',
    ],
  },
  {
    id: 'event-recommendation',
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
      'Time: time until start, day of week and hour compared with the user\'s habits.',
      'Social: friends registered, invitations, host popularity and past attendance.',
      'Event: price compared with the user\'s history, category, description similarity.',
      'Leakage: nothing known only after the event (final attendance).',
    ],
    models: [
      'Baseline: popular events within a radius.',
      'Logistic regression and gradient-boosted trees: strong on tabular features, GBDT awkward to fine-tune continually.',
      'Neural network: supports continual fine-tuning, needs more data.',
    ],
    loss: 'Binary cross-entropy, with class weights or focal loss against the imbalance.',
    metricNotes: 'Relevance is binary (registered), so mAP fits; MRR looks only at the first hit, nDCG needs graded labels.',
    servingMode: 'Online: location, time until start and fresh registrations change the answer.',
    pipeline: [
      'Event filtering by location, date and user filters (millions to hundreds).',
      'Ranking service computes features (feature store plus request-time values) and scores.',
      'Online learning pipeline fine-tunes on fresh registrations.',
      'Expired events removed from caches and indexes.',
    ],
    diagram: 'event-ranking',
    monitoring: [
      'Registration rate per impression, by city.',
      'Share of served events that already started or sold out.',
      'Drift of distance and price features as new cities launch.',
    ],
  },
  {
    id: 'ad-click-prediction',
    io: 'A user, the context and candidate ads in; a calibrated click probability per ad out, ranked for the auction.',
    framings: [
      'Binary classification on (user, ad) pairs predicting P(click), sorted and combined with bids.',
      'Pairwise or listwise ranking: orders ads well but loses the calibrated probability the auction needs.',
    ],
    dataSources: [
      'Ads: id, advertiser, campaign, ad group, category, media.',
      'Users: demographics, interests.',
      'Impressions, clicks, conversions and hides, streamed with timestamps.',
    ],
    labels: 'A click within t seconds of an impression is positive; no click within t (or a hide) is negative; tune t.',
    features: [
      'High-cardinality ids (ad, advertiser, campaign) as learned embeddings, not one-hot.',
      'Engagement counters per ad and advertiser over several windows.',
      'User history: averaged embeddings of clicked ads, historical CTR.',
      'Context: device, time, placement.',
      'Feature crosses such as user interest × ad category.',
    ],
    models: [
      'Baseline: logistic regression on hashed and crossed features.',
      'GBDT, or GBDT as a feature extractor for logistic regression: no embeddings, poor for continual learning.',
      'Deep & Cross Network, factorization machines or DeepFM for explicit feature interactions.',
    ],
    loss: 'Binary cross-entropy; re-calibrate if negatives are down-sampled.',
    metricNotes: 'Probabilities feed the auction, so log loss, normalized cross-entropy and calibration lead; ROC-AUC only checks the order.',
    servingMode: 'Online, within a tight budget; continual training keeps the model fresh.',
    pipeline: [
      'Candidate generation by advertiser targeting (age, location, interests).',
      'Ranking by predicted click probability with batch and streaming features.',
      'Re-ranking for the auction, budget pacing and diversity.',
      'Continual learning pipeline fine-tunes on fresh impressions and deploys only if better.',
    ],
    diagram: 'ad-ranking',
    monitoring: [
      'Calibration: predicted versus observed clicks, per hour and segment.',
      'Model staleness (minutes since the last update).',
      'Streaming counter freshness and training–serving skew.',
    ],
  },
  {
    id: 'similar-listings',
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
    labels: 'Co-occurrence in a session as positive pairs; the booked listing as a strong positive for every listing in its session.',
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
    metricNotes: 'Average rank of the eventually booked listing when the session is re-ranked by similarity ties the metric to bookings.',
    servingMode: 'Online lookup and neighbour search; embeddings retrained and re-indexed daily.',
    pipeline: [
      'Embedding fetcher: the stored vector, or a stand-in for new listings (mean of nearby similar ones).',
      'Nearest-neighbour service over the listing index.',
      'Re-ranking filters: availability, price, city, already seen.',
    ],
    diagram: 'embedding-search',
    monitoring: [
      'Share of carousel listings unavailable for the guest\'s dates.',
      'Coverage of new listings in the index.',
      'Embedding stability between daily retrains.',
    ],
  },
  {
    id: 'personalized-news-feed',
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
    diagram: 'recommendation-funnel',
    monitoring: [
      'Hide and block rates next to engagement.',
      'Calibration of each head, since the blend assumes calibrated probabilities.',
      'Viral post concentration and author diversity in feeds.',
    ],
  },
  {
    id: 'people-you-may-know',
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
    metricNotes: 'ROC-AUC for the edge classifier; mAP over each user\'s list, since relevance is binary.',
    servingMode: 'Batch: the graph changes slowly and scoring a million candidates per request is too slow.',
    pipeline: [
      'Friends-of-friends candidate generation (two hops).',
      'Scoring with GNN embeddings.',
      'Re-ranking with privacy and business rules.',
      'Precomputed lists stored for fast lookup.',
    ],
    diagram: 'graph-batch',
    monitoring: [
      'Acceptance rate of requests sent from suggestions.',
      'Concentration of suggestions on highly connected users.',
      'Batch job freshness: age of each user\'s stored list.',
    ],
  },
];

export function casePromptsById(id: CaseStudyId): CasePrompts {
  const prompts = casePrompts.find((candidate) => candidate.id === id);
  if (!prompts) throw new Error(`no template prompts for case ${id}`);
  return prompts;
}
