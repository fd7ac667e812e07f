import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** Paths into JSON-like data, as JSON Schema validators report them and as authors read them. */

/** `/rules/missing-step` (a JSON pointer, as ajv's instancePath) → `['rules', 'missing-step']`. */
export function pointerSegments(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['rules', 'missing-step']` → `rules.missing-step`; `['tags', '1']` → `tags[1]`. */
export function keyPathLabel(path: readonly string[]): string {
  return path.map((segment, i) => (/^\d+$/.test(segment) && i > 0 ? `[${segment}]` : i ? `.${segment}` : segment)).join('');
}

/**
 * The YAML node at `path` and the key that names it. Where the path leaves the document (a missing key), the deepest
 * node found stands in, so a message can still point near the problem.
 */
export function locateInYaml(document: Document, path: readonly string[]): { node?: Node; key?: Node } {
  let node = document.contents as Node | null | undefined;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = (node.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      key = pair.key ?? undefined;
      node = pair.value ?? key;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as Node | undefined;
      key = undefined;
    } else break;
  }
  return { node: node ?? undefined, key };
}
