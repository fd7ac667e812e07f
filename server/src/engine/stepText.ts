import type { DesignDoc, StepId } from './model';
import { lineOwners } from './parse/outline';

/** The text attributed to one step, with the 0-based document line of each text line. */
export interface StepText {
  text: string;
  lines: number[];
}

/**
 * The document lines of the sections whose text is attributed to `id` (a heading naming the step, an
 * inherited heading, or content evidence), each section contributing only its own lines: a sub-section
 * speaks for itself. A step with no such section has no text. Computed once per doc and step; many rules ask.
 */
export function stepText(doc: DesignDoc, id: StepId): StepText {
  let perStep = cache.get(doc);
  if (!perStep) {
    perStep = new Map();
    cache.set(doc, perStep);
  }
  let text = perStep.get(id);
  if (!text) {
    const owners = ownersOf(doc);
    const lines: number[] = [];
    owners.forEach((owner, line) => {
      if (owner >= 0 && doc.sections[owner].steps.includes(id)) lines.push(line);
    });
    text = { text: lines.map((line) => doc.lines[line]).join('\n'), lines };
    perStep.set(id, text);
  }
  return text;
}

const cache = new WeakMap<DesignDoc, Map<StepId, StepText>>();
const ownerCache = new WeakMap<DesignDoc, number[]>();

/** The innermost section of each line (-1 outside every section), as the parser worked it out. */
function ownersOf(doc: DesignDoc): number[] {
  let owners = ownerCache.get(doc);
  if (!owners) {
    const ends = doc.sections.map((section) => Math.max(section.bodyRange.end.line, section.headingRange.end.line) + 1);
    owners = lineOwners(doc.sections, ends, doc.lines.length);
    ownerCache.set(doc, owners);
  }
  return owners;
}
