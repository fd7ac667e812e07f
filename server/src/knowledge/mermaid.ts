/** What the linter knows of Mermaid; the tests check each fact against Mermaid itself. */

/** Longest diagram source, in characters, that Mermaid renders (its `maxTextSize` default). */
export const mermaidMaxTextSize = 50_000;

/** The security levels that keep scripts, click callbacks and raw HTML out of a rendered diagram. */
export const safeSecurityLevels: readonly string[] = ['strict', 'sandbox'];

/** The words a Mermaid diagram starts with to name its type, for "did you mean" on an unknown type. */
export const mermaidDiagramTypes: readonly string[] = [
  'flowchart',
  'graph',
  'sequenceDiagram',
  'classDiagram',
  'stateDiagram-v2',
  'stateDiagram',
  'erDiagram',
  'gantt',
  'pie',
  'journey',
  'mindmap',
  'timeline',
  'quadrantChart',
  'gitGraph',
  'requirementDiagram',
  'C4Context',
  'C4Container',
  'C4Component',
  'C4Dynamic',
  'C4Deployment',
  'sankey-beta',
  'xychart-beta',
  'block-beta',
  'packet-beta',
  'architecture-beta',
  'kanban',
  'radar-beta',
  'treemap-beta',
];
