/**
 * Sub-section skeletons for a sub-topic a step lacks, and whether one was inserted and still waits to be written.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { stepById } from '../../knowledge';
import type { DesignDoc, Fix, Section, StepId, TextEdit } from '../model/designDoc';
import { Derived, TextMemo } from '../model/cache';
import { topLevelStepSections } from '../model/structure';
import { yamlDocumentOf } from '../model/yamlDocument';
import { LineIndex } from '../text/positions';
import { isPlaceholder } from '../text/words';
import { edit, endOf, lastContentLine } from './edits';
import { snakeCase } from './headings';

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
  return doc.format === 'yaml'
    ? insertYamlKey(doc, section, snakeCase(title), prompt)
    : insertMarkdownSubsection(doc, section, title, prompt);
}

function insertMarkdownSubsection(
  doc: DesignDoc,
  section: Section,
  title: string,
  prompt: string,
): TextEdit | undefined {
  const todo = `TODO <!-- ${prompt} -->`;
  // A sub-section of that name is already there (with nothing useful in it): the prompt goes under it.
  const existing = doc.sections.find(
    (s) =>
      s.index > section.index &&
      s.headingRange.start.line <= section.bodyRange.end.line &&
      normalTitle(s.title) === normalTitle(title),
  );
  if (existing) {
    const at = endOf(doc, lastContentLine(doc, existing));
    return edit(doc, { start: at, end: at }, `\n\n${todo}`);
  }
  const heading =
    section.kind === 'heading'
      ? `${'#'.repeat(Math.min(section.level + 1, 6))} ${headingLabel(title)}`
      : `**${headingLabel(title)}**`;
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
  if (
    isMap(value) &&
    (items as Pair<Node, Node>[]).some((p) => isScalar(p.key) && normalTitle(String(p.key.value)) === normalTitle(key))
  )
    return undefined;
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
  return (
    edit && {
      title: `Insert sub-section "${headingLabel(title)}" into step ${step.number} (${step.title})`,
      edits: [edit],
    }
  );
}

function inStep(doc: DesignDoc, section: Section, id: StepId): boolean {
  if (section.steps.includes(id)) return true;
  for (let parent = section.parent; parent >= 0; parent = doc.sections[parent].parent) {
    if (doc.sections[parent].headingSteps.includes(id)) return true;
  }
  return false;
}

/** Every section's title as the sub-topic skeletons are compared, once per document (each rule asks). */
const sectionTitles = new Derived((doc: DesignDoc) =>
  normalTitles.getAll(
    doc,
    doc.sections.map((section) => section.title),
  ),
);

/** Titles as compared, remembered with the doc: they come back with every edit of the text below them. */
const normalTitles = TextMemo.each(normalTitle);

/**
 * Whether the step already has a sub-section named `title` that still holds a placeholder: an inserted skeleton
 * waiting to be written. The sub-topic rule then stays quiet and placeholder-text reports the TODO instead.
 */
export function hasPlaceholderSubsection(doc: DesignDoc, id: StepId, title: string): boolean {
  const wanted = normalTitle(title);
  const titles = sectionTitles.get(doc);
  return doc.sections.some((section, index) => {
    if (titles[index] !== wanted || !inStep(doc, section, id)) return false;
    for (
      let line = section.headingRange.start.line;
      line <= Math.min(section.bodyRange.end.line, doc.lines.length - 1);
      line++
    ) {
      const text = doc.lines[line];
      if (isPlaceholder(text)) return true;
    }
    return false;
  });
}
