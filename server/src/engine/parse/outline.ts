import type { Range, Section, SectionKind, StepId } from '../model/designDoc';
import { matchHeading } from './headingMatch';
import { linesRange } from '../text/positions';

/** Sub-sections naming this many other steps make a heading a container. */
const containerOtherSteps = 2;

/** Bold labels and list items are notes inside a section; they never make their parent a container. */
const structuralKinds = new Set<SectionKind>(['heading', 'step-line', 'yaml-key']);

/** A heading or pseudo-heading found by a parser, before nesting is worked out. */
export interface OutlineEntry {
  kind: SectionKind;
  level: number;
  title: string;
  line: number;
  headingRange: Range;
  /** Exclusive end line when the construct itself bounds the section (list items, YAML values). */
  explicitEnd?: number;
}

/** Text of the document attributed to one section (or to none: section -1). */
export interface ContentChunk {
  section: number;
  line: number;
  text: string;
  code: boolean;
}

/**
 * Nests entries into sections: a section runs until the next entry of the same or a higher rank
 * (lower level), or its explicit end, and never past its parent.
 */
export function buildSections(
  entries: readonly OutlineEntry[],
  lines: readonly string[],
): { sections: Section[]; ends: number[] } {
  const ordered = [...entries].sort((a, b) => a.line - b.line || a.level - b.level);
  const ends = new Array<number>(ordered.length).fill(lines.length);
  const parents = new Array<number>(ordered.length).fill(-1);
  const stack: number[] = [];
  ordered.forEach((entry, i) => {
    while (stack.length) {
      const top = stack[stack.length - 1];
      const topEntry = ordered[top];
      const closedByConstruct = topEntry.explicitEnd !== undefined && topEntry.explicitEnd <= entry.line;
      if (!closedByConstruct && topEntry.level < entry.level) break;
      ends[top] = closedByConstruct ? (topEntry.explicitEnd as number) : entry.line;
      stack.pop();
    }
    parents[i] = stack.length ? stack[stack.length - 1] : -1;
    stack.push(i);
  });
  for (const open of stack) ends[open] = ordered[open].explicitEnd ?? lines.length;
  ordered.forEach((entry, i) => {
    if (entry.explicitEnd !== undefined) ends[i] = Math.min(ends[i], entry.explicitEnd);
    if (parents[i] >= 0) ends[i] = Math.min(ends[i], ends[parents[i]]);
  });
  const sections = ordered.map((entry, i): Section => {
    const match = matchHeading(entry.title);
    const last = Math.max(entry.line, trimTrailingBlank(lines, entry.line, ends[i] - 1));
    const bodyRange: Range =
      last > entry.line
        ? linesRange(lines, entry.line + 1, last)
        : { start: entry.headingRange.end, end: entry.headingRange.end };
    return {
      index: i,
      parent: parents[i],
      kind: entry.kind,
      level: entry.level,
      title: entry.title,
      headingRange: entry.headingRange,
      bodyRange,
      headingSteps: match.steps,
      primarySteps: match.primarySteps,
      steps: [],
    };
  });
  dropContainerSteps(sections);
  return { sections, ends };
}

/**
 * A heading whose sub-sections name two or more other steps is a container ("ML System Design:
 * Video Recommendation", "High-level design"), not a step of its own: its children speak for it.
 */
function dropContainerSteps(sections: Section[]): void {
  const namedBelow = sections.map(() => new Set<StepId>());
  for (let i = sections.length - 1; i >= 0; i--) {
    const parent = sections[i].parent;
    if (parent < 0 || !structuralKinds.has(sections[i].kind)) continue;
    for (const step of [...sections[i].headingSteps, ...namedBelow[i]]) namedBelow[parent].add(step);
  }
  sections.forEach((section, i) => {
    const others = [...namedBelow[i]].filter((step) => !section.headingSteps.includes(step));
    if (section.headingSteps.length && others.length >= containerOtherSteps) {
      section.headingSteps = [];
      section.primarySteps = [];
    }
  });
}

function trimTrailingBlank(lines: readonly string[], floor: number, last: number): number {
  let line = last;
  while (line > floor && !lines[line]?.trim()) line--;
  return line;
}

/** For each line, the innermost section whose body holds it (-1 outside every section). */
export function lineOwners(sections: readonly Section[], ends: readonly number[], lineCount: number): number[] {
  const owners = new Array<number>(lineCount).fill(-1);
  sections.forEach((section, i) => {
    for (let line = section.headingRange.start.line; line < ends[i] && line < lineCount; line++) owners[line] = i;
  });
  return owners;
}
