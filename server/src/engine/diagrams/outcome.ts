import type { MermaidProblem } from '../../../../common/types';

/**
 * What Mermaid made of one diagram source: parsed (with the diagram type it detected), rejected (with the problem,
 * located in the source), too long to render (`length`: the text Mermaid would parse, over its `maxTextSize`), or not
 * checked because Mermaid did not answer in time.
 */
export type DiagramOutcome =
  | { kind: 'valid'; diagramType: string }
  | { kind: 'invalid'; problem: MermaidProblem }
  | { kind: 'too-large'; length: number }
  | { kind: 'unchecked'; reason: string };

/** Outcomes keyed by diagram source: the same text always parses the same way. */
export type DiagramOutcomes = ReadonlyMap<string, DiagramOutcome>;
