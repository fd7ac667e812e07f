/** Visual search system: given a query image or crop, return images that look alike, ordered by visual similarity. */
import { diagramById } from '../diagrams';
import { INDEXING_PIPELINE, CONTRASTIVE, RE_RANKING } from './patterns';
import type { CaseStudy } from './types';

export const visualSearch: CaseStudy = {
  id: 'visual-search',
  title: 'Visual search system',
  summary: 'Given a query image or crop, return images that look alike, ordered by visual similarity.',
  category: 'retrieval',
  offlineMetrics: ['ndcg', 'mrr', 'map', 'precision-at-k', 'recall-at-k'],
  onlineMetrics: ['ctr', 'time-spent'],
  expectedElements: [
    {
      id: 'embeddings',
      label: 'Image embeddings (representation learning)',
      step: 'framing',
      patterns: [
        /\bembeddings?\b/i,
        /\brepresentation learning\b/i,
        /\b(?:feature|latent) vectors?\b/i,
        /\bembedding space\b/i,
      ],
      why: 'Similarity is measured between learned vectors, so the doc must say how images become vectors.',
    },
    {
      id: 'contrastive-training',
      label: 'Contrastive training with positives and negatives',
      step: 'model',
      concepts: ['loss/contrastive', 'loss/triplet'],
      patterns: CONTRASTIVE,
      why: 'The encoder only learns "looks alike" if it is trained to pull positives together and push negatives apart.',
    },
    {
      id: 'positive-labels',
      label: 'How positive pairs are obtained',
      step: 'data',
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
      id: 'ann-index',
      label: 'Approximate nearest-neighbour search',
      step: 'serving',
      concepts: ['ann-index'],
      patterns: [],
      why: 'Exact search over billions of vectors cannot meet an interactive latency budget.',
    },
    {
      id: 'indexing-pipeline',
      label: 'Indexing pipeline for new and re-embedded images',
      step: 'serving',
      patterns: INDEXING_PIPELINE,
      why: 'New uploads must become searchable, and every retrained encoder invalidates the stored vectors.',
    },
    {
      id: 're-ranking',
      label: 'Re-ranking: duplicates, private and unsafe images',
      step: 'serving',
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
  prompts: {
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
    labels:
      'Positive pairs from human raters (clean, expensive), clicks on results (plentiful, noisy, position-biased) or augmented views of one image (free, but unlike real queries).',
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
    metricNotes:
      'Thousands of images can be relevant, so recall@k says little; nDCG uses graded similarity labels, MRR only the first hit.',
    servingMode:
      'Online for the query embedding and the neighbour search; batch for embedding the corpus and building the index.',
    pipeline: [
      'Embedding service embeds the query image or crop.',
      'Nearest-neighbour service searches the ANN index (tree, LSH, clustering or graph based).',
      'Re-ranking drops near-duplicates, private and unsafe images.',
      'Indexing pipeline embeds new uploads and rebuilds the index whenever the encoder changes.',
    ],
    diagram: diagramById('embedding-search'),
    monitoring: [
      'Share of new uploads indexed within the target delay.',
      'Embedding distribution shift after each encoder release.',
      'Click-through on results per query source (full image or crop).',
    ],
  },
};
