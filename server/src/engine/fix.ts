/**
 * Edits behind quick fixes. Every edit only inserts text: a fix never deletes or rewrites what the
 * user wrote. Skeletons carry the knowledge base's prompts as comments and a TODO per sub-topic, so
 * a freshly inserted step still reads as empty until it is written.
 */
import type { DesignDoc, Finding, Position, StepId, TextEdit } from './model';
import { stepById, stepIds } from '../knowledge/steps';
import { topLevelStepSections } from './rules/structure';

/** How the doc writes its step headings, so inserted ones match. */
interface HeadingStyle {
  level: number;
  numbering: 'number' | 'step' | 'none';
}

function headingStyle(doc: DesignDoc): HeadingStyle {
  const first = topLevelStepSections(doc).find((section) => section.kind === 'heading');
  if (!first) return { level: doc.title ? 2 : 1, numbering: 'number' };
  const text = doc.lines[first.headingRange.start.line].replace(/^\s*#+\s*/, '');
  const numbering = /^\d+[.)]\s/.test(text) ? 'number' : /^step\s*\d+/i.test(text) ? 'step' : 'none';
  return { level: first.level <= 6 ? first.level : 2, numbering };
}

function headingText(id: StepId, style: HeadingStyle): string {
  const step = stepById(id);
  const prefix = style.numbering === 'number' ? `${step.number}. ` : style.numbering === 'step' ? `Step ${step.number}: ` : '';
  return `${'#'.repeat(style.level)} ${prefix}${step.title}`;
}

function snakeCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** One line per sub-topic: "- Label: TODO <!-- prompt -->" (Markdown) or "  label: TODO  # prompt" (YAML). */
export function promptLines(doc: DesignDoc, id: StepId, indent = ''): string[] {
  return stepById(id).subTopics.map((topic) =>
    doc.format === 'yaml'
      ? `${indent}${snakeCase(topic.label)}: TODO  # ${topic.prompt}`
      : `${indent}- ${topic.label[0].toUpperCase()}${topic.label.slice(1)}: TODO <!-- ${topic.prompt} -->`,
  );
}

function skeleton(doc: DesignDoc, id: StepId): string[] {
  if (doc.format === 'yaml') return [`${id}:`, ...promptLines(doc, id, '  ')];
  return [headingText(id, headingStyle(doc)), '', ...promptLines(doc, id), ''];
}

/** The first line after a step's top-level section, with trailing blank lines kept above it. */
function lineAfterStep(doc: DesignDoc, id: StepId): number | undefined {
  const section = topLevelStepSections(doc).find((s) => s.headingSteps.includes(id));
  return section ? section.bodyRange.end.line + 1 : undefined;
}

function lineOfStep(doc: DesignDoc, id: StepId): number | undefined {
  return topLevelStepSections(doc).find((s) => s.headingSteps.includes(id))?.headingRange.start.line;
}

/** Where the seven-step order puts a missing step: before the next step the doc has, else after the previous one. */
function insertionLine(doc: DesignDoc, id: StepId): number {
  const position = stepIds.indexOf(id);
  for (const later of stepIds.slice(position + 1)) {
    const line = lineOfStep(doc, later);
    if (line !== undefined) return line;
  }
  for (const earlier of stepIds.slice(0, position).reverse()) {
    const line = lineAfterStep(doc, earlier);
    if (line !== undefined) return line;
  }
  return doc.lines.length;
}

/** Inserts whole lines before `line`; past the end of the doc they are appended after a line break. */
function insertLines(doc: DesignDoc, line: number, lines: string[]): TextEdit {
  if (line >= doc.lines.length) {
    const last = doc.lines.length - 1;
    const end: Position = { line: last, character: doc.lines[last].length };
    const separator = doc.lines[last] === '' ? '' : '\n';
    const blank = doc.format === 'markdown' && doc.lines[last].trim() !== '' ? '\n' : '';
    return { range: { start: end, end }, newText: `${separator}${blank}${lines.join('\n')}\n` };
  }
  const at: Position = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${lines.join('\n')}\n` };
}

/** A Markdown heading needs a blank line above it to read well after a paragraph. */
function spaced(doc: DesignDoc, line: number, lines: string[]): string[] {
  const previous = doc.lines[Math.min(line, doc.lines.length) - 1];
  return doc.format === 'markdown' && line > 0 && line < doc.lines.length && previous?.trim() ? ['', ...lines] : lines;
}

export function insertMissingStep(doc: DesignDoc, id: StepId): TextEdit {
  const line = insertionLine(doc, id);
  return insertLines(doc, line, spaced(doc, line, skeleton(doc, id)));
}

/** Inserts every missing step, each at its place; steps sharing a place keep the framework's order. */
export function insertAllMissingSteps(doc: DesignDoc): TextEdit[] {
  const byPlace = new Map<number, string[]>();
  for (const id of stepIds.filter((step) => doc.steps[step].state === 'missing')) {
    const line = insertionLine(doc, id);
    byPlace.set(line, [...(byPlace.get(line) ?? []), ...skeleton(doc, id)]);
  }
  return [...byPlace.entries()].map(([line, lines]) => insertLines(doc, line, spaced(doc, line, lines)));
}

/**
 * Prompts under an empty step's heading. For YAML only when the key has no value yet: nested keys
 * under a scalar would not be valid YAML.
 */
export function insertStepPrompts(doc: DesignDoc, id: StepId): TextEdit | undefined {
  const heading = doc.steps[id].headingRange;
  if (!heading) return undefined;
  const line = heading.start.line;
  if (doc.format === 'yaml') {
    if (!/:\s*(?:#.*)?$/.test(doc.lines[line])) return undefined;
    return insertLines(doc, line + 1, promptLines(doc, id, `${' '.repeat(heading.start.character)}  `));
  }
  return insertLines(doc, line + 1, ['', ...promptLines(doc, id)]);
}

export type SuppressionScope = 'line' | 'file';

/** A comment that turns the finding's rule off for its line (inserted above it) or for the whole file. */
export function suppressionEdit(doc: DesignDoc, finding: Finding, scope: SuppressionScope): TextEdit {
  const directive = scope === 'line' ? 'mlsd-disable-next-line' : 'mlsd-disable-file';
  const comment = doc.format === 'yaml' ? `# ${directive} ${finding.rule}` : `<!-- ${directive} ${finding.rule} -->`;
  if (scope === 'line') {
    const line = finding.range.start.line;
    const indent = /^\s*/.exec(doc.lines[line] ?? '')?.[0] ?? '';
    return insertLines(doc, line, [`${indent}${comment}`]);
  }
  const afterFrontMatter = doc.format === 'markdown' && doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0;
  return insertLines(doc, afterFrontMatter, [comment]);
}
