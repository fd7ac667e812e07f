import type { DesignDoc, StepId } from './model';

/** The text attributed to one step, with the 0-based document line of each text line. */
export interface StepText {
  text: string;
  lines: number[];
}

/**
 * The document lines of the sections whose text is attributed to `id` (a heading naming the step, an
 * inherited heading, or content evidence), each section contributing only its own lines: a sub-section
 * speaks for itself. A step with no such section has no text. One pass over the sections; cheap enough
 * to call from every rule.
 */
export function stepText(doc: DesignDoc, id: StepId): StepText {
  const owners = new Array<number>(doc.lines.length).fill(-1);
  // Sections come in document order and a child starts after its parent, so later writes are the innermost owner.
  for (const section of doc.sections) {
    const last = Math.min(Math.max(section.bodyRange.end.line, section.headingRange.end.line), doc.lines.length - 1);
    for (let line = section.headingRange.start.line; line <= last; line++) owners[line] = section.index;
  }
  const lines: number[] = [];
  owners.forEach((owner, line) => {
    if (owner >= 0 && doc.sections[owner].steps.includes(id)) lines.push(line);
  });
  return { text: lines.map((line) => doc.lines[line]).join('\n'), lines };
}

/** Whether any line of the step's text matches `pattern`. */
export function stepMentions(doc: DesignDoc, ids: readonly StepId[], pattern: RegExp): boolean {
  return ids.some((id) => pattern.test(stepText(doc, id).text));
}
