import type { Range, Section, SectionKind, StepId } from '../model/designDoc';
import { matchHeading, type HeadingMatch } from './headingMatch';
import { linesRange } from '../text/positions';
import { TextMemo, type TextMemos } from '../model/cache';

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

/** A line of content attributed to one section (or to none: section -1). */
export interface ContentChunk {
  section: number;
  line: number;
  /** Where `text` starts on the line (a YAML value after its key, a labelled heading's rest). */
  column: number;
  /** The content as written; for a diagram line, its node and edge labels. */
  text: string;
  kind: 'text' | 'code' | 'diagram';
  /** The line goes on with the paragraph of the line before: a sentence wrapped over several lines. */
  continues?: boolean;
}

/**
 * Nests entries into sections: a section runs until the next entry of the same or a higher rank
 * (lower level), or its explicit end, and never past its parent.
 */
export function buildSections(
  entries: readonly OutlineEntry[],
  lines: readonly string[],
  memos: TextMemos,
): { sections: Section[]; ends: number[] } {
  const ordered = levelsByNumbering([...entries].sort((a, b) => a.line - b.line || a.level - b.level));
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
  const matches = memos.answers(
    headingMatches,
    ordered.map((entry) => entry.title),
  );
  const sections = ordered.map((entry, i): Section => {
    const match = matches[i];
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
  titleNamesNoStep(sections);
  repeatedLabelsNameNoStep(sections);
  resolveSharedNames(
    sections,
    matches.map((match) => match.sharedName),
  );
  dropContainerSteps(sections);
  // List items and bold labels followed by their text ("**Metrics:** CTR") are notes; a bold line on its own
  // stands in for a heading.
  inheritParentStep(
    sections,
    ordered.map(
      (entry) => entry.kind === 'list-item' || (entry.kind === 'bold-line' && entry.explicitEnd !== undefined),
    ),
  );
  continueSequences(
    sections,
    matches.map((match) => match.touchesStep),
  );
  return { sections, ends };
}

/** "2.", "2.1", "Section 3:": the numbering a heading opens with, as numbers. */
const headingNumbering = /^\s*(?:(?:step|part|section|§)\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:\.|(?=[\s):\-–—]))/i;

/**
 * Numbering says where a heading belongs when its level does not: "### 2. Technical task" right after
 * "## 1. Business task" and its "### 1.x" parts is the second chapter, not a part of the first. A heading takes the
 * level of the heading its number follows on from ("1." → "2."); numbering that starts again inside a section
 * ("## 4. Model", "### 1. Baseline") is that section's own list.
 */
function levelsByNumbering(entries: OutlineEntry[]): OutlineEntry[] {
  const last = new Map<number, { number: number; level: number }>();
  return entries.map((entry) => {
    const numbering = entry.kind === 'heading' ? headingNumbering.exec(entry.title)?.[1] : undefined;
    if (!numbering) return entry;
    const parts = numbering.split('.').map(Number);
    const depth = parts.length;
    const number = parts[depth - 1];
    const before = last.get(depth);
    const level = before && before.level < entry.level && number === before.number + 1 ? before.level : entry.level;
    last.set(depth, { number, level });
    for (const deeper of [...last.keys()]) if (deeper > depth) last.delete(deeper);
    return level === entry.level ? entry : { ...entry, level };
  });
}

/**
 * A heading whose sub-sections are two or more other steps by name is a container ("ML System Design:
 * Video Recommendation", "High-level design"), not a step of its own: its children speak for it. Sub-headings that
 * only share a word with another step ("Data quality" under "Monitoring") do not make a container.
 */
function dropContainerSteps(sections: Section[]): void {
  const namedBelow = sections.map(() => new Set<StepId>());
  for (let i = sections.length - 1; i >= 0; i--) {
    const parent = sections[i].parent;
    if (parent < 0 || !structuralKinds.has(sections[i].kind)) continue;
    for (const step of [...sections[i].primarySteps, ...namedBelow[i]]) namedBelow[parent].add(step);
  }
  sections.forEach((section, i) => {
    const others = [...namedBelow[i]].filter((step) => !section.headingSteps.includes(step));
    if (section.headingSteps.length && others.length >= containerOtherSteps) {
      section.headingSteps = [];
      section.primarySteps = [];
    }
  });
}

/** A label used this often is the author's own template for parts of something ("**Goal**:" under every stage). */
const templateLabelRepeats = 3;

/**
 * "**Goal**: identify complementary items" under each of five algorithm stages is the goal of that stage, not the
 * business objective: a label the doc repeats across its sections frames those sections' parts, not a step.
 */
function repeatedLabelsNameNoStep(sections: Section[]): void {
  const count = new Map<string, number>();
  const labels = sections.filter((section) => !structuralKinds.has(section.kind));
  for (const label of labels) count.set(label.title.toLowerCase(), (count.get(label.title.toLowerCase()) ?? 0) + 1);
  for (const label of labels) {
    if ((count.get(label.title.toLowerCase()) ?? 0) < templateLabelRepeats) continue;
    label.headingSteps = [];
    label.primarySteps = [];
  }
}

/**
 * A phrase that means two steps ("Постановка задачи": the problem, and its ML framing) stands for the one the doc
 * gives no heading of its own: with "1. Requirements" above it, "2.1 Постановка задачи" is the framing.
 */
function resolveSharedNames(sections: Section[], sharedName: readonly boolean[]): void {
  const namedAlone = new Map<StepId, number[]>();
  sections.forEach((section, i) => {
    if (structuralKinds.has(section.kind) && !sharedName[i])
      for (const step of section.headingSteps) namedAlone.set(step, [...(namedAlone.get(step) ?? []), i]);
  });
  // Its own sub-headings ("1. Problem definition" over "1.1 Business problem") say what the phrase means here;
  // they never send it to the other step.
  const within = (index: number, ancestor: number): boolean => {
    for (let at = sections[index].parent; at >= 0; at = sections[at].parent) if (at === ancestor) return true;
    return false;
  };
  sections.forEach((section, i) => {
    if (!sharedName[i]) return;
    const rest = section.headingSteps.filter(
      (step) => !(namedAlone.get(step) ?? []).some((named) => !within(named, i)),
    );
    if (rest.length === 0 || rest.length === section.headingSteps.length) return;
    section.headingSteps = rest;
    section.primarySteps = section.primarySteps.filter((step) => rest.includes(step));
  });
}

/**
 * The doc's title ("Large-Scale Collaborative Filtering Recommender", "... with Deep Probabilistic Models", "Ranking
 * Algorithm") names a step only outright: a passing word in it says nothing about the text below, whether that text
 * has headings of its own or none.
 */
function titleNamesNoStep(sections: Section[]): void {
  const title = sections.find((section) => section.kind === 'heading');
  if (!title || title.level !== 1) return;
  title.headingSteps = title.headingSteps.filter((step) => title.primarySteps.includes(step));
}

/**
 * A sub-heading belongs to its parent's step unless it names a step outright: "Architecture" under "Model
 * development" is the model's architecture, "Training data" under it the model's training set, "Online experiments"
 * under "Evaluation" the evaluation's. Sections come parents first, so each sees its ancestors' final steps.
 */
function inheritParentStep(sections: Section[], notes: readonly boolean[]): void {
  for (const section of sections) {
    // A label or list item inside a step's section is a note of that step whatever word it starts with.
    const pseudo = notes[section.index];
    if (section.headingSteps.length === 0 || (section.primarySteps.length > 0 && !pseudo)) continue;
    let ancestor = section.parent;
    while (ancestor >= 0 && sections[ancestor].headingSteps.length === 0) ancestor = sections[ancestor].parent;
    // Under a merged heading ("Problem formulation": requirements and framing) a label naming one of its steps
    // picks that step.
    if (
      ancestor >= 0 &&
      !(
        pseudo &&
        section.primarySteps.length > 0 &&
        section.primarySteps.every((step) => sections[ancestor].headingSteps.includes(step))
      )
    ) {
      section.headingSteps = [];
      section.primarySteps = [];
    }
  }
}

/** A heading that only numbers a part of something ("Phase 2: Hybrid system", "Option B", "Этап 3"). */
const sequenceHeading =
  /^[^\p{L}\p{N}]*(?:phase|stage|option|approach|alternative|iteration|version|step|этап|фаза|вариант|подход)\s*(?:\d+|[a-z]|[ivx]+)\b/iu;

/**
 * "## Phase 2: Hybrid system" after "## 4. Modeling" and "## Phase 1: Baseline" goes on with the step of the
 * headings before it: a numbered part that has no word of any step is the next part of the same answer. Parts that
 * name different steps ("Stage 1: data", "Stage 2: models", "Stage 4: feedback") are a plan across the steps, and
 * a part of such a plan that names none stays unnamed.
 */
function continueSequences(sections: Section[], touchesStep: readonly boolean[]): void {
  const isPart = (section: Section): boolean => section.kind === 'heading' && sequenceHeading.test(section.title);
  sections.forEach((section, i) => {
    if (touchesStep[i] || !isPart(section)) return;
    const siblings = sections.filter(
      (other) => other.parent === section.parent && other.level === section.level && other.kind === 'heading',
    );
    const partSteps = new Set(siblings.filter(isPart).flatMap((part) => part.headingSteps));
    const before = siblings.filter((other) => other.index < i).pop();
    if (partSteps.size <= 1 && before?.headingSteps.length) section.headingSteps = [...before.headingSteps];
  });
}

const questionHeading = /[?？]\s*(?:\[[^\]]*\]\s*)?$|^\s*(?:q|question)\s*(?:\d+\s*)?[:.)]/i;

/**
 * A question heading ("Q5: How would you detect degradation in production?") names a step only outright: its
 * passing words ("production") say nothing about which step the answer belongs to.
 */
/** What each title names, remembered with the doc from one version to the next, however many headings it has. */
const headingMatches = TextMemo.each(headingMatchOf);

function headingMatchOf(title: string): Pick<HeadingMatch, 'steps' | 'primarySteps' | 'sharedName' | 'touchesStep'> {
  const match = matchHeading(title);
  return questionHeading.test(title)
    ? { steps: match.primarySteps, primarySteps: match.primarySteps, sharedName: false, touchesStep: false }
    : match;
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
