/**
 * Mermaid skeletons of the pipelines ML system designs keep coming back to. Templates put the one that fits a case
 * under its serving step, and the snippets offer the general-purpose ones. Each is a starting point with the usual
 * stages; labels are plain words (no parentheses or quotes) so the source stays valid Mermaid whatever the user
 * renames.
 */

export type DiagramId =
  | 'recommendation-funnel'
  | 'training-pipeline'
  | 'feature-store'
  | 'two-tower-retrieval'
  | 'embedding-search'
  | 'search-fusion'
  | 'batch-detection'
  | 'content-moderation'
  | 'ad-ranking'
  | 'event-ranking'
  | 'graph-batch';

export interface DiagramSkeleton {
  id: DiagramId;
  /** Short name, e.g. "Recommendation funnel". */
  title: string;
  /** One line: what the diagram shows. */
  description: string;
  /** Mermaid source, starting with the diagram type. */
  lines: readonly string[];
  /** General-purpose diagrams are also snippets, with the prefix `mlsd-diagram-<snippet>`. */
  snippet?: string;
}

export const diagrams: readonly DiagramSkeleton[] = [
  {
    id: 'recommendation-funnel',
    title: 'Recommendation funnel',
    description: 'Logs and streams feed a feature store; candidate generation, ranking and re-ranking narrow the catalogue per request.',
    snippet: 'funnel',
    lines: [
      'flowchart LR',
      '    logs[(Interaction logs)] --> stream[Stream processing]',
      '    stream --> features[(Feature store)]',
      '    request([Request]) --> candidates[Candidate generation]',
      '    candidates -->|thousands| ranking[Ranking]',
      '    features --> ranking',
      '    ranking -->|hundreds| reranking[Re-ranking and business rules]',
      '    reranking -->|tens| response([Results shown])',
      '    response -.->|impressions and clicks| logs',
    ],
  },
  {
    id: 'training-pipeline',
    title: 'Training pipeline',
    description: 'Raw data to a deployed model: ETL, labels, features, training, offline evaluation gate, registry and rollout.',
    snippet: 'training',
    lines: [
      'flowchart LR',
      '    raw[(Raw logs and tables)] --> etl[ETL and cleaning]',
      '    etl --> labels[Label generation]',
      '    etl --> featurize[Feature computation]',
      '    labels --> dataset[(Training set split by time)]',
      '    featurize --> dataset',
      '    dataset --> train[Training]',
      '    train --> evaluate{Offline metrics beat production?}',
      '    evaluate -->|yes| registry[(Model registry)]',
      '    evaluate -->|no| discard[Discard and investigate]',
      '    registry --> rollout[Shadow, canary, A/B test]',
    ],
  },
  {
    id: 'feature-store',
    title: 'Feature store',
    description: 'Batch and streaming features written once and read by both training and serving, avoiding training-serving skew.',
    snippet: 'feature-store',
    lines: [
      'flowchart LR',
      '    warehouse[(Data warehouse)] --> batch[Batch feature jobs]',
      '    events[Event stream] --> streaming[Streaming feature jobs]',
      '    batch --> offline[(Offline store)]',
      '    batch --> online[(Online store)]',
      '    streaming --> online',
      '    streaming --> offline',
      '    offline -->|point-in-time joins| training[Training]',
      '    online -->|low-latency lookup| serving[Model serving]',
    ],
  },
  {
    id: 'two-tower-retrieval',
    title: 'Two-tower retrieval',
    description: 'A user tower embeds the request, an item tower embeds the catalogue offline, and an ANN index returns the nearest items.',
    snippet: 'two-tower',
    lines: [
      'flowchart LR',
      '    user([User and context]) --> userTower[User tower]',
      '    userTower --> query[User embedding]',
      '    items[(Item catalogue)] --> itemTower[Item tower]',
      '    itemTower --> index[(ANN index of item embeddings)]',
      '    query --> search[Nearest-neighbour search]',
      '    index --> search',
      '    search --> candidates([Top-k candidates for ranking])',
    ],
  },
  {
    id: 'embedding-search',
    title: 'Embedding search with an indexing pipeline',
    description: 'The query is embedded online and matched in an ANN index that an offline indexing pipeline keeps up to date.',
    lines: [
      'flowchart LR',
      '    subgraph Prediction',
      '        query([Query item]) --> embed[Embedding service]',
      '        embed --> ann[Nearest-neighbour service]',
      '        ann --> rerank[Re-ranking with filters and duplicate removal]',
      '        rerank --> results([Ranked results])',
      '    end',
      '    subgraph Indexing',
      '        corpus[(New and existing items)] --> encoder[Batch encoder]',
      '        encoder --> index[(ANN index)]',
      '    end',
      '    index --> ann',
    ],
  },
  {
    id: 'search-fusion',
    title: 'Search fusion',
    description: 'Text search over an inverted index and embedding search over an ANN index run in parallel and are fused.',
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
  },
  {
    id: 'batch-detection',
    title: 'Batch detection pipeline',
    description: 'An offline job detects objects in new imagery, merges overlapping boxes and writes processed images; reports feed retraining.',
    lines: [
      'flowchart LR',
      '    raw[(Raw images)] --> preprocess[Preprocessing]',
      '    preprocess --> detector[Object detector]',
      '    detector --> nms[Non-maximum suppression]',
      '    nms --> blur[Blurring service]',
      '    blur --> published[(Published images)]',
      '    published -.-> reports[User reports of misses]',
      '    reports -.-> hard[Hard examples for retraining]',
      '    hard -.-> detector',
    ],
  },
  {
    id: 'content-moderation',
    title: 'Content moderation pipeline',
    description: 'New posts are scored per harm category; confident violations are removed, uncertain ones demoted and reviewed.',
    lines: [
      'flowchart LR',
      '    post([New post]) --> encoders[Text, image and video encoders]',
      '    encoders --> classifier[Multi-task harm classifier]',
      '    classifier --> decision{Score per category}',
      '    decision -->|high| remove[Remove and notify author]',
      '    decision -->|uncertain| demote[Demote and queue for human review]',
      '    decision -->|low| allow([Allow])',
      '    demote --> review[Human review]',
      '    remove --> appeals[Appeals]',
      '    review -.->|labels| training[(Training data)]',
      '    appeals -.->|labels| training',
    ],
  },
  {
    id: 'ad-ranking',
    title: 'Ad ranking with continual learning',
    description: 'Targeting narrows the ads, a click model ranks them with batch and streaming features, and fresh data retrains it.',
    lines: [
      'flowchart LR',
      '    request([Ad request]) --> targeting[Candidate generation by targeting]',
      '    targeting --> ranking[Click prediction and ranking]',
      '    features[(Feature store with batch and streaming features)] --> ranking',
      '    ranking --> rerank[Re-ranking with auction, pacing and diversity]',
      '    rerank --> shown([Ads shown])',
      '    shown -.->|impressions and clicks| stream[Event stream]',
      '    stream -.-> features',
      '    stream -.-> continual[Continual training]',
      '    continual -.->|deploy if better| ranking',
    ],
  },
  {
    id: 'event-ranking',
    title: 'Event ranking',
    description: 'Filters cut millions of events to hundreds; a ranker scores them with stored and request-time features.',
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
  },
  {
    id: 'graph-batch',
    title: 'Graph batch recommendation',
    description: 'A batch job generates two-hop candidates from a graph snapshot, scores them and stores lists for fast lookup.',
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
  },
];

export function diagramById(id: DiagramId): DiagramSkeleton {
  const diagram = diagrams.find((candidate) => candidate.id === id);
  if (!diagram) throw new Error(`unknown diagram ${id}`);
  return diagram;
}
