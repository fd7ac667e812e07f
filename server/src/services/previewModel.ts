/**
 * Builds what the preview shows (PreviewModel) from a parsed design doc and its findings. Pure: used by the
 * `mlsd/previewModel` request and by `mlsd export --html`.
 */
import { isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import {
  type DesignDoc,
  type Finding,
  type Severity,
  type StepId,
  LineIndex,
  diagramLayout,
  yamlDocumentOf,
  scalarString,
} from '../engine';
import { metadataKeys, stepIds, steps } from '../knowledge';
import type { FindingCounts, PreviewMetadata, PreviewModel, PreviewStep } from '../../../common/preview/model';

export interface PreviewSource {
  uri: string;
  version: number | null;
  doc: DesignDoc;
  findings: readonly Finding[];
}

export function buildPreviewModel({ uri, version, doc, findings }: PreviewSource): PreviewModel {
  const perStep = new Map<StepId, FindingCounts>(stepIds.map((id) => [id, noFindings()]));
  const findingLine = new Map<StepId, number>();
  const total = noFindings();
  for (const finding of findings) {
    total[finding.severity]++;
    const step = stepOfFinding(doc, finding);
    if (!step) continue;
    perStep.get(step)![finding.severity]++;
    if (!findingLine.has(step)) findingLine.set(step, finding.range.start.line);
  }
  const previewSteps: PreviewStep[] = steps.map(({ id, number, title }) => {
    const info = doc.steps[id];
    return {
      id,
      number,
      title,
      state: info.state,
      line: info.headingRange?.start.line ?? findingLine.get(id) ?? null,
      findings: perStep.get(id)!,
    };
  });
  const generated = doc.format === 'yaml' ? yamlToMarkdown(doc) : undefined;
  return {
    uri,
    version,
    format: doc.format,
    title: doc.title?.text ?? fileName(uri),
    text: doc.text,
    markdown: generated ? generated.markdown : blankFrontMatter(doc),
    ...(generated ? { lineMap: generated.lineMap } : {}),
    metadata: metadata(doc),
    diagrams: doc.mermaid.map((block) => ({
      source: block.source,
      firstLine: block.firstLine,
      range: block.range,
      linesMatch: diagramLayout(doc, block).linesMatch,
    })),
    steps: previewSteps,
    covered: previewSteps.filter((s) => s.state === 'covered' || s.state === 'thin').length,
    findings: total,
  };
}

function noFindings(): FindingCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 } satisfies Record<Severity, number>;
}

/**
 * The step a finding is about: the first step its message names ("Missing step 7 (…)", "Step 5 (…) comes after …"),
 * else the step of the section it sits in.
 */
function stepOfFinding(doc: DesignDoc, finding: Finding): StepId | undefined {
  const named = /\bstep ([1-7]) \(/i.exec(finding.message);
  if (named) return steps[Number(named[1]) - 1]?.id;
  const line = finding.range.start.line;
  let inner: number | undefined;
  for (const section of doc.sections) {
    if (section.headingRange.start.line <= line && line <= section.bodyRange.end.line) inner = section.index;
  }
  for (let index = inner ?? -1; index >= 0; index = doc.sections[index].parent) {
    const section = doc.sections[index];
    if (section.headingSteps.length > 0) return section.headingSteps[0];
    if (section.parent < 0 && section.steps.length > 0) return section.steps[0];
  }
  return undefined;
}

function fileName(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

/** The doc with its front matter lines emptied, so Markdown line numbers stay the document's. */
function blankFrontMatter(doc: DesignDoc): string {
  if (!doc.frontMatter) return doc.text;
  const last = doc.frontMatter.range.end.line;
  return doc.lines.map((line, i) => (i <= last ? '' : line)).join('\n');
}

function metadata(doc: DesignDoc): PreviewMetadata[] {
  const fm = doc.frontMatter;
  if (!fm) return [];
  return Object.entries(fm.data)
    .filter(([key]) => key !== 'title' && (doc.format === 'markdown' || metadataKeys.has(key)))
    .map(([key, value]) => ({
      key,
      value: valueText(value),
      line: fm.keyRanges[key]?.start.line ?? fm.range.start.line,
    }));
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// ---- YAML docs: Markdown generated from the keys ------------------------------------------------------------------

const diagramKeys = new Set(['diagram', 'diagrams']);

class MarkdownWriter {
  readonly lines: string[] = [];
  readonly lineMap: number[] = [];

  line(text: string, docLine: number): void {
    this.lines.push(text);
    this.lineMap.push(docLine);
  }

  blank(docLine: number): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.line('', docLine);
  }
}

/**
 * A YAML design doc as Markdown: the title as H1, one H2 per top-level key (a step key gets the step's title),
 * nested keys as H3–H6 and then bold labels, lists as bullets, strings as Markdown paragraphs, and each diagram as a
 * ```mermaid fence, in the order the parser collected them.
 */
export function yamlToMarkdown(doc: DesignDoc): { markdown: string; lineMap: number[] } {
  const out = new MarkdownWriter();
  const index = new LineIndex(doc.text);
  const lineOf = (node: { range?: [number, number, number] | null }): number =>
    node.range ? index.position(node.range[0]).line : 0;
  const parsed = yamlDocumentOf(doc);
  if (doc.title) out.line(`# ${escapeInline(doc.title.text)}`, doc.title.range.start.line);
  const root = parsed.contents;
  if (!isMap(root)) {
    out.blank(0);
    fence(out, doc.text, 0);
    return { markdown: out.lines.join('\n'), lineMap: out.lineMap };
  }

  const scalarText = (node: Scalar): { lines: string[]; first: number; block: boolean } => {
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    const start = lineOf(node);
    return {
      lines: scalarString(node).replace(/\n$/, '').split('\n'),
      first: block ? start + 1 : start,
      block,
    };
  };

  const paragraph = (node: Scalar): void => {
    const { lines, first, block } = scalarText(node);
    out.blank(first);
    lines.forEach((text, k) => out.line(text, block ? first + k : first));
    out.blank(first);
  };

  const diagrams = (node: Node | null | undefined, label?: string, depth = 3): void => {
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node>[])
        diagrams(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined, depth);
    } else if (isSeq(node)) {
      for (const item of node.items as Node[]) diagrams(item, undefined, depth);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const { first } = scalarText(node);
      if (label) {
        out.blank(first);
        out.line(`${'#'.repeat(Math.min(depth, 6))} ${escapeInline(humanise(label))}`, lineOf(node));
      }
      out.blank(first);
      fence(out, node.value.replace(/\n$/, ''), first);
      out.blank(first);
    }
  };

  const value = (node: Node | null | undefined, depth: number, indent: string): void => {
    if (isScalar(node)) {
      if (node.value === null || node.value === undefined) return;
      if (indent) {
        const { lines, first, block } = scalarText(node);
        lines.forEach((text, k) => out.line(`${indent}${text}`, block ? first + k : first));
      } else paragraph(node);
    } else if (isSeq(node)) {
      out.blank(lineOf(node));
      for (const item of node.items as Node[]) {
        if (isScalar(item)) {
          const { lines, first, block } = scalarText(item);
          lines.forEach((text, k) => out.line(`${indent}${k === 0 ? '- ' : '  '}${text}`, block ? first + k : first));
        } else if (isMap(item) || isSeq(item)) {
          out.line(`${indent}-`, lineOf(item));
          value(item, depth + 1, `${indent}  `);
        }
      }
      out.blank(lineOf(node));
    } else if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node>[]) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyLine = lineOf(pair.key);
        const child = pair.value;
        if (indent || depth > 6) {
          // Inside a list, or too deep for headings: "- **key**: value".
          if (isScalar(child) && !scalarString(child).includes('\n')) {
            out.line(`${indent}- **${escapeInline(humanise(key))}**: ${scalarString(child)}`, keyLine);
          } else {
            out.line(`${indent}- **${escapeInline(humanise(key))}**`, keyLine);
            value(child, depth + 1, `${indent}  `);
          }
        } else {
          out.blank(keyLine);
          out.line(`${'#'.repeat(depth)} ${escapeInline(humanise(key))}`, keyLine);
          out.blank(keyLine);
          value(child, depth + 1, '');
        }
      }
    }
  };

  for (const pair of root.items as Pair<Node, Node>[]) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (metadataKeys.has(key)) continue;
    const keyLine = lineOf(pair.key);
    const step = steps.find((s) => s.id === key);
    out.blank(keyLine);
    out.line(`## ${step ? `${step.number}. ${step.title}` : escapeInline(humanise(key))}`, keyLine);
    out.blank(keyLine);
    if (diagramKeys.has(key)) diagrams(pair.value);
    else value(pair.value, 3, '');
  }
  return { markdown: out.lines.join('\n'), lineMap: out.lineMap };
}

/** A fence longer than any backtick run in the source, so a diagram cannot close it early. */
function fence(out: MarkdownWriter, source: string, firstLine: number): void {
  const longest = Math.max(2, ...(source.match(/`+/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(longest + 1);
  out.line(`${marker}mermaid`, Math.max(firstLine - 1, 0));
  source.split('\n').forEach((text, k) => out.line(text, firstLine + k));
  out.line(marker, firstLine + source.split('\n').length - 1);
}

/** `business_objective` → "Business objective". */
function humanise(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Keeps a key or title from being read as Markdown syntax (it is still sanitised when rendered). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
