/**
 * The one way the engine parses YAML (design docs, front matter, config files): never deeper than the parser's
 * recursion can take, and in linear time.
 * - A stretch nested deeper than `maxYamlDepth` is blanked out (spaces, so every offset stays true) before the parser
 *   sees it, and reported, instead of overflowing the stack.
 * - Duplicate keys are found with one hash lookup per key: the `yaml` library's own `uniqueKeys` check compares each
 *   key with every earlier one (10,000 keys took seconds, 100,000 minutes).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, YAMLParseError, type Document, type Node } from 'yaml';
import { maxYamlDepth } from './limits';
import { splitLines } from '../text/positions';
import { deepRegions, type DeepRegion } from './yamlNesting';

export interface BoundedYaml {
  document: Document;
  /** The first stretch that was not parsed because it nests too deep (0-based lines of `source`). */
  tooDeep?: DeepRegion;
  /** How many such stretches there are. */
  tooDeepCount?: number;
}

/** `source` with the lines of the regions turned into spaces, line breaks kept. */
function blankLines(source: string, lines: readonly string[], regions: readonly DeepRegion[]): string {
  const breaks = source.match(/\r\n|\r|\n/g) ?? [];
  const blank = new Set(
    regions.flatMap((r) => Array.from({ length: r.endLine - r.firstLine }, (_, k) => r.firstLine + k)),
  );
  return lines.map((line, l) => (blank.has(l) ? ' '.repeat(line.length) : line) + (breaks[l] ?? '')).join('');
}

export function parseBoundedYaml(source: string, options: { uniqueKeys: boolean }): BoundedYaml {
  const lines = splitLines(source);
  const regions = deepRegions(lines, maxYamlDepth);
  const bounded = regions.length ? blankLines(source, lines, regions) : source;
  // A lone CR ends a line in YAML as in LSP, but the yaml library reads it as a space: make it a LF (same offsets).
  const text = bounded.includes('\r') ? bounded.replace(/\r(?!\n)/g, '\n') : bounded;
  // logLevel 'error': the library would print its warnings (a collection as a key, …) on the server's stderr.
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  if (options.uniqueKeys) document.errors.push(...duplicateKeys(document));
  return regions.length ? { document, tooDeep: regions[0], tooDeepCount: regions.length } : { document };
}

/** A "Map keys must be unique" error at each key that repeats an earlier scalar key of its map. */
function duplicateKeys(document: Document): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const pending: unknown[] = [document.contents];
  while (pending.length) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          if (seen.has(key.value) && key.range)
            errors.push(
              new YAMLParseError(
                [key.range[0], key.range[0] + 1],
                'DUPLICATE_KEY',
                `Map keys must be unique; "${String(key.value).slice(0, 40)}" is repeated`,
              ),
            );
          seen.add(key.value);
        } else pending.push(key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      pending.push(...node.items);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
