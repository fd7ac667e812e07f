/**
 * Broken Mermaid diagrams of the common types, each with the source line and text Mermaid's complaint is about: the
 * mermaid-syntax finding must sit there, and the preview's error header must name the same line.
 */
export interface BrokenDiagram {
  type: string;
  lines: string[];
  /** 0-based line of the diagram source the finding must be on, and the text it must cover. */
  line: number;
  covers: string;
}

export const brokenDiagrams: BrokenDiagram[] = [
  { type: 'flowchart', lines: ['flowchart LR', '  Logs --> Features', '  Features -->> Ranker'], line: 2, covers: '>' },
  {
    type: 'sequence',
    lines: ['sequenceDiagram', '  Client->>API: request', '  API-->>: response'],
    line: 2,
    covers: ': response',
  },
  {
    type: 'class',
    lines: ['classDiagram', '  class Model', '  Model : +predict()', '  Model <|-- '],
    line: 3,
    covers: 'Model <|--',
  },
  {
    type: 'state',
    lines: ['stateDiagram-v2', '  [*] --> Training', '  Training --> --> Serving'],
    line: 2,
    covers: '-->',
  },
  { type: 'ER', lines: ['erDiagram', '  USER ||--o{ EVENT : logs', '  EVENT }o--|| : about'], line: 2, covers: ':' },
  {
    type: 'gantt',
    lines: ['gantt', '  dateFormat YYYY-MM-DD', '  section Build', '  Train :a1, 2024-01-01, 3d', '  : oops'],
    line: 4,
    covers: ': oops',
  },
  {
    type: 'architecture-beta',
    lines: ['architecture-beta', '  service db(database)[Database]', '  service api(server)[API]', '  db:L -- X:api'],
    line: 3,
    covers: 'X',
  },
  // Mermaid counts lines after removing front matter, directives and comment lines: line 3 for it, line 9 here.
  {
    type: 'flowchart after front matter, a directive and comments',
    lines: [
      '---',
      'title: Serving',
      '---',
      '%%{init: {"theme": "neutral"}}%%',
      '%% the online path',
      'flowchart LR',
      '',
      '  %% ranking',
      '  Cache --> Ranker',
      '  Ranker -->> Client',
    ],
    line: 9,
    covers: '>',
  },
];
