import { isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import type { MermaidBlock, Range } from '../model/designDoc';
import { metadataKeys } from '../../knowledge';
import { buildSections, lineOwners, type ContentChunk, type OutlineEntry } from './outline';
import { LineIndex, lineRange, linesRange } from '../text/positions';
import type { ParsedOutline } from './parsedOutline';
import { parseYamlMap, scalarString } from './yamlMap';

const diagramKeys = new Set(['diagram', 'diagrams']);

/** A pure-YAML design doc: metadata keys, one key per step, optional `diagram(s)`. */
export function parseYaml(text: string, lines: string[]): ParsedOutline {
  const parsed = parseYamlMap(text);
  const collector = new OutlineCollector(lines, new LineIndex(text));
  const root = parsed.document.contents;
  if (isMap(root)) {
    for (const pair of root.items as Pair<Node, Node>[]) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      if (diagramKeys.has(key)) collector.diagrams(pair.value);
      else if (!metadataKeys.has(key)) collector.keyEntry(pair, 1);
    }
  }

  const { sections, ends } = buildSections(collector.entries, lines);
  const owners = lineOwners(sections, ends, lines.length);
  const chunks: ContentChunk[] = collector.scalarLines.map(({ line, text: value }) => {
    // A value on its key's line is read with the key, as a label: "online: CTR in an A/B test".
    const raw = lines[line] ?? '';
    const at = raw.indexOf(value);
    const labelled = at > 0 && /^\s*(?:- )?[\w.-]+(?: [\w.-]+)*:\s*$/.test(raw.slice(0, at));
    const column = labelled ? raw.search(/\S/) : Math.max(0, at);
    return {
      section: owners[line] ?? -1,
      line,
      column,
      text: labelled ? raw.slice(column, at + value.length) : value,
      kind: 'text',
    };
  });
  const metadataRanges = Object.entries(parsed.keyRanges)
    .filter(([key]) => metadataKeys.has(key))
    .map(([, range]) => range);
  const frontMatter = metadataRanges.length
    ? { data: parsed.data, keyRanges: parsed.keyRanges, range: spanning(metadataRanges) }
    : undefined;
  const title =
    typeof parsed.data.title === 'string' && parsed.keyRanges.title
      ? { text: parsed.data.title, range: parsed.keyRanges.title }
      : undefined;
  return {
    frontMatter,
    title,
    sections,
    chunks,
    mermaid: collector.mermaid,
    codeLines: new Set<number>(),
    problems: parsed.problems,
    limits: parsed.limits,
    yamlDocument: parsed.document,
  };
}

/** Walks step values: every map key becomes a sub-section, every scalar line becomes content. */
class OutlineCollector {
  readonly entries: OutlineEntry[] = [];
  readonly scalarLines: { line: number; text: string }[] = [];
  readonly mermaid: MermaidBlock[] = [];

  constructor(
    private readonly lines: string[],
    private readonly index: LineIndex,
  ) {}

  keyEntry(pair: Pair<Node, Node>, level: number): void {
    const key = pair.key as Scalar;
    const [keyStart, keyEnd] = key.range as [number, number, number];
    const headingRange = this.index.range(keyStart, keyEnd);
    const valueEnd = pair.value?.range ? this.index.position(pair.value.range[1]) : headingRange.end;
    // A value that ends at column 0 ended on the previous line.
    const lastLine =
      valueEnd.character === 0 && valueEnd.line > headingRange.start.line ? valueEnd.line - 1 : valueEnd.line;
    this.entries.push({
      kind: 'yaml-key',
      level,
      title: String(key.value).replace(/[_-]+/g, ' '),
      line: headingRange.start.line,
      headingRange,
      explicitEnd: lastLine + 1,
    });
    this.content(pair.value, level);
  }

  private content(node: Node | null | undefined, level: number): void {
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node>[]) {
        if (isScalar(pair.key) && pair.key.range) this.keyEntry(pair, level + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as Node[]) this.content(item, level);
    } else if (isScalar(node) && node.range && node.value !== null) {
      const firstLine = this.scalarFirstLine(node);
      scalarString(node)
        .split('\n')
        .forEach((text, k) => {
          if (text.trim()) this.scalarLines.push({ line: isBlock(node) ? firstLine + k : firstLine, text });
        });
    }
  }

  diagrams(node: Node | null | undefined): void {
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node>[]) this.diagrams(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items as Node[]) this.diagrams(item);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const source = node.value.replace(/\n$/, '');
      const firstLine = this.scalarFirstLine(node);
      const lastLine = firstLine + source.split('\n').length - 1;
      this.mermaid.push({
        source,
        firstLine,
        range: isBlock(node) ? linesRange(this.lines, firstLine, lastLine) : lineRange(this.lines, firstLine),
      });
    }
  }

  /** A block scalar's text starts on the line after its `|` or `>` indicator. */
  private scalarFirstLine(node: Scalar): number {
    const start = this.index.position((node.range as [number, number, number])[0]);
    return isBlock(node) ? start.line + 1 : start.line;
  }
}

function isBlock(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

function spanning(ranges: Range[]): Range {
  const sorted = [...ranges].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { start: sorted[0].start, end: sorted[sorted.length - 1].end };
}
