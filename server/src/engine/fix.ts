/**
 * Edits behind quick fixes. Every edit only inserts text: a fix never deletes or rewrites what the
 * user wrote. Skeletons carry the knowledge base's prompts as comments and a TODO per sub-topic, so
 * a freshly inserted step still reads as empty until it is written.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { DesignDoc, Finding, Fix, Position, Section, StepId, TextEdit } from './model';
import { stepById, stepIds } from '../knowledge/steps';
import { isPlaceholder } from './parse/text';
import { topLevelStepSections } from './rules/structure';
import { LineIndex } from './parse/positions';
import { yamlDocumentOf } from './yamlDocument';

/** An insertion in the doc's own line endings, so a CRLF file stays CRLF. */
function edit(doc: DesignDoc, range: TextEdit['range'], text: string): TextEdit {
  return { range, newText: doc.text.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text };
}

/** How the doc writes its step headings, so inserted ones match. */
export interface HeadingStyle {
  level: number;
  numbering: 'number' | 'step' | 'none';
}

export function headingStyle(doc: DesignDoc): HeadingStyle {
  const first = topLevelStepSections(doc).find((section) => section.kind === 'heading');
  if (!first) return { level: doc.title ? 2 : 1, numbering: 'number' };
  const text = doc.lines[first.headingRange.start.line].replace(/^\s*#+\s*/, '');
  const numbering = /^\d+[.)]\s/.test(text) ? 'number' : /^step\s*\d+/i.test(text) ? 'step' : 'none';
  return { level: first.level <= 6 ? first.level : 2, numbering };
}

/** A step heading line in the given style: "## 3. Data preparation". */
export function headingText(id: StepId, style: HeadingStyle): string {
  const step = stepById(id);
  const prefix = style.numbering === 'number' ? `${step.number}. ` : style.numbering === 'step' ? `Step ${step.number}: ` : '';
  return `${'#'.repeat(style.level)} ${prefix}${step.title}`;
}

/** A sub-topic label as a YAML key: "offline metrics" → "offline_metrics". */
export function snakeCase(label: string): string {
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
    return edit(doc, { start: end, end }, `${separator}${blank}${lines.join('\n')}\n`);
  }
  const at: Position = { line, character: 0 };
  return edit(doc, { start: at, end: at }, `${lines.join('\n')}\n`);
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
  const line = finding.range.start.line;
  const frontMatterEnd = doc.format === 'markdown' && doc.frontMatter ? doc.frontMatter.range.end.line : -1;
  // Inside Markdown front matter the comment must be YAML; on its `---` delimiters only the file scope fits.
  if (scope === 'line' && line <= frontMatterEnd) {
    if (line === 0 || line === frontMatterEnd) return suppressionEdit(doc, finding, 'file');
    const indent = /^\s*/.exec(doc.lines[line] ?? '')?.[0] ?? '';
    return insertLines(doc, line, [`${indent}# mlsd-disable-next-line ${finding.rule}`]);
  }
  const directive = scope === 'line' ? 'mlsd-disable-next-line' : 'mlsd-disable-file';
  const comment = doc.format === 'yaml' ? `# ${directive} ${finding.rule}` : `<!-- ${directive} ${finding.rule} -->`;
  if (scope === 'line') {
    const indent = /^\s*/.exec(doc.lines[line] ?? '')?.[0] ?? '';
    return insertLines(doc, line, [`${indent}${comment}`]);
  }
  const afterFrontMatter = doc.format === 'markdown' && doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0;
  return insertLines(doc, afterFrontMatter, [comment]);
}

/**
 * The section a sub-topic skeleton goes into: the step's top-level section (its canonical heading first), as long as
 * it is a Markdown heading, a pseudo-heading line or a YAML key.
 */
function stepSection(doc: DesignDoc, id: StepId): Section | undefined {
  const candidates = topLevelStepSections(doc).filter((section) => section.headingSteps.includes(id));
  return candidates.find((section) => section.primarySteps.includes(id)) ?? candidates[0];
}

/** "Online metrics" for Markdown headings, "online_metrics" as a YAML key, both from a sub-topic label. */
const headingLabel = (title: string): string => title[0].toUpperCase() + title.slice(1);
const normalTitle = (title: string): string => title.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The last line of a section that is not blank. */
function lastContentLine(doc: DesignDoc, section: Section): number {
  let last = Math.min(Math.max(section.bodyRange.end.line, section.headingRange.end.line), doc.lines.length - 1);
  while (last > section.headingRange.start.line && !doc.lines[last].trim()) last--;
  return last;
}

const endOf = (doc: DesignDoc, line: number): Position => ({ line, character: doc.lines[line].length });

/**
 * Inserts a skeleton sub-section for a missing sub-topic at the end of the step's top-level section, one heading
 * level below the step heading: `### Online metrics` and a TODO line carrying the prompt as a comment (Markdown), or a
 * nested `online_metrics: TODO  # prompt` key (YAML, when the step's value is a block map or list). Undefined when
 * the step has no such section or the skeleton cannot be added by inserting alone (a YAML step written as one
 * string, a sub-section of that name that already exists in YAML). Only ever inserts.
 */
export function insertSubsection(doc: DesignDoc, id: StepId, title: string, prompt: string): TextEdit | undefined {
  const section = stepSection(doc, id);
  if (!section) return undefined;
  return doc.format === 'yaml' ? insertYamlKey(doc, section, snakeCase(title), prompt) : insertMarkdownSubsection(doc, section, title, prompt);
}

function insertMarkdownSubsection(doc: DesignDoc, section: Section, title: string, prompt: string): TextEdit | undefined {
  const todo = `TODO <!-- ${prompt} -->`;
  // A sub-section of that name is already there (with nothing useful in it): the prompt goes under it.
  const existing = doc.sections.find(
    (s) => s.index > section.index && s.headingRange.start.line <= section.bodyRange.end.line && normalTitle(s.title) === normalTitle(title),
  );
  if (existing) {
    const at = endOf(doc, lastContentLine(doc, existing));
    return edit(doc, { start: at, end: at }, `\n\n${todo}`);
  }
  const heading = section.kind === 'heading' ? `${'#'.repeat(Math.min(section.level + 1, 6))} ${headingLabel(title)}` : `**${headingLabel(title)}**`;
  const at = endOf(doc, lastContentLine(doc, section));
  return edit(doc, { start: at, end: at }, `\n\n${heading}\n\n${todo}`);
}

function insertYamlKey(doc: DesignDoc, section: Section, key: string, prompt: string): TextEdit | undefined {
  const document = yamlDocumentOf(doc);
  if (document.errors.length || !isMap(document.contents)) return undefined;
  const index = new LineIndex(doc.text);
  const pair = (document.contents.items as Pair<Node, Node>[]).find(
    (p) => isScalar(p.key) && p.key.range && index.position(p.key.range[0]).line === section.headingRange.start.line,
  );
  const value = pair?.value;
  if (!value?.range || (!isMap(value) && !isSeq(value)) || value.flow) return undefined;
  const items = value.items as (Pair<Node, Node> | Node)[];
  if (isMap(value) && (items as Pair<Node, Node>[]).some((p) => isScalar(p.key) && normalTitle(String(p.key.value)) === normalTitle(key))) return undefined;
  const first = isMap(value) ? (items[0] as Pair<Node, Node> | undefined)?.key : (items[0] as Node | undefined);
  if (!first?.range) return undefined;
  const firstLine = index.position(first.range[0]).line;
  const indent = /^\s*/.exec(doc.lines[firstLine])![0];
  const end = index.position(value.range[1]);
  let last = Math.min(end.character === 0 && end.line > firstLine ? end.line - 1 : end.line, doc.lines.length - 1);
  while (last > firstLine && (!doc.lines[last].trim() || /^\s*#/.test(doc.lines[last]))) last--;
  const entry = isMap(value) ? `${key}: TODO  # ${prompt}` : `- ${key}: TODO  # ${prompt}`;
  const at = endOf(doc, last);
  return edit(doc, { start: at, end: at }, `\n${indent}${entry}`);
}

/** The quick fix that inserts a sub-topic skeleton, when one can be inserted. */
export function subsectionFix(doc: DesignDoc, id: StepId, title: string, prompt: string): Fix | undefined {
  const edit = insertSubsection(doc, id, title, prompt);
  const step = stepById(id);
  return edit && { title: `Insert sub-section "${headingLabel(title)}" into step ${step.number} (${step.title})`, edits: [edit] };
}

function inStep(doc: DesignDoc, section: Section, id: StepId): boolean {
  if (section.steps.includes(id)) return true;
  for (let parent = section.parent; parent >= 0; parent = doc.sections[parent].parent) {
    if (doc.sections[parent].headingSteps.includes(id)) return true;
  }
  return false;
}

/**
 * Whether the step already has a sub-section named `title` that still holds a placeholder: an inserted skeleton
 * waiting to be written. The sub-topic rule then stays quiet and placeholder-text reports the TODO instead.
 */
export function hasPlaceholderSubsection(doc: DesignDoc, id: StepId, title: string): boolean {
  const wanted = normalTitle(title);
  return doc.sections.some((section) => {
    if (normalTitle(section.title) !== wanted || !inStep(doc, section, id)) return false;
    for (let line = section.headingRange.start.line; line <= Math.min(section.bodyRange.end.line, doc.lines.length - 1); line++) {
      const text = doc.lines[line];
      if (isPlaceholder(text)) return true;
    }
    return false;
  });
}
