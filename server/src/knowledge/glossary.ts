/**
 * Concepts a reviewer expects to hear named, and the model and serving vocabulary of ML system design, for the
 * terms that are not metrics (metrics.ts has those). Read by completion and hover. Aliases follow the conventions of
 * metrics.ts (case-insensitive, a space or hyphen also matches a hyphen, a space or nothing); short all-capital
 * aliases ("ANN", "PSI") only match in capitals, because in lower case they are ordinary words or names.
 */
import type { StepId } from './steps';
import { aliasMatcher, longestMatches, type Match, type MatchPattern } from './matching';
import { LiteralFilter } from './patternFilters';

export type GlossaryArea = 'concept' | 'model' | 'serving' | 'monitoring';

export interface GlossaryEntry {
  id: string;
  /** The term as one would write it in a sentence; what completion inserts. */
  term: string;
  area: GlossaryArea;
  aliases: string[];
  definition: string;
  /** When it matters and what to do about it. */
  when: string;
  formula?: string;
  /** Steps where the term usually belongs; completion ranks it first there. */
  steps: StepId[];
}

export const glossary: readonly GlossaryEntry[] = [
  // ---- Concepts a reviewer expects to be named ----
  {
    id: 'class-imbalance',
    term: 'class imbalance',
    area: 'concept',
    steps: ['data', 'evaluation'],
    aliases: ['class imbalance', 'imbalanced classes', 'imbalanced data', 'label imbalance'],
    definition:
      'One class is far rarer than the other (about 1 % of impressions get a click), so a model can score well while ignoring the rare class.',
    when: 'Ads, integrity and event recommendations. Resample or weight the classes, and judge with PR-AUC or log loss rather than accuracy.',
  },
  {
    id: 'drift',
    term: 'drift',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['drift', 'distribution shift', 'data distribution shift', 'dataset shift'],
    definition:
      'Any change between the data a model was trained on and the data it meets in production; the main reason deployed models decay.',
    when: 'Monitoring: name which kind (data drift, label shift, concept drift), how it is measured and what threshold triggers an alert or retraining.',
  },
  {
    id: 'data-drift',
    term: 'data drift',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['data drift', 'covariate shift', 'covariate drift', 'feature drift', 'input drift'],
    definition:
      'The distribution of the model inputs moves away from the training data (new users, new content, a changed upstream pipeline).',
    when: 'Monitoring: compare live feature distributions with a reference window (PSI, KL divergence) and alert before quality drops.',
  },
  {
    id: 'label-shift',
    term: 'label shift',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['label shift', 'prior shift', 'prior probability shift', 'label drift'],
    definition: 'The share of each class changes while what each class looks like stays the same.',
    when: 'Monitoring and calibration: a new base rate skews predicted probabilities, so recalibrate or retrain.',
  },
  {
    id: 'concept-drift',
    term: 'concept drift',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['concept drift'],
    definition:
      'The relation between the inputs and the label changes, so patterns learned last month stop predicting the outcome.',
    when: 'Monitoring and the retraining cadence: only fresh labels reveal it, so watch delayed-label quality.',
  },
  {
    id: 'training-serving-skew',
    term: 'training-serving skew',
    area: 'serving',
    steps: ['serving', 'data', 'monitoring'],
    aliases: ['training-serving skew', 'train-serve skew', 'training/serving skew', 'online-offline skew'],
    definition:
      'Features are computed one way in the training pipeline and another way at serving time, so the live model sees inputs it never trained on.',
    when: 'Share the feature code through a feature store, log the features actually served and train on those logs.',
  },
  {
    id: 'data-leakage',
    term: 'data leakage',
    area: 'concept',
    steps: ['data', 'evaluation'],
    aliases: ['data leakage', 'leakage', 'label leakage', 'target leakage'],
    definition:
      'Training uses information that will not exist at prediction time, or that leaks from the test set, so offline scores look better than live ones.',
    when: 'Splitting (split by time for time-ordered data) and feature design (no features computed after the label).',
  },
  {
    id: 'position-bias',
    term: 'position bias',
    area: 'concept',
    steps: ['data', 'model', 'evaluation'],
    aliases: ['position bias', 'positional bias'],
    definition: 'Items shown higher get more clicks whatever their relevance, so logged clicks overrate the top slots.',
    when: 'Training on logs: add the position as a feature and fix it to one value at serving time, or weight examples by inverse propensity.',
  },
  {
    id: 'selection-bias',
    term: 'selection bias',
    area: 'concept',
    steps: ['data', 'evaluation'],
    aliases: ['selection bias', 'exposure bias', 'sampling bias'],
    definition:
      'Labels exist only for what the old system chose to show, so the data says nothing about everything else.',
    when: 'Recommenders and People You May Know: keep a little random or exploratory traffic to collect unbiased labels.',
  },
  {
    id: 'feedback-loop',
    term: 'feedback loop',
    area: 'concept',
    steps: ['monitoring', 'data'],
    aliases: ['feedback loop', 'feedback loops', 'degenerate feedback loop'],
    definition:
      'The model decides what users see, which decides the next training data, so its early preferences reinforce themselves.',
    when: 'Recommenders and feeds: counter it with exploration, diversity in re-ranking and monitoring of catalogue coverage.',
  },
  {
    id: 'cold-start',
    term: 'cold start',
    area: 'concept',
    steps: ['data', 'model'],
    aliases: ['cold start', 'cold-start problem'],
    definition: 'A new user or item has no interaction history for the model to learn from.',
    when: 'Recommendations, events and listings: fall back to content features, popularity or onboarding answers, and boost new items for a while.',
  },
  {
    id: 'exploration',
    term: 'exploration vs exploitation',
    area: 'concept',
    steps: ['serving', 'model'],
    aliases: ['exploration vs exploitation', 'exploration', 'exploitation', 'explore-exploit'],
    definition:
      'The trade-off between showing what is known to work and showing uncertain items to learn how good they are.',
    when: 'Bandits, new content and cold start; without exploration a recommender only ever learns about what it already shows.',
  },
  {
    id: 'delayed-feedback',
    term: 'delayed feedback',
    area: 'concept',
    steps: ['data', 'monitoring'],
    aliases: ['delayed feedback', 'delayed labels', 'label delay'],
    definition:
      'Labels arrive long after the prediction (a purchase days after the click), so the newest examples look negative.',
    when: 'Ads and People You May Know: wait for an attribution window or correct for positives that have not arrived yet.',
  },
  {
    id: 'guardrail-metric',
    term: 'guardrail metric',
    area: 'concept',
    steps: ['evaluation'],
    aliases: ['guardrail metric', 'guardrail metrics', 'guardrail', 'guardrails'],
    definition:
      'A metric that must not get worse while another is optimised, such as latency, hide rate or report rate.',
    when: 'A/B tests: ship the new model only when the target metric improves and every guardrail holds.',
  },
  {
    id: 'statistical-power',
    term: 'statistical significance',
    area: 'concept',
    steps: ['evaluation'],
    aliases: ['statistical significance', 'statistical power', 'p-value', 'sample size', 'minimum detectable effect'],
    definition:
      'Power is the chance an A/B test detects an effect of a given size; significance is how unlikely the observed difference would be if there were no effect.',
    when: 'Online evaluation: size the test (users, days) for the smallest lift worth shipping before starting it.',
  },
  {
    id: 'interleaving',
    term: 'interleaving',
    area: 'serving',
    steps: ['evaluation', 'serving'],
    aliases: ['interleaving', 'interleaved'],
    definition:
      'Compares two rankers online by merging their results into one list and counting whose items get the clicks.',
    when: 'Search and ranking experiments: needs far less traffic than an A/B test, but measures preference, not business metrics.',
  },
  {
    id: 'ab-test',
    term: 'A/B test',
    area: 'serving',
    steps: ['evaluation', 'serving'],
    aliases: [
      'A/B test',
      'A/B tests',
      'A/B testing',
      'AB test',
      'online experiment',
      'online experiments',
      'split test',
    ],
    definition:
      'Users are split at random between the current model (control) and the new one (treatment), and online metrics are compared with a significance test.',
    when: 'Online evaluation and rollout: state the target metric, the guardrails, the traffic share and the duration.',
  },
  {
    id: 'bandit',
    term: 'multi-armed bandit',
    area: 'serving',
    steps: ['serving', 'evaluation'],
    aliases: [
      'multi-armed bandit',
      'multi-armed bandits',
      'contextual bandit',
      'contextual bandits',
      'bandit',
      'bandits',
    ],
    definition:
      'Shifts traffic toward the better-performing variant while the experiment runs, trading some certainty for less lost reward.',
    when: 'Testing in production and exploration of new items.',
  },
  {
    id: 'shadow-deployment',
    term: 'shadow deployment',
    area: 'serving',
    steps: ['serving'],
    aliases: ['shadow deployment', 'shadow mode', 'shadow testing', 'shadow traffic', 'dark launch'],
    definition: 'The new model receives a copy of live traffic; its predictions are logged but never shown to users.',
    when: 'Deployment: checks latency, errors and agreement with the current model at no user risk, before an A/B test.',
  },
  {
    id: 'canary-release',
    term: 'canary release',
    area: 'serving',
    steps: ['serving'],
    aliases: ['canary release', 'canary deployment', 'canary rollout', 'canary'],
    definition: 'The new model first serves a small share of traffic and is ramped up only while its metrics hold.',
    when: 'Deployment: limits the damage a bad model can do, with an automatic rollback when an alert fires.',
  },

  // ---- Model terms ----
  {
    id: 'two-tower',
    term: 'two-tower model',
    area: 'model',
    steps: ['model', 'serving'],
    aliases: ['two-tower model', 'two-tower', 'two-tower network', 'dual encoder'],
    definition:
      'Two encoders map the user (or query) and the item into one embedding space, and relevance is the dot product of the two vectors.',
    when: 'Candidate generation over millions of items: item embeddings are computed ahead of time and searched with ANN, so only the user tower runs per request.',
  },
  {
    id: 'embedding',
    term: 'embedding',
    area: 'model',
    steps: ['data', 'model'],
    aliases: ['embedding', 'embeddings', 'embedding vector'],
    definition: 'A dense vector learned so that similar users, items, words or images lie close together.',
    when: 'Encoding IDs and content as features, and retrieval by vector similarity.',
  },
  {
    id: 'matrix-factorization',
    term: 'matrix factorization',
    area: 'model',
    steps: ['model'],
    aliases: ['matrix factorization', 'matrix factorisation'],
    definition:
      'Splits the user-item interaction matrix into user and item embeddings whose dot product predicts the interaction.',
    when: 'A strong collaborative-filtering baseline; it uses no side features and cannot place new users or items.',
  },
  {
    id: 'collaborative-filtering',
    term: 'collaborative filtering',
    area: 'model',
    steps: ['model', 'framing'],
    aliases: ['collaborative filtering'],
    definition: 'Recommends what similar users liked, from interactions alone.',
    when: 'Recommenders with rich interaction logs; suffers from cold start and popularity bias.',
  },
  {
    id: 'content-based-filtering',
    term: 'content-based filtering',
    area: 'model',
    steps: ['model', 'framing'],
    aliases: ['content-based filtering'],
    definition: 'Recommends items whose features resemble the items a user engaged with.',
    when: 'New items and sparse users; limited to what the features describe, so it rarely surprises.',
  },
  {
    id: 'logistic-regression',
    term: 'logistic regression',
    area: 'model',
    steps: ['model'],
    aliases: ['logistic regression'],
    definition: 'A linear model followed by a sigmoid that outputs a probability.',
    when: 'Fast, interpretable and well calibrated: the usual baseline for classification and CTR prediction; feature crosses must be made by hand.',
  },
  {
    id: 'gbdt',
    term: 'gradient-boosted trees',
    area: 'model',
    steps: ['model'],
    aliases: [
      'gradient-boosted trees',
      'gradient-boosted decision trees',
      'gradient boosting',
      'GBDT',
      'XGBoost',
      'LightGBM',
    ],
    definition: 'An ensemble of shallow decision trees, each fitted to the errors of the trees before it.',
    when: 'Strong on tabular features with little tuning; cannot be fine-tuned incrementally and does not learn from raw text or images.',
  },
  {
    id: 'dcn',
    term: 'deep & cross network',
    area: 'model',
    steps: ['model'],
    aliases: ['deep & cross network', 'deep and cross network', 'DCN', 'DCN v2'],
    definition: 'A deep network with explicit cross layers that learn feature interactions automatically.',
    when: 'Ranking and CTR prediction with many sparse features, where hand-made crosses do not scale.',
  },
  {
    id: 'wide-and-deep',
    term: 'wide & deep',
    area: 'model',
    steps: ['model'],
    aliases: ['wide & deep', 'wide and deep'],
    definition:
      'Joins a linear model over crossed features (memorisation) with a deep network over embeddings (generalisation).',
    when: 'Recommendation ranking; the wide part still needs hand-made crosses.',
  },
  {
    id: 'transformer',
    term: 'transformer',
    area: 'model',
    steps: ['model'],
    aliases: ['transformer', 'transformers', 'self-attention', 'BERT'],
    definition: 'A sequence model built on self-attention; encodes text, images (ViT) or a user history.',
    when: 'Text and multimodal encoders and sequence-aware recommendation; heavy, so often distilled for serving.',
  },
  {
    id: 'contrastive-learning',
    term: 'contrastive learning',
    area: 'model',
    steps: ['model'],
    aliases: ['contrastive learning', 'contrastive loss', 'triplet loss', 'InfoNCE'],
    definition: 'Trains embeddings by pulling matching pairs together and pushing non-matching ones apart.',
    when: 'Visual search, similar listings and two-tower retrieval; the choice of negatives decides the quality.',
  },
  {
    id: 'negative-sampling',
    term: 'negative sampling',
    area: 'model',
    steps: ['model', 'data'],
    aliases: ['negative sampling', 'hard negatives', 'hard negative mining', 'in-batch negatives'],
    definition:
      'Picks items the user did not interact with as negatives, because true negatives are unknown or too many.',
    when: 'Retrieval and ranking training sets: random negatives are easy, hard negatives teach fine distinctions.',
  },
  {
    id: 'multi-task-learning',
    term: 'multi-task learning',
    area: 'model',
    steps: ['model'],
    aliases: ['multi-task learning', 'multi-task model', 'multi-task network', 'shared bottom'],
    definition: 'One network with shared layers and a head per task (click, like, share, each harm category).',
    when: 'Several related labels: rare tasks borrow signal from common ones, and one model is cheaper to serve than many.',
  },
  {
    id: 'fine-tuning',
    term: 'fine-tuning',
    area: 'model',
    steps: ['model', 'monitoring'],
    aliases: ['fine-tuning', 'fine-tune', 'fine-tuned'],
    definition: 'Continues training a pre-trained model on task data instead of training from scratch.',
    when: 'Little labelled data, or frequent retraining on fresh data.',
  },
  {
    id: 'knowledge-distillation',
    term: 'knowledge distillation',
    area: 'serving',
    steps: ['serving', 'model'],
    aliases: ['knowledge distillation', 'distillation', 'student model', 'teacher model'],
    definition:
      'A small student model is trained to mimic a large teacher, keeping most of its quality at a fraction of the cost.',
    when: 'Model compression when the best model misses the latency budget or must run on device.',
  },
  {
    id: 'quantization',
    term: 'quantization',
    area: 'serving',
    steps: ['serving'],
    aliases: ['quantization', 'quantisation', 'quantized', 'quantised'],
    definition: 'Stores weights (and activations) in fewer bits, such as 8-bit integers, to cut memory and latency.',
    when: 'Model compression, after training or during it (quantization-aware training); check the accuracy loss.',
  },
  {
    id: 'pruning',
    term: 'pruning',
    area: 'serving',
    steps: ['serving'],
    aliases: ['pruning', 'pruned'],
    definition: 'Removes weights, neurons or channels that contribute little to the output.',
    when: 'Model compression for serving or on-device models.',
  },

  // ---- Serving and infrastructure terms ----
  {
    id: 'ann',
    term: 'ANN',
    area: 'serving',
    steps: ['serving', 'model'],
    aliases: [
      'ANN',
      'ANN index',
      'approximate nearest neighbour',
      'approximate nearest neighbor',
      'approximate nearest neighbours',
      'approximate nearest neighbors',
      'FAISS',
      'ScaNN',
      'HNSW',
    ],
    definition:
      'Approximate nearest neighbour search: finds the vectors closest to a query without comparing it with every vector, using trees, hashing (LSH), clustering (IVF), graphs (HNSW) or product quantization.',
    when: 'Retrieval over millions of embeddings within a latency budget; gives up a little recall for a large speed-up and needs an indexing pipeline for new items.',
  },
  {
    id: 'feature-store',
    term: 'feature store',
    area: 'serving',
    steps: ['serving', 'data', 'monitoring'],
    aliases: ['feature store', 'feature stores'],
    definition:
      'A shared store of computed features that serves the same values to training jobs (offline store) and to online inference (online store).',
    when: 'Avoiding training-serving skew and recomputing features per request; streaming features land there too.',
  },
  {
    id: 'batch-prediction',
    term: 'batch prediction',
    area: 'serving',
    steps: ['serving'],
    aliases: ['batch prediction', 'batch inference', 'batch scoring', 'offline prediction'],
    definition: 'Predictions are computed ahead of time on a schedule and looked up when a request arrives.',
    when: 'Fast and cheap to serve, but stale, wasted on inactive users and impossible when the input is only known at request time.',
  },
  {
    id: 'online-prediction',
    term: 'online prediction',
    area: 'serving',
    steps: ['serving'],
    aliases: ['online prediction', 'online inference', 'real-time prediction', 'real-time inference'],
    definition: 'Predictions are computed when the request arrives.',
    when: 'Fresh and personal, but the model and its features must fit the latency budget.',
  },
  {
    id: 'candidate-generation',
    term: 'candidate generation',
    area: 'serving',
    steps: ['serving', 'model'],
    aliases: ['candidate generation', 'candidate retrieval', 'retrieval stage'],
    definition:
      'The first, cheap stage of a multi-stage funnel, narrowing millions of items to a few hundred for the ranker.',
    when: 'Recommendation and search at scale; often several sources (two-tower, co-visitation, popular) are fused.',
  },
  {
    id: 're-ranking',
    term: 're-ranking',
    area: 'serving',
    steps: ['serving'],
    aliases: ['re-ranking', 're-ranker', 're-rank'],
    definition: 'A last stage that reorders the ranked list for diversity, freshness, fairness and business rules.',
    when: 'Feeds and recommendations, after the ranking model.',
  },
  {
    id: 'model-registry',
    term: 'model registry',
    area: 'monitoring',
    steps: ['monitoring', 'serving'],
    aliases: ['model registry'],
    definition: 'A versioned store of trained models with their metrics and lineage.',
    when: 'Promoting a model to production and rolling back to the previous version.',
  },
  {
    id: 'continual-learning',
    term: 'continual learning',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['continual learning', 'continuous training'],
    definition:
      'The model is retrained or fine-tuned regularly on fresh data and replaces the current one only if it evaluates better.',
    when: 'Fast-moving data (news, ads, trends) where a model goes stale in days.',
  },
  {
    id: 'psi',
    term: 'PSI',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['PSI', 'population stability index'],
    definition:
      'Population stability index: compares the binned distribution of a feature or score now with a reference window.',
    formula: 'PSI = Σ_b (a_b − e_b) · ln(a_b / e_b), a = actual share, e = expected share per bin',
    when: 'Drift monitoring; about 0.1 is a small shift and above 0.2 usually needs a look.',
  },
  {
    id: 'kl-divergence',
    term: 'KL divergence',
    area: 'monitoring',
    steps: ['monitoring'],
    aliases: ['KL divergence', 'Kullback-Leibler divergence', 'JS divergence', 'Jensen-Shannon divergence'],
    definition:
      'Kullback-Leibler divergence: how much one probability distribution differs from a reference one (Jensen-Shannon is its symmetric, bounded variant).',
    formula: 'KL(P ‖ Q) = Σ_x P(x) · log(P(x) / Q(x))',
    when: 'Drift monitoring of feature and prediction distributions.',
  },
];

/** Short all-capital aliases ("ANN", "PSI", "GBDT") are abbreviations only in capitals. */
function exactCase(alias: string): boolean {
  return /^[A-Z][A-Z0-9]{1,4}$/.test(alias);
}

const glossaryPatterns: readonly MatchPattern<GlossaryEntry>[] = glossary.flatMap((entry) =>
  entry.aliases.map((alias) => aliasMatcher(entry, alias, exactCase(alias))),
);
const glossaryFilter = new LiteralFilter(glossaryPatterns);

/** Glossary terms named in `text`, in order; overlapping aliases resolve to the longest. */
export function findGlossaryMentions(text: string): Match<GlossaryEntry>[] {
  return longestMatches(text, glossaryPatterns, undefined, glossaryFilter);
}

export function glossaryEntryById(id: string): GlossaryEntry | undefined {
  return glossary.find((entry) => entry.id === id);
}
