/**
 * The YAML parser's errors as mlsd reports them, for design docs, front matter and config files alike: one per
 * problem, at the place the user has to fix. The parser notices an unclosed quote or bracket only where the text runs
 * out (often the end of the file), and one mistake can set off several errors on its line; mlsd points at the opening
 * character instead and keeps the first error of a line.
 */
import { Scalar, visit, type Document, type Node } from 'yaml';
import type { LineIndex } from '../text/positions';

export interface YamlSyntaxError {
  /** Offsets into the parsed text, [start, end). */
  start: number;
  end: number;
  message: string;
}

type Opener = { kind: 'quote'; quote: '"' | "'" } | { kind: 'flow'; open: '[' | '{'; close: ']' | '}' };

/** What the parser says was never closed, read from its message; undefined for every other error. */
function unclosed(message: string): Opener | undefined {
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) return { kind: 'quote', quote: quote[1] as '"' | "'" };
  const flow = /^Flow (sequence|map) .*end with an? [\]}]/.exec(message);
  if (flow)
    return flow[1] === 'map' ? { kind: 'flow', open: '{', close: '}' } : { kind: 'flow', open: '[', close: ']' };
  return undefined;
}

/** Every quoted scalar and flow collection of the document, collected once for all its errors. */
function openerNodes(document: Document): Map<string, Node[]> {
  const nodes = new Map<string, Node[]>();
  const add = (key: string, node: Node): void => {
    if (node.range) nodes.set(key, [...(nodes.get(key) ?? []), node]);
  };
  visit(document, {
    Scalar(_key, node) {
      if (node.type === Scalar.QUOTE_DOUBLE) add('"', node);
      else if (node.type === Scalar.QUOTE_SINGLE) add("'", node);
    },
    Map(_key, node) {
      if (node.flow) add('{', node);
    },
    Seq(_key, node) {
      if (node.flow) add('[', node);
    },
  });
  return nodes;
}

/** The node the opener belongs to: of its kind, starting before the error, ending nearest to it (innermost on a tie). */
function openingNode(candidates: readonly Node[], at: number): Node | undefined {
  let best: [number, number, number] | undefined;
  let found: Node | undefined;
  for (const node of candidates) {
    const range = node.range!;
    if (range[0] >= at || range[1] > at + 1) continue;
    if (!best || range[1] > best[1] || (range[1] === best[1] && range[0] > best[0])) {
      best = range;
      found = node;
    }
  }
  return found;
}

function describe(opener: Opener): string {
  return opener.kind === 'quote'
    ? `the string opened here with ${opener.quote} is never closed by another ${opener.quote}`
    : `the flow ${opener.open === '[' ? 'sequence' : 'map'} opened here with ${opener.open} is never closed by ${opener.close}`;
}

/**
 * The document's errors (and warnings), each placed where it is fixed, at most one per line of `source`: the first
 * error of a line is the problem, the rest are the parser losing its way after it.
 */
export function yamlSyntaxErrors(document: Document, index: LineIndex): YamlSyntaxError[] {
  const errors = [...document.errors, ...document.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  let openers: Map<string, Node[]> | undefined;
  const found: YamlSyntaxError[] = [];
  const lines = new Set<number>();
  for (const error of errors) {
    const text = error.message.split('\n')[0];
    const opener = unclosed(text);
    openers ??= opener ? openerNodes(document) : undefined;
    const key = opener?.kind === 'quote' ? opener.quote : opener?.open;
    const node = key ? openingNode(openers?.get(key) ?? [], error.pos[0]) : undefined;
    const start = node?.range ? node.range[0] : error.pos[0];
    const line = index.position(start).line;
    if (lines.has(line)) continue;
    lines.add(line);
    const end = node ? start + 1 : Math.max(error.pos[1], error.pos[0] + 1);
    found.push({ start, end, message: opener && node ? describe(opener) : text });
  }
  return found.sort((a, b) => a.start - b.start);
}
