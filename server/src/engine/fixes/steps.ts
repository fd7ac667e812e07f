/**
 * Quick fixes that insert missing steps and the prompts of an empty one. Skeletons carry the knowledge base's
 * prompts as comments and a TODO per sub-topic, so a freshly inserted step still reads as empty until it is written.
 */
import { stepIds } from '../../knowledge';
import type { DesignDoc, StepId, TextEdit } from '../model/designDoc';
import { topLevelStepSections } from '../model/structure';
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
  return doc.lines.length;
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
  if (doc.format === 'yaml' && !/:\s*(?:#.*)?$/.test(doc.lines[line])) return undefined;
  const prompts =
    doc.format === 'yaml'
      ? promptLines(doc, id, `${' '.repeat(heading.start.character)}  `)
      : ['', ...promptLines(doc, id)];
  // Prompts already inserted (and not yet answered) are not offered again: fixing twice changes nothing.
  const below = doc.lines.slice(line + 1, line + 1 + prompts.length).map((text) => text.trim());
  if (prompts.every((prompt) => below.includes(prompt.trim()))) return undefined;
  return insertLines(doc, line + 1, prompts);
}
