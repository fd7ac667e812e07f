import type { DesignDoc } from '../model/designDoc';

/** Every distinct diagram source of the docs, for Mermaid to check. */
export function diagramSources(docs: readonly DesignDoc[]): string[] {
  return [...new Set(docs.flatMap((doc) => doc.mermaid.map((block) => block.source)))];
}
