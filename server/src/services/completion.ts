/**
 * Completion for design docs, by where the cursor is:
 * - a Markdown heading line (`#`…): the seven step headings in the doc's own style (missing steps first) and the
 *   sub-section headings of the step the cursor is in ("### Offline metrics" inside evaluation);
 * - front matter, or the top level of a YAML doc: metadata keys, step keys (YAML), and values (`case:` ids,
 *   `level:`, `status:`); an indented YAML key: the current step's sub-topic keys;
 * - anywhere else in the text: metric names, ML categories and glossary terms, ranked for the current step and
 *   the doc's case study.
 * Ranking is carried by sortText: the lower, the better the item fits where the cursor is.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import frontMatterSchema from '../../../schemas/front-matter.schema.json';
import {
  parseWithoutLine,
  type DesignDoc,
  type Position,
  type Range,
  type Section,
  type StepId,
  headingStyle,
  headingText,
  snakeCase,
} from '../engine';
import {
  caseStudies,
  caseStudyById,
  type CaseStudyId,
  mlCategories,
  metadataKeys,
  glossary,
  metrics,
  type Metric,
  stepById,
  stepIds,
  type SubTopic,
} from '../knowledge';
import { headingAsWritten, sectionsAt, stepSectionBefore } from './outline';
import { categoryMarkdown, glossaryDetail, glossaryMarkdown, metricDetail, metricMarkdown } from './termDocs';

export function completions(doc: DesignDoc, position: Position, triggerCharacter?: string): CompletionItem[] {
  const line = doc.lines[position.line];
  if (line === undefined) return [];
  const prefix = line.slice(0, position.character);

  if (doc.format === 'markdown') {
    const frontMatter = doc.frontMatter;
    if (frontMatter && position.line <= frontMatter.range.end.line) {
      const inside = position.line > frontMatter.range.start.line && position.line < frontMatter.range.end.line;
      return (inside && metadataCompletions(parseWithoutLine(doc, position.line), position, prefix, false)) || [];
    }
    // Code blocks and diagrams, as the parser found them: no prose completions there.
    if (doc.codeLines.has(position.line)) return [];
    // A heading being started ("## ", "## Da"), not one being written out ("## 5. Evaluation of the ranker").
    const heading = /^\s{0,3}(#{1,6})(?:\s+(?:\S+(?:\s+\S+){0,2}\s*)?)?$/.exec(prefix);
    if (heading) return headingCompletions(parseWithoutLine(doc, position.line), position, heading[1].length);
    if (triggerCharacter === '#' || triggerCharacter === ':') return [];
    return termCompletions(doc, position, prefix);
  }

  if (triggerCharacter === '#' || /^\s*#/.test(prefix)) return []; // a YAML comment
  if (/^\S/.test(prefix) || prefix === '') {
    const top = metadataCompletions(parseWithoutLine(doc, position.line), position, prefix, true);
    if (top) return top;
  }
  const indentedKey = /^(\s+)[\w-]*$/.exec(prefix);
  const parentLine = indentedKey ? yamlParentKeyLine(doc, position.line, indentedKey[1].length) : undefined;
  if (indentedKey && parentLine !== undefined) {
    const keys = subTopicKeyCompletions(
      parseWithoutLine(doc, position.line),
      position,
      indentedKey[1].length,
      parentLine,
    );
    return [...keys, ...termCompletions(doc, position, prefix)];
  }
  if (triggerCharacter === ':') return [];
  return termCompletions(doc, position, prefix);
}

// ---------------------------------------------------------------------------------------------------------------
// Headings (Markdown)

function headingCompletions(doc: DesignDoc, position: Position, typedLevel: number): CompletionItem[] {
  const style = headingStyle(doc);
  const current = stepSectionBefore(doc, position.line);
  const range: Range = { start: { line: position.line, character: 0 }, end: position };
  const wantsSubSection = current !== undefined && typedLevel > style.level;

  const steps = stepIds.map((id): CompletionItem => {
    const step = stepById(id);
    const state = doc.steps[id].state;
    const newText = headingText(id, style);
    const missing = state === 'missing';
    return {
      label: newText.replace(/^#+\s*/, ''),
      kind: CompletionItemKind.Module,
      detail: missing ? `Step ${step.number} · missing` : `Step ${step.number} · ${state}`,
      documentation: markdown(`${step.purpose}\n\nCovers: ${step.subTopics.map((t) => t.label).join(', ')}.`),
      textEdit: { range, newText },
      filterText: newText,
      sortText: sortKey(missing ? (wantsSubSection ? 2 : 0) : wantsSubSection ? 3 : 1, step.number),
    };
  });
  if (!current) return steps;

  const level = Math.min(6, (current.kind === 'heading' ? current.level : style.level) + 1);
  const subSections = current.headingSteps.flatMap((id) =>
    stepById(id).subTopics.map((topic, k): CompletionItem => {
      const newText = `${'#'.repeat(level)} ${capitalise(topic.label)}`;
      const done = doc.steps[id].topics.includes(topic.id);
      return {
        label: capitalise(topic.label),
        kind: CompletionItemKind.Field,
        detail: `${stepById(id).title} sub-section${done ? ' · already touched' : ''}`,
        documentation: markdown(topic.prompt),
        textEdit: { range, newText },
        filterText: newText,
        sortText: sortKey(wantsSubSection ? (done ? 1 : 0) : done ? 3 : 2, stepById(id).number * 10 + k, 'b'),
      };
    }),
  );
  return [...steps, ...subSections];
}

// ---------------------------------------------------------------------------------------------------------------
// Metadata: Markdown front matter, YAML top level

interface SchemaProperty {
  title?: string;
  description?: string;
  enum?: unknown[];
}

const schemaProperties = frontMatterSchema.definitions as Record<string, SchemaProperty>;

/**
 * Key or value completions on a top-level line; undefined when the line is neither a key being typed nor the value
 * of a key with known values (a step written as a string then gets term completions).
 */
function metadataCompletions(
  doc: DesignDoc,
  position: Position,
  prefix: string,
  yaml: boolean,
): CompletionItem[] | undefined {
  const value = /^([A-Z_][\w-]*)\s*:(\s*)([^\s#]*)$/i.exec(prefix);
  if (value) {
    const [, key, space, typed] = value;
    const range: Range = {
      start: { line: position.line, character: position.character - typed.length },
      end: position,
    };
    return valueCompletions(key, range, space === '' && typed === '');
  }
  if (!/^[\w-]*$/.test(prefix)) return undefined;
  const range: Range = { start: { line: position.line, character: 0 }, end: position };
  // YAML step keys are sections; without any metadata key a YAML doc has no frontMatter to list them.
  const topLevelSections = yaml ? doc.sections.filter((section) => section.parent < 0) : [];
  // A key that names a step the way a heading does (`metrics:`) is read as that step: its key is not offered again.
  const present = new Set([
    ...Object.keys(doc.frontMatter?.keyRanges ?? {}),
    ...topLevelSections.map((s) => headingAsWritten(doc, s)),
    ...topLevelSections.flatMap((s) => (s.headingSteps.length === 1 ? s.headingSteps : [])),
  ]);
  const items: CompletionItem[] = [];
  if (yaml) {
    for (const id of stepIds) {
      if (present.has(id)) continue;
      const step = stepById(id);
      items.push({
        label: id,
        kind: CompletionItemKind.Module,
        detail: `Step ${step.number} · ${step.title}`,
        documentation: markdown(step.purpose),
        textEdit: { range, newText: `${id}:` },
        sortText: sortKey(0, step.number),
      });
    }
  }
  [...metadataKeys].forEach((name, k) => {
    if (present.has(name)) return;
    const schema = schemaProperties[name] ?? {};
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: schema.title ?? 'metadata',
      documentation: markdown(schema.description ?? ''),
      textEdit: { range, newText: `${name}: ` },
      sortText: sortKey(1, k),
    });
  });
  return items;
}

function valueCompletions(key: string, range: Range, needsSpace: boolean): CompletionItem[] | undefined {
  const space = needsSpace ? ' ' : '';
  if (key === 'case') {
    const cases = caseStudies.map((study, k): CompletionItem => ({
      label: study.id,
      kind: CompletionItemKind.EnumMember,
      detail: study.title,
      documentation: markdown(`${study.summary}\n\nScale: ${study.typicalScale}`),
      textEdit: { range, newText: space + study.id },
      sortText: sortKey(0, k),
    }));
    return [
      ...cases,
      {
        label: 'custom',
        kind: CompletionItemKind.EnumMember,
        detail: 'A problem of your own',
        textEdit: { range, newText: `${space}custom` },
        sortText: sortKey(1, 0),
      },
    ];
  }
  const values = metadataKeys.has(key) ? schemaProperties[key]?.enum : undefined;
  if (!values) return undefined;
  return values.map((value, k) => ({
    label: String(value),
    kind: CompletionItemKind.EnumMember,
    detail: schemaProperties[key].title,
    textEdit: { range, newText: space + String(value) },
    sortText: sortKey(0, k),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// YAML sub-topic keys

/**
 * An indented line is a key position when the nearest less-indented line above is a key ending with a colon (a map
 * follows); that key's line, or undefined inside text (a folded scalar, a list item).
 */
function yamlParentKeyLine(doc: DesignDoc, line: number, indent: number): number | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const text = doc.lines[l];
    if (!text.trim() || /^\s*#/.test(text)) continue;
    const lineIndent = /^\s*/.exec(text)?.[0].length ?? 0;
    if (lineIndent < indent) return /^\s*[\w-]+\s*:\s*(?:#.*)?$/.test(text) ? l : undefined;
  }
  return undefined;
}

/** Sub-topic keys of a step, directly under the step key; those already written are left out. */
function subTopicKeyCompletions(
  doc: DesignDoc,
  position: Position,
  indent: number,
  parentLine: number,
): CompletionItem[] {
  const step = stepSectionBefore(doc, position.line);
  if (!step || step.headingRange.start.line !== parentLine) return [];
  const range: Range = { start: { line: position.line, character: indent }, end: position };
  const siblings = new Set(
    doc.sections.filter((s) => s.parent === step.index).map((s) => s.title.replace(/\s+/g, '_').toLowerCase()),
  );
  return step.headingSteps.flatMap((id) =>
    stepById(id)
      .subTopics.filter((topic) => !siblings.has(snakeCase(topic.label)))
      .map((topic: SubTopic, k): CompletionItem => {
        const key = snakeCase(topic.label);
        const done = doc.steps[id].topics.includes(topic.id);
        return {
          label: key,
          kind: CompletionItemKind.Field,
          detail: `${stepById(id).title} sub-section${done ? ' · already touched' : ''}`,
          documentation: markdown(topic.prompt),
          textEdit: { range, newText: `${key}: ` },
          sortText: sortKey(done ? 1 : 0, stepById(id).number * 10 + k, 'a'),
        };
      }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Terms: metrics, ML categories, glossary

type Focus = { step?: StepId; kind?: 'offline' | 'online'; recommended: Set<string> };

function termCompletions(doc: DesignDoc, position: Position, prefix: string): CompletionItem[] {
  const word = /(?<![\p{L}\p{N}_@&'-])[\p{L}\p{N}_@&'-]*$/u.exec(prefix)?.[0] ?? '';
  const range: Range = { start: { line: position.line, character: position.character - word.length }, end: position };
  const focus = focusAt(doc, position.line);
  const term = (
    label: string,
    kind: CompletionItemKind,
    detail: string,
    documentation: string,
    sortText: string,
    aliases: string[] = [],
  ): CompletionItem => ({
    label,
    kind,
    detail,
    documentation: markdown(documentation),
    textEdit: { range, newText: label },
    ...(aliases.length ? { filterText: [label, ...aliases].join(' ') } : {}),
    sortText,
  });
  const glossaryTier = (steps: readonly StepId[]): number =>
    focus.step && steps.includes(focus.step) ? (steps[0] === focus.step ? 1 : 2) : 3;
  return [
    ...metrics.map((m, k) =>
      term(
        m.name,
        CompletionItemKind.Value,
        metricDetail(m),
        metricMarkdown(m),
        sortKey(metricTier(m, focus), k, 'a'),
        m.aliases,
      ),
    ),
    ...glossary.map((e, k) =>
      term(
        e.term,
        CompletionItemKind.Keyword,
        glossaryDetail(e),
        glossaryMarkdown(e),
        sortKey(glossaryTier(e.steps), k, 'b'),
        e.aliases,
      ),
    ),
    ...mlCategories.map((c, k) =>
      term(
        c.title,
        CompletionItemKind.EnumMember,
        'ML category',
        categoryMarkdown(c),
        sortKey(focus.step === 'framing' ? 1 : 3, k, 'c'),
      ),
    ),
  ];
}

/** Where the cursor is: the step, an offline/online sub-section, and the metrics the doc's case study suggests. */
function focusAt(doc: DesignDoc, line: number): Focus {
  const step = stepSectionBefore(doc, line + 1);
  const innermost: Section | undefined = sectionsAt(doc, line).at(-1);
  const title = innermost?.title.toLowerCase() ?? '';
  const kind = /\boffline\b/.test(title) ? 'offline' : /\bonline\b/.test(title) ? 'online' : undefined;
  const caseId = doc.frontMatter?.data.case;
  const study = typeof caseId === 'string' ? caseStudyById(caseId as CaseStudyId) : undefined;
  const recommended = new Set([...(study?.offlineMetrics ?? []), ...(study?.onlineMetrics ?? [])]);
  return { step: step?.headingSteps[0], kind, recommended };
}

/** 0: the case study's own metric for this spot; 1: fits the step (and sub-section); 2: fits the step; 3: other. */
function metricTier(metric: Metric, focus: Focus): number {
  const fitsStep =
    focus.step === 'evaluation'
      ? metric.kind !== 'operational'
      : focus.step === 'serving' || focus.step === 'requirements'
        ? metric.kind === 'operational'
        : focus.step === 'monitoring'
          ? metric.kind !== 'offline'
          : false;
  if (!fitsStep) return 3;
  if (focus.kind && metric.kind !== focus.kind) return 2;
  return focus.recommended.has(metric.id) ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function sortKey(tier: number, order: number, group = 'a'): string {
  return `${tier}${group}${String(order).padStart(3, '0')}`;
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

function markdown(value: string): { kind: 'markdown'; value: string } {
  return { kind: MarkupKind.Markdown, value };
}
