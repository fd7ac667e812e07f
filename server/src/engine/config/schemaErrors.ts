/**
 * The one pipeline from JSON Schema errors to messages in a YAML (or JSON) file, for the project config file and for
 * a design doc's front matter: each error is placed on the key or value it concerns, and described by the caller,
 * who knows its own schema's words. Paths into the data are JSON pointers, as ajv reports them.
 */
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from '../model/designDoc';

/** A schema error described, at the node it concerns (undefined when the document has no such node). */
export interface SchemaMessage {
  range: Range | undefined;
  message: string;
  /** Where in the data the error is, as keys and list indexes. */
  path: string[];
}

/**
 * Places and describes each error: an unknown key on the key as written, any other error on the value (or the key
 * naming it). `rangeOf` turns a node of `document` into a range of the file; `describe` gets the error and its path.
 */
export function schemaMessages(
  errors: readonly ErrorObject[],
  document: Document,
  rangeOf: (node: Node | undefined) => Range | undefined,
  describe: (error: ErrorObject, path: string[]) => string,
): SchemaMessage[] {
  const locate = yamlLocator(document);
  return errors.map((error) => {
    const path = pointerSegments(error.instancePath);
    let range: Range | undefined;
    if (error.keyword === 'additionalProperties') {
      range = rangeOf(
        locate([...path, String((error.params as { additionalProperty: string }).additionalProperty)]).key,
      );
    } else {
      const at = locate(path);
      range = rangeOf(at.node) ?? rangeOf(at.key);
    }
    return { range, message: describe(error, path), path };
  });
}

/** `/rules/missing-step` (a JSON pointer, as ajv's instancePath) → `['rules', 'missing-step']`. */
export function pointerSegments(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['rules', 'missing-step']` → `rules.missing-step`; `['tags', '1']` → `tags[1]`. */
export function keyPathLabel(path: readonly string[]): string {
  return path
    .map((segment, i) => (/^\d+$/.test(segment) && i > 0 ? `[${segment}]` : i ? `.${segment}` : segment))
    .join('');
}

/** The YAML node at a path and the key that names it. */
export type YamlLocator = (path: readonly string[]) => { node?: Node; key?: Node };

/**
 * Finds nodes of `document` by path. Where the path leaves the document (a missing key), the deepest node found
 * stands in, so a message can still point near the problem. Each map's keys are indexed on first use: a document with
 * thousands of misspelt keys is located in linear time.
 */
export function yamlLocator(document: Document): YamlLocator {
  const indexes = new Map<YAMLMap, Map<string, Pair<Node, Node>>>();
  const pairOf = (map: YAMLMap, segment: string): Pair<Node, Node> | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items as Pair<Node, Node>[]) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name !== undefined && !index.has(name)) index.set(name, pair);
      }
      indexes.set(map, index);
    }
    return index.get(segment);
  };
  return (path) => {
    let node = document.contents as Node | null | undefined;
    let key: Node | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairOf(node, segment);
        if (!pair) break;
        key = pair.key ?? undefined;
        node = pair.value ?? key;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)] as Node | undefined;
        key = undefined;
      } else break;
    }
    return { node: node ?? undefined, key };
  };
}
