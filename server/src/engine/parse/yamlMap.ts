import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import type { Range, SyntaxProblem } from '../model/designDoc';
import { LineIndex, splitLines } from '../text/positions';
import { parseBoundedYaml } from './boundedYaml';
import { maxYamlDepth } from './limits';
import { yamlSyntaxErrors } from './yamlErrors';

/** A YAML document as plain data, or why it cannot be (see plainData). */
export type PlainData = { value: unknown } | { error: string };

export interface ParsedYamlMap {
  document: Document;
  data: Record<string, unknown>;
  /** The whole document as plain data, when its top level is a map (`data` is its value then). */
  plain?: PlainData;
  keyRanges: Record<string, Range>;
  problems: SyntaxProblem[];
  /** A stretch too deeply nested to parse, as an input-limit message. */
  limits: SyntaxProblem[];
}

/**
 * Parses YAML whose top level should be a map, keeping the range of each top-level key.
 * `offset` shifts positions when the YAML is embedded (front matter); `lineOffset` likewise.
 */
export function parseYamlMap(source: string, lineOffset = 0): ParsedYamlMap {
  const index = new LineIndex(source);
  const shift = (range: Range): Range => ({
    start: { line: range.start.line + lineOffset, character: range.start.character },
    end: { line: range.end.line + lineOffset, character: range.end.character },
  });
  const { document, tooDeep, tooDeepCount = 0 } = parseBoundedYaml(source, { uniqueKeys: true });
  const limits: SyntaxProblem[] = [];
  if (tooDeep) {
    const first = tooDeep.firstLine + lineOffset;
    const last = tooDeep.endLine - 1 + lineOffset;
    limits.push({
      message: `This YAML nests ${tooDeep.depth} levels deep here; mlsd reads ${maxYamlDepth} levels, so it skipped ${first === last ? `line ${first + 1}` : `lines ${first + 1}–${last + 1}`}${tooDeepCount > 1 ? ` and ${tooDeepCount - 1} more stretch${tooDeepCount > 2 ? 'es' : ''} like it` : ''}.`,
      range: {
        start: { line: first, character: 0 },
        end: { line: first, character: splitLines(source)[tooDeep.firstLine].length },
      },
    });
  }
  const problems: SyntaxProblem[] = yamlSyntaxErrors(document, index).map((error) => ({
    message: `YAML: ${error.message}`,
    range: shift(index.range(error.start, error.end)),
  }));
  const keyRanges: Record<string, Range> = {};
  let data: Record<string, unknown> = {};
  let plain: PlainData | undefined;
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyRanges[String(pair.key.value)] = shift(index.range(pair.key.range[0], pair.key.range[1]));
      }
    }
    plain = plainData(document);
    if ('error' in plain)
      problems.push({ message: `YAML: ${plain.error}`, range: shift(index.range(0, Math.min(source.length, 1))) });
    else if (plain.value && typeof plain.value === 'object' && !Array.isArray(plain.value))
      data = plain.value as Record<string, unknown>;
  } else if (document.contents !== null && document.errors.length === 0) {
    problems.push({
      message: 'YAML: expected a map of keys at the top level',
      range: shift(index.range(0, source.length)),
    });
  }
  return { document, data, ...(plain ? { plain } : {}), keyRanges, problems, limits };
}

/** A scalar's value as text: YAML scalars hold strings, numbers, booleans or null (empty). */
export function scalarString(node: Scalar): string {
  return String((node.value as string | number | boolean | null) ?? '');
}

/**
 * The document as plain data, or why it cannot be: aliases that expand without bound ("billion laughs") make the
 * yaml library throw, and an alias inside its own anchor makes a cyclic value no validator can walk.
 */
export function plainData(document: Document): PlainData {
  const shape = treeShape(document.contents);
  // A map or list used as a key would be written out as text inside every map above it: quadratic in the nesting.
  if (shape === 'collection key') return { error: 'a key is itself a map or a list; mlsd reads plain keys only' };
  let value: unknown;
  try {
    value = document.contents === null ? {} : document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  // Only an alias can make the value cyclic: a tree without one is not written out to find out.
  if (shape === 'aliases')
    try {
      JSON.stringify(value);
    } catch {
      return { error: 'an alias refers to its own anchor, so the value never ends' };
    }
  return { value };
}

/** Whether a map anywhere in the tree has a map, a list or an alias as a key, else whether there is an alias. */
function treeShape(root: unknown): 'collection key' | 'aliases' | 'plain' {
  const pending: unknown[] = [root];
  let aliases = false;
  while (pending.length) {
    const node = pending.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isCollection(pair.key) || isAlias(pair.key)) return 'collection key';
        pending.push(pair.value);
      }
    } else if (isSeq(node)) pending.push(...node.items);
    else if (isPair(node)) pending.push(node.key, node.value);
    else if (isAlias(node)) aliases = true;
  }
  return aliases ? 'aliases' : 'plain';
}
