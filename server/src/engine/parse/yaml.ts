import { isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import type { MermaidBlock, Range } from '../model';
import { metadataKeys } from '../../knowledge/frontMatter';
import { buildSections, lineOwners, type ContentChunk, type OutlineEntry } from './outline';
import { LineIndex, lineRange, linesRange } from './positions';
import type { ParsedOutline } from './parsedOutline';
import { parseYamlMap } from './yamlMap';

const diagramKeys = new Set(['diagram', 'diagrams']);

/** A pure-YAML design doc: metadata keys, one key per step, optional `diagram(s)`. */
export function parseYaml(text: string, lines: string[]): ParsedOutline {
  const index = new LineIndex(text);
  const parsed = parseYamlMap(text);
  const entries: OutlineEntry[] = [];
  const mermaid: MermaidBlock[] = [];
  const scalarLines: { line: number; text: string }[] = [];
  const root = parsed.document.contents;

  if (isMap(root)) {
    for (const pair of root.items as Pair<Node, Node>[]) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      if (diagramKeys.has(key)) {
        collectDiagrams(pair.value, lines, index, mermaid);
      } else if (!metadataKeys.has(key)) {
        addKeyEntry(pair, 1, lines, index, entries, scalarLines);
      }
    }
  }

  const { sections, ends } = buildSections(entries, lines);
  const owners = lineOwners(sections, ends, lines.length);
  const chunks: ContentChunk[] = scalarLines.map(({ line, text: value }) => ({ section: owners[line] ?? -1, line, text: value, code: false }));
  const metadataRanges = Object.entries(parsed.keyRanges).filter(([key]) => metadataKeys.has(key)).map(([, range]) => range);
  const frontMatter = metadataRanges.length
    ? { data: parsed.data, keyRanges: parsed.keyRanges, range: spanning(metadataRanges) }
    : undefined;
  const title =
    typeof parsed.data.title === 'string' && parsed.keyRanges.title
      ? { text: parsed.data.title, range: parsed.keyRanges.title }
      : undefined;
  return { frontMatter, title, sections, chunks, mermaid, problems: parsed.problems };
}

function addKeyEntry(
  pair: Pair<Node, Node>,
  level: number,
  lines: string[],
  index: LineIndex,
  entries: OutlineEntry[],
  scalarLines: { line: number; text: string }[],
): void {
  const key = pair.key as Scalar;
  const [keyStart, keyEnd] = key.range as [number, number, number];
  const headingRange = index.range(keyStart, keyEnd);
  const valueEnd = pair.value?.range ? index.position(pair.value.range[1]) : headingRange.end;
  // A value that ends at column 0 ended on the previous line.
  const lastLine = valueEnd.character === 0 && valueEnd.line > headingRange.start.line ? valueEnd.line - 1 : valueEnd.line;
  entries.push({
    kind: 'yaml-key',
    level,
    title: String(key.value).replace(/[_-]+/g, ' '),
    line: headingRange.start.line,
    headingRange,
    explicitEnd: lastLine + 1,
  });
  collectScalars(pair.value, level, lines, index, entries, scalarLines);
}

function collectScalars(
  node: Node | null | undefined,
  level: number,
  lines: string[],
  index: LineIndex,
  entries: OutlineEntry[],
  scalarLines: { line: number; text: string }[],
): void {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node>[]) {
      if (isScalar(pair.key) && pair.key.range) addKeyEntry(pair, level + 1, lines, index, entries, scalarLines);
    }
  } else if (isSeq(node)) {
    for (const item of node.items as Node[]) collectScalars(item, level, lines, index, entries, scalarLines);
  } else if (isScalar(node) && node.range && node.value !== null) {
    const start = index.position(node.range[0]);
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    String(node.value)
      .split('\n')
      .forEach((text, k) => {
        if (text.trim()) scalarLines.push({ line: block ? start.line + 1 + k : start.line, text });
      });
  }
}

function collectDiagrams(node: Node | null | undefined, lines: string[], index: LineIndex, out: MermaidBlock[]): void {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node>[]) collectDiagrams(pair.value, lines, index, out);
  } else if (isSeq(node)) {
    for (const item of node.items as Node[]) collectDiagrams(item, lines, index, out);
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const start = index.position(node.range[0]);
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    const source = node.value.replace(/\n$/, '');
    const firstLine = block ? start.line + 1 : start.line;
    const lastLine = firstLine + source.split('\n').length - 1;
    out.push({ source, firstLine, range: block ? linesRange(lines, firstLine, lastLine) : lineRange(lines, firstLine) });
  }
}

function spanning(ranges: Range[]): Range {
  const sorted = [...ranges].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { start: sorted[0].start, end: sorted[sorted.length - 1].end };
}
