/**
 * Quick fixes that insert missing steps and the prompts of an empty one. Skeletons carry the knowledge base's
 * prompts as comments and a TODO per sub-topic, so a freshly inserted step still reads as empty until it is written.
 */
import { isMap } from 'yaml';
import { stepIds } from '../../knowledge';
import type { DesignDoc, StepId, TextEdit } from '../model/designDoc';
import { topLevelStepSections } from '../model/structure';
import { yamlDocumentOf } from '../model/yamlDocument';
import { insertLines, spaced } from './edits';
import { headingStyle, headingText, promptLines } from './headings';

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
  return endOfContent(doc);
}

/**
 * Where text appended to the doc still belongs to it: the end, or in YAML the line that ends the first document
 * (`...`, or a `---` that starts a second one, which the design doc does not read).
 */
function endOfContent(doc: DesignDoc): number {
  if (doc.format !== 'yaml') return doc.lines.length;
  const end = doc.lines.findIndex((line, l) => l > 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(line));
  return end < 0 ? doc.lines.length : end;
}

/**
 * Whether text inserted before `line` starts a new step: not when it would land inside a code block left open at the
 * end of a Markdown doc, nor in YAML whose top level is not a block map (a scalar, a list, a flow map).
 */
function canInsertAt(doc: DesignDoc, line: number): boolean {
  if (doc.format === 'yaml') {
    const document = yamlDocumentOf(doc);
    return (
      document.errors.length === 0 &&
      (document.contents === null || (isMap(document.contents) && !document.contents.flow))
    );
  }
  if (line < doc.lines.length) return true;
  let last = doc.lines.length - 1;
  while (last > 0 && doc.lines[last].trim() === '') last--;
  if (!doc.codeLines.has(last)) return true;
  // A closing fence ends the block; anything else (code, or a fence that only opens one) leaves it open.
  return /^\s*(?:`{3,}|~{3,})\s*$/.test(doc.lines[last]) && doc.codeLines.has(last - 1);
}

/** The skeleton of a missing step at its place, or undefined where an insertion could not start a step. */
export function insertMissingStep(doc: DesignDoc, id: StepId): TextEdit | undefined {
  const line = insertionLine(doc, id);
  return canInsertAt(doc, line) ? insertLines(doc, line, spaced(doc, line, skeleton(doc, id))) : undefined;
}

/** Inserts every missing step, each at its place; steps sharing a place keep the framework's order. */
export function insertAllMissingSteps(doc: DesignDoc): TextEdit[] {
  const byPlace = new Map<number, string[]>();
  for (const id of stepIds.filter((step) => doc.steps[step].state === 'missing')) {
    const line = insertionLine(doc, id);
    if (!canInsertAt(doc, line)) continue;
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
  // Prompts already inserted wait for answers: offering them again would only repeat them.
  if (hasPrompts(doc, id)) return undefined;
  // Under a bold label or a list item the lines after it are not its section: only a heading (or key) takes prompts.
  const kind = doc.sections[doc.steps[id].sections[0]]?.kind;
  if (kind !== 'heading' && kind !== 'yaml-key' && kind !== 'step-line') return undefined;
  if (doc.format === 'yaml' && !/:\s*(?:#.*)?$/.test(doc.lines[line])) return undefined;
  return doc.format === 'yaml'
    ? insertLines(doc, line + 1, promptLines(doc, id, `${' '.repeat(heading.start.character)}  `))
    : insertLines(doc, line + 1, ['', ...promptLines(doc, id)]);
}

/** Whether the step's body already holds its prompts (their first line, as inserted). */
function hasPrompts(doc: DesignDoc, id: StepId): boolean {
  const body = doc.steps[id].bodyRange;
  const first = promptLines(doc, id)[0]?.trim();
  return Boolean(
    body && first && doc.lines.slice(body.start.line, body.end.line + 1).some((text) => text.trim() === first),
  );
}
