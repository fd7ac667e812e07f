/**
 * The components a Mermaid diagram names: node labels of flowcharts (`id[Label]`, `id(Label)`, `id{Label}`, `id((…))`,
 * `id[("…")]`, …), the `[Label]` of architecture services and groups, and sequence-diagram participants. Edge labels,
 * subgraph titles and bare node ids (`A --> B`) are not components. A small scanner, not a Mermaid parser: it only
 * has to find labels in diagrams that Mermaid accepts.
 */
import type { Position } from '../model/designDoc';

export interface DiagramComponent {
  /** The label as a reader sees it: markup, quotes and line breaks removed. */
  label: string;
  start: Position;
  end: Position;
}

const openers = '[({>';
const closers = ')]}';
/** Lines that style or link nodes rather than declare them. */
const nonDeclaration = /^\s*(?:subgraph|end\b|classDef|class\s|style\s|linkStyle|click\s|direction\s|%%)/;

/** The diagram type keyword: the first word of the first line that is not blank, a comment or front matter. */
function diagramKind(lines: readonly string[]): { kind: string; body: number } {
  let i = 0;
  if (/^\s*---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, k) => k > 0 && /^\s*---\s*$/.test(line));
    i = close < 0 ? lines.length : close + 1;
  }
  while (i < lines.length && (/^\s*$/.test(lines[i]) || /^\s*%%/.test(lines[i]))) i++;
  return { kind: (lines[i] ?? '').trim().split(/\s+/)[0].toLowerCase(), body: i + 1 };
}

export function diagramComponents(source: string): DiagramComponent[] {
  const lines = source.split(/\r\n|\r|\n/);
  const { kind, body } = diagramKind(lines);
  const found: DiagramComponent[] = [];
  for (let line = body; line < lines.length; line++) {
    const text = lines[line];
    if (nonDeclaration.test(text)) continue;
    if (kind === 'flowchart' || kind === 'graph') found.push(...nodeLabels(text, line, openers));
    else if (kind === 'architecture-beta') found.push(...nodeLabels(text, line, '['));
    else if (kind === 'sequencediagram') found.push(...participants(text, line));
  }
  return found.filter((component) => component.label !== '');
}

/** Labels opened right after a node id by one of `opening` (and any further shape characters). */
function nodeLabels(text: string, line: number, opening: string): DiagramComponent[] {
  const labels: DiagramComponent[] = [];
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1];
    // A node id precedes its shape (an arrow's `->` is no id); an architecture icon `(database)` precedes its `[Label]`.
    const afterId = /\w/.test(prev) || (prev === '-' && text[i] !== '>');
    const afterIcon = prev === ')' && opening === '[';
    if (!opening.includes(text[i]) || !(afterId || afterIcon)) continue;
    let start = i;
    while (start < text.length && '[({/\\>'.includes(text[start])) start++;
    const quoted = text[start] === '"';
    if (quoted) start++;
    let end = start;
    while (end < text.length && (quoted ? text[end] !== '"' : !closers.includes(text[end]) && text[end] !== '|')) end++;
    labels.push({
      label: readable(text.slice(start, end)),
      start: { line, character: start },
      end: { line, character: end },
    });
    i = end;
  }
  return labels;
}

/** `participant Id as Label` and `actor Id` (the id is the label when there is no alias). */
function participants(text: string, line: number): DiagramComponent[] {
  const match = /^(\s*(?:participant|actor)\s+)(\S+)(?:(\s+as\s)(.*))?$/.exec(text);
  if (!match) return [];
  const [, lead, id, as, rest] = match;
  const alias = rest?.trim() || undefined;
  const start = alias ? lead.length + id.length + as.length + rest.length - rest.trimStart().length : lead.length;
  const written = alias ?? id;
  // An id is one word: FeatureStore names a feature store.
  const label = alias ? readable(alias) : readable(id.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return [{ label, start: { line, character: start }, end: { line, character: start + written.length } }];
}

/** The label without HTML, Markdown emphasis, entity codes or Font Awesome icons. */
function readable(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^<>]*>/g, '')
    .replace(/#\w+;/g, ' ')
    .replace(/\bfa[bklrs]?:fa-[\w-]+/g, ' ')
    .replace(/[`*_"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
