/**
 * Document symbols (the outline): the steps at the top level with their sub-sections nested, the metadata (front
 * matter, or the top-level YAML keys) where it stands, and sections that belong to no step in document order.
 *
 * A heading that holds steps without naming one (the `# Title` above every `##` step, a "High-level design" section
 * grouping several steps) keeps only its own preamble: the steps are lifted to the top level and whatever follows
 * them (an appendix) comes after them, so the outline reads like the framework.
 *
 * A document checked for its structure only lists its steps and, in document order, at most
 * `maxStructureOnlyEntries` other symbols.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { DesignDoc, Range, Section } from '../engine';
import { headingAsWritten, maxStructureOnlyEntries, sectionRange, stepSections, stepStates } from './outline';

export function documentSymbols(doc: DesignDoc): DocumentSymbol[] {
  const steps = new Set(stepSections(doc));
  // Bullets are notes, not sections, unless a bullet is how the doc marks a step (an outline-style doc).
  const visible = doc.sections.filter((section) => section.kind !== 'list-item' || steps.has(section));
  const visibleSet = new Set(visible);
  const visibleParent = (section: Section): Section | undefined => {
    for (let p = section.parent; p >= 0; p = doc.sections[p].parent)
      if (visibleSet.has(doc.sections[p])) return doc.sections[p];
    return undefined;
  };
  // Containers: sections holding a step below them. Each keeps the lines before its first lifted part (a step, or
  // a container on the way down to one).
  const firstStepLine = new Map<Section, number>();
  for (const step of steps) {
    let below: Section = step;
    for (let p = step.parent; p >= 0; p = doc.sections[p].parent) {
      const container = doc.sections[p];
      const line = firstStepLine.get(container);
      const start = below.headingRange.start.line;
      if (line === undefined || start < line) firstStepLine.set(container, start);
      below = container;
    }
  }

  const children = new Map<Section, Section[]>();
  const topLevel: Section[] = [];
  for (const section of visible) {
    const parent = visibleParent(section);
    const parentFirstStep = parent ? firstStepLine.get(parent) : undefined;
    const lifted =
      steps.has(section) ||
      firstStepLine.has(section) ||
      (parentFirstStep !== undefined && section.headingRange.start.line >= parentFirstStep);
    if (!parent || lifted) topLevel.push(section);
    else {
      const siblings = children.get(parent);
      if (siblings) siblings.push(section);
      else children.set(parent, [section]);
    }
  }

  const symbolOf = (section: Section): DocumentSymbol => {
    const isStep = steps.has(section);
    const stepLine = firstStepLine.get(section);
    const full = sectionRange(doc, section);
    const range = stepLine === undefined ? full : preambleRange(doc, section, stepLine);
    return {
      name: headingAsWritten(doc, section) || section.title || '(untitled)',
      ...(isStep ? { detail: stepStates(doc, section.headingSteps) } : {}),
      kind: isStep ? SymbolKind.Module : doc.format === 'yaml' ? SymbolKind.Key : SymbolKind.String,
      range,
      selectionRange: section.headingRange,
      children: (children.get(section) ?? []).map(symbolOf),
    };
  };

  const symbols = [...topLevel.map(symbolOf), ...metadataSymbols(doc)].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return doc.structureOnly ? bounded(symbols, { left: maxStructureOnlyEntries }) : symbols;
}

/** The symbols in document order while `budget` lasts, and every step (a step is a top-level Module). */
function bounded(symbols: readonly DocumentSymbol[], budget: { left: number }): DocumentSymbol[] {
  return symbols.flatMap((symbol) => {
    if (symbol.kind !== SymbolKind.Module && budget.left-- <= 0) return [];
    return [{ ...symbol, ...(symbol.children ? { children: bounded(symbol.children, budget) } : {}) }];
  });
}

/** A container heading's own text: from its heading to the last non-blank line before its first step. */
function preambleRange(doc: DesignDoc, section: Section, firstStepLine: number): Range {
  const start = section.headingRange.start.line;
  let last = firstStepLine - 1;
  while (last > start && !doc.lines[last].trim()) last--;
  last = Math.max(last, start);
  return { start: { line: start, character: 0 }, end: { line: last, character: doc.lines[last].length } };
}

/**
 * Markdown: one "front matter" symbol with a child per key. YAML: every top-level key that is not a step or
 * sub-section key (title, case, tags, diagrams, ...) as a top-level symbol of its own.
 */
function metadataSymbols(doc: DesignDoc): DocumentSymbol[] {
  const frontMatter = doc.frontMatter;
  if (doc.format === 'markdown') {
    if (!frontMatter) return [];
    const closing = frontMatter.range.end.line;
    return [
      {
        name: 'front matter',
        kind: SymbolKind.Namespace,
        range: frontMatter.range,
        selectionRange: { start: frontMatter.range.start, end: { line: 0, character: doc.lines[0].length } },
        children: keySymbols(doc, frontMatter.keyRanges, frontMatter.data, closing),
      },
    ];
  }
  const sectionLines = new Set(doc.sections.filter((s) => s.parent < 0).map((s) => s.headingRange.start.line));
  // The YAML parser records the range of every top-level key, steps included, with the metadata.
  const keyRanges = Object.fromEntries(
    Object.entries(frontMatter?.keyRanges ?? {}).filter(([, range]) => !sectionLines.has(range.start.line)),
  );
  return keySymbols(doc, keyRanges, frontMatter?.data ?? {}, doc.lines.length);
}

function keySymbols(
  doc: DesignDoc,
  keyRanges: Record<string, Range>,
  data: Record<string, unknown>,
  limit: number,
): DocumentSymbol[] {
  return Object.entries(keyRanges).map(([key, selectionRange]) => {
    const value = data[key];
    const detail = scalarText(value);
    return {
      name: key,
      ...(detail !== undefined ? { detail } : {}),
      kind: SymbolKind.Property,
      range: keyBlockRange(doc, selectionRange, limit),
      selectionRange,
    };
  });
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value).split('\n')[0];
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join(', ');
  return undefined;
}

/** A top-level YAML key and its value: the lines after it that are blank, indented or list items, up to `limit`. */
export function keyBlockRange(doc: DesignDoc, key: Range, limit: number): Range {
  const start = key.start.line;
  let last = start;
  for (let line = start + 1; line < Math.min(limit, doc.lines.length); line++) {
    const text = doc.lines[line];
    if (!text.trim()) continue;
    if (!/^(?:\s|-(?:\s|$))/.test(text)) break;
    last = line;
  }
  return { start: { line: start, character: 0 }, end: { line: last, character: doc.lines[last].length } };
}

/** For clients without hierarchical symbol support: the same symbols, flat, each naming its parent. */
export function flattenSymbols(
  symbols: readonly DocumentSymbol[],
  uri: string,
  containerName?: string,
): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    {
      name: symbol.name,
      kind: symbol.kind,
      location: { uri, range: symbol.range },
      ...(containerName ? { containerName } : {}),
    },
    ...flattenSymbols(symbol.children ?? [], uri, symbol.name),
  ]);
}
