import { Derived } from './cache';
import type { DesignDoc, Evidence } from './designDoc';

/** Where each concept occurs: indexes into the doc's evidence, in order. */
const byConcept = new Derived((doc: DesignDoc): Map<string, number[]> => {
  const index = new Map<string, number[]>();
  doc.evidence.forEach((item, i) => {
    const list = index.get(item.concept);
    if (list) list.push(i);
    else index.set(item.concept, [i]);
  });
  return index;
});

/**
 * The occurrences of the concepts, in the order of the doc's evidence: what a rule asking for a few concepts reads,
 * without going through every occurrence of every concept.
 */
export function evidenceOf(doc: DesignDoc, concepts: Iterable<string>): Evidence[] {
  const index = byConcept.get(doc);
  const found: number[] = [];
  for (const concept of new Set(concepts)) found.push(...(index.get(concept) ?? []));
  return found.sort((a, b) => a - b).map((i) => doc.evidence[i]);
}
