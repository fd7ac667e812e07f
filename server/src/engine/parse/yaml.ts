import { isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import type { MermaidBlock, Range } from '../model/designDoc';
import { metadataKeys } from '../../knowledge';
import type { ContentChunk, OutlineEntry } from './outline';
import { LineIndex, lineRange, linesRange } from '../text/positions';
import { sectionedOutline, type ParsedOutline } from './parsedOutline';
import type { TextMemos } from '../model/cache';
import { parseYamlMap, scalarString } from './yamlMap';
import { mermaidLabels } from '../text/words';

const diagramKeys = new Set(['diagram', 'diagrams']);

/** A pure-YAML design doc: metadata keys, one key per step, optional `diagram(s)`. */
export function parseYaml(text: string, lines: string[], memos: TextMemos): ParsedOutline {
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
  const { problems, limits, document: yamlDocument, plain: yamlData } = parsed;
  return sectionedOutline(collector.entries, lines, memos, (sections, owners) => {
    const textChunks: ContentChunk[] = collector.scalarLines.map(({ line, text: value }) => {
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
    // A diagram's labels are what it says about the design, as in a Markdown fence: `diagrams: { serving: | … }` says
    // it of the step section keyed `serving`; a diagram under no step key, of the steps its labels name.
    const topLevelKeys = new Map(sections.filter((s) => s.parent < 0).map((s) => [s.title, s.index]));
    const sectionOf = (key: string | undefined): number =>
      key === undefined ? -1 : (topLevelKeys.get(keyTitle(key)) ?? -1);
    const diagramChunks: ContentChunk[] = collector.labelLines.map(({ line, text: value, key }) => ({
      section: sectionOf(key),
      line,
      column: 0,
      text: value,
      kind: 'diagram',
    }));
    const mermaid = collector.mermaid.map(({ block, key }) => {
      const section = sectionOf(key);
      return section < 0 ? block : { ...block, section };
    });
    const chunks = [...textChunks, ...diagramChunks].sort((a, b) => a.line - b.line);
    const codeLines = new Set<number>();
    return { frontMatter, title, chunks, mermaid, codeLines, problems, limits, yamlDocument, yamlData };
  });
}

/** Walks step values: every map key becomes a sub-section, every scalar line becomes content. */
class OutlineCollector {
  readonly entries: OutlineEntry[] = [];
  readonly scalarLines: { line: number; text: string }[] = [];
  /** Each diagram, and the key it sits under in a `diagrams` map. */
  readonly mermaid: { block: MermaidBlock; key?: string }[] = [];
  /** The labels of each diagram line, and the key the diagram sits under in a `diagrams` map. */
  readonly labelLines: { line: number; text: string; key?: string }[] = [];

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
      title: keyTitle(String(key.value)),
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

  /** The diagrams of a `diagram` / `diagrams` value; `key` is the first map key above them. */
  diagrams(node: Node | null | undefined, key?: string): void {
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node>[])
        this.diagrams(pair.value, key ?? (isScalar(pair.key) ? String(pair.key.value) : undefined));
    } else if (isSeq(node)) {
      for (const item of node.items as Node[]) this.diagrams(item, key);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const source = node.value.replace(/\n$/, '');
      const sourceLines = source.split('\n');
      const firstLine = this.scalarFirstLine(node);
      const lastLine = firstLine + sourceLines.length - 1;
      const range = isBlock(node) ? linesRange(this.lines, firstLine, lastLine) : lineRange(this.lines, firstLine);
      this.mermaid.push({ block: { source, firstLine, range }, key });
      // Only a literal block keeps the source's lines where they are written; any other scalar is read on its first line.
      const labels =
        node.type === Scalar.BLOCK_LITERAL
          ? sourceLines.map((text, k) => ({ line: firstLine + k, text: mermaidLabels(text) }))
          : [{ line: firstLine, text: sourceLines.map(mermaidLabels).filter(Boolean).join('. ') }];
      for (const label of labels) if (label.text.trim()) this.labelLines.push({ ...label, key });
    }
  }

  /** A block scalar's text starts on the line after its `|` or `>` indicator. */
  private scalarFirstLine(node: Scalar): number {
    const start = this.index.position((node.range as [number, number, number])[0]);
    return isBlock(node) ? start.line + 1 : start.line;
  }
}

/** A YAML key as a section title: underscores and dashes read as spaces. */
function keyTitle(key: string): string {
  return key.replace(/[_-]+/g, ' ');
}

function isBlock(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

function spanning(ranges: Range[]): Range {
  const sorted = [...ranges].sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
  return { start: sorted[0].start, end: sorted[sorted.length - 1].end };
}
