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
import { deepRegion, type DeepRegion } from './yamlNesting';

export interface BoundedYaml {
  document: Document;
  /** The stretch that was not parsed because it nests too deep (0-based lines of `source`). */
  tooDeep?: DeepRegion;
}

/** `source` with lines [first, end) turned into spaces, line breaks kept. */
function blankLines(source: string, lines: readonly string[], first: number, end: number): string {
  const breaks = source.match(/\r\n|\r|\n/g) ?? [];
  return lines.map((line, l) => (l >= first && l < end ? ' '.repeat(line.length) : line) + (breaks[l] ?? '')).join('');
}

export function parseBoundedYaml(source: string, options: { uniqueKeys: boolean }): BoundedYaml {
  const lines = splitLines(source);
  const tooDeep = deepRegion(lines, maxYamlDepth);
  const text = tooDeep ? blankLines(source, lines, tooDeep.firstLine, tooDeep.endLine) : source;
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (options.uniqueKeys) document.errors.push(...duplicateKeys(document));
  return tooDeep ? { document, tooDeep } : { document };
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
              new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
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
