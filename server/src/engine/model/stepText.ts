import { lineOwners } from '../parse/outline';
import { Derived, DerivedByKey } from './cache';
import type { DesignDoc, StepId } from './designDoc';

/** The text attributed to one step, with the 0-based document line of each text line. */
export interface StepText {
  text: string;
  lines: number[];
}

/** The innermost section of each line (-1 outside every section), as the parser worked it out. */
const lineOwnersOf = new Derived((doc: DesignDoc): number[] => {
  const ends = doc.sections.map((section) => Math.max(section.bodyRange.end.line, section.headingRange.end.line) + 1);
  return lineOwners(doc.sections, ends, doc.lines.length);
});

/** The lines of each step's text, found in one pass over the lines. */
const stepLinesOf = new Derived((doc: DesignDoc): Map<StepId, number[]> => {
  const byStep = new Map<StepId, number[]>();
  lineOwnersOf.get(doc).forEach((owner, line) => {
    if (owner < 0) return;
    for (const id of doc.sections[owner].steps) {
      const lines = byStep.get(id);
      if (lines) lines.push(line);
      else byStep.set(id, [line]);
    }
  });
  return byStep;
});

const stepTexts = new DerivedByKey((doc: DesignDoc, id: StepId): StepText => {
  const lines = stepLinesOf.get(doc).get(id) ?? [];
  let text: string | undefined;
  return {
    get text() {
      text ??= lines.map((line) => doc.lines[line]).join('\n');
      return text;
    },
    lines,
  };
});

/** The steps the text of a line is attributed to (those of its innermost section), none outside every section. */
export function stepsOfLine(doc: DesignDoc, line: number): readonly StepId[] {
  const owner = lineOwnersOf.get(doc)[line] ?? -1;
  return owner >= 0 ? doc.sections[owner].steps : [];
}

/**
 * The document lines of the sections whose text is attributed to `id` (a heading naming the step, an
 * inherited heading, or content evidence), each section contributing only its own lines: a sub-section
 * speaks for itself. A step with no such section has no text. Computed once per doc and step; many rules ask.
 */
export function stepText(doc: DesignDoc, id: StepId): StepText {
  return stepTexts.get(doc, id);
}
