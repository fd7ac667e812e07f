/** Video search system: return the videos most relevant to a text query, using both visual content and text metadata. */
import type { DiagramSkeleton } from '../diagrams';
import { CONTRASTIVE } from './patterns';
import type { CaseStudy } from './types';

const diagram: DiagramSkeleton = {
  id: 'search-fusion',
  title: 'Search fusion',
  description:
    'Text search over an inverted index and embedding search over an ANN index run in parallel and are fused.',
  lines: [
    'flowchart LR',
    '    query([Text query]) --> textSearch[Text search over an inverted index]',
    '    query --> encoder[Query encoder]',
    '    encoder --> ann[ANN over video embeddings]',
    '    textSearch --> fusion[Fusion of both result lists]',
    '    ann --> fusion',
    '    fusion --> rerank[Re-ranking and policy filters]',
    '    rerank --> results([Ranked videos])',
    '    videos[(Video corpus)] --> indexing[Indexing pipelines]',
    '    indexing --> ann',
    '    indexing --> textSearch',
  ],
};

export const videoSearch: CaseStudy = {
  id: 'video-search',
  title: 'Video search system',
  summary: 'Return the videos most relevant to a text query, using both visual content and text metadata.',
  category: 'retrieval',
  offlineMetrics: ['mrr', 'hit-rate-at-k', 'ndcg'],
  onlineMetrics: ['ctr', 'completion-rate', 'watch-time'],
  expectedElements: [
    {
      id: 'fusion',
      label: 'Fusing text search and visual search results',
      step: 'serving',
      patterns: [
        /\bfus(?:e|es|ed|ion|ing)\b/i,
        /\bweighted (?:sum|average|combination) of (?:the )?(?:relevance )?scores\b/i,
        /\bcombin\w* (?:the )?(?:two |both )?(?:relevance |result |search )?(?:scores|results|rankings|lists)\b/i,
        /\bmulti[\s-]?modal\b/i,
      ],
      why: 'Two retrieval sources produce separate lists that must be merged into one ranking.',
    },
    {
      id: 'inverted-index',
      label: 'Inverted index / keyword text search',
      step: 'serving',
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
      id: 'ann-index',
      label: 'ANN over video embeddings',
      step: 'serving',
      concepts: ['ann-index'],
      patterns: [],
      why: 'Visual relevance needs fast nearest-neighbour lookup over the video embedding space.',
    },
    {
      id: 'text-encoder',
      label: 'Text (query) encoder',
      step: 'model',
      patterns: [
        /\btext encoders?\b/i,
        /\bquery encoders?\b/i,
        /\bBERT\w*\b/i,
        /\bTF[\s-]?IDF\b/i,
        /\bword2vec\b/i,
        /\bsentence (?:embeddings?|transformers?)\b/i,
      ],
      why: 'The query must land in the same space as the videos, and the encoder choice sets quality and cost.',
    },
    {
      id: 'video-encoder',
      label: 'Video encoder (frame- or video-level)',
      step: 'model',
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
      id: 'contrastive-training',
      label: 'Contrastive training on query–video pairs',
      step: 'model',
      concepts: ['loss/contrastive', 'loss/triplet'],
      patterns: [...CONTRASTIVE, /\b(?:query|text)[\s-]video pairs\b/i],
      why: 'The labelled query–video pairs train both encoders to score matching pairs above the rest.',
    },
    {
      id: 'multilingual',
      label: 'Multiple query languages',
      step: 'requirements',
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
  prompts: {
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
    labels:
      'Annotated query–video pairs for training; clicks and watch time from search logs can add noisy positives later.',
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
    metricNotes:
      'Each query has one labelled relevant video, so precision@k is capped at 1/k; MRR or hit rate@k fits, nDCG only with graded labels.',
    servingMode:
      'Online for the query (both paths in parallel); batch indexing pipelines for video embeddings and the text index.',
    pipeline: [
      'Query encoder embeds the text; ANN search returns visually relevant videos.',
      'Text search over an inverted index returns keyword matches in parallel.',
      'Fusion merges both lists (weighted score sum or a learned re-ranker).',
      'Re-ranking applies policy filters, freshness and de-duplication.',
    ],
    diagram,
    monitoring: [
      'Queries with no clicked result, by language.',
      'Lag between upload and the video appearing in both indexes.',
      'Query distribution shift (new vocabulary, trending topics).',
    ],
  },
};
