/**
 * Mermaid skeletons of the pipelines ML system designs keep coming back to: the general-purpose ones the snippets offer,
 * and those several case studies share (a case study's own diagram lives in its file under caseStudies/). Templates
 * put the one that fits a case under its serving step. Each is a starting point with the usual
 * stages; labels are plain words (no parentheses or quotes) so the source stays valid Mermaid whatever the user
 * renames.
 */

export type DiagramId =
  'recommendation-funnel' | 'training-pipeline' | 'feature-store' | 'two-tower-retrieval' | 'embedding-search';

export interface DiagramSkeleton {
  /** A shared skeleton's DiagramId, or the id of a case study's own diagram. */
  id: string;
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
    description:
      'Logs and streams feed a feature store; candidate generation, ranking and re-ranking narrow the catalogue per request.',
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
    description:
      'Raw data to a deployed model: ETL, labels, features, training, offline evaluation gate, registry and rollout.',
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
    description:
      'Batch and streaming features written once and read by both training and serving, avoiding training-serving skew.',
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
    description:
      'A user tower embeds the request, an item tower embeds the catalogue offline, and an ANN index returns the nearest items.',
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
    description:
      'The query is embedded online and matched in an ANN index that an offline indexing pipeline keeps up to date.',
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
];

export function diagramById(id: DiagramId): DiagramSkeleton {
  const diagram = diagrams.find((candidate) => candidate.id === id);
  if (!diagram) throw new Error(`unknown diagram ${id}`);
  return diagram;
}
