/**
 * The outline of a design doc as the editor features see it: which sections open a step, the full range of a
 * section, a heading as the author wrote it. Pure functions over the DesignDoc model, shared by symbols, folding,
 * selection ranges, code lens, hover and completion.
 */
import {
  type DesignDoc,
  type Position,
  type Range,
  type Section,
  type StepId,
  lineRange,
  replaceHtmlComments,
} from '../engine';
import { stepById } from '../knowledge';

/**
 * How many entries besides the steps the outline and the folding ranges of a document checked for its structure only
 * hold at most: VS Code folds at most 5,000 regions, and a longer outline of a generated document costs the server
 * more to send than any reader gains from it.
 */
export const maxStructureOnlyEntries = 5000;

/**
 * Sections that open a step: they name a step and no enclosing section does. Unlike the rules' top-level step
 * sections this includes pseudo-headings, so an outline-style doc ("* Evaluation" with nested bullets) has steps too.
 */
export function stepSections(doc: DesignDoc): Section[] {
  return doc.sections.filter((section) => section.headingSteps.length > 0 && !hasStepAncestor(doc, section));
}

function hasStepAncestor(doc: DesignDoc, section: Section): boolean {
  for (let parent = section.parent; parent >= 0; parent = doc.sections[parent].parent) {
    if (doc.sections[parent].headingSteps.length > 0) return true;
  }
  return false;
}

/**
 * Each step section's stretch of the doc, from its heading to the line before the next section that is not nested in
 * it (in a YAML doc, the next top-level key, metadata included), or the doc's end: the blank lines below a step's
 * text are still the step, where its author goes on typing.
 */
export function stepSpans(doc: DesignDoc): { steps: StepId[]; range: Range }[] {
  const topLevelKeys = doc.format === 'yaml' ? Object.values(doc.frontMatter?.keyRanges ?? {}) : [];
  return stepSections(doc).map((section) => {
    const start = section.headingRange.start.line;
    const ends = [
      ...doc.sections.filter((other) => !isWithin(doc, other, section)).map((other) => other.headingRange.start.line),
      ...topLevelKeys.map((range) => range.start.line),
    ];
    const last = ends.reduce((end, line) => (line > start && line < end ? line : end), doc.lines.length) - 1;
    return {
      steps: [...section.headingSteps],
      range: { start: { line: start, character: 0 }, end: { line: last, character: doc.lines[last].length } },
    };
  });
}

function isWithin(doc: DesignDoc, section: Section, ancestor: Section): boolean {
  for (let parent = section.parent; parent >= 0; parent = doc.sections[parent].parent)
    if (parent === ancestor.index) return true;
  return false;
}

/**
 * From the start of the heading line to the end of the section's last non-blank line. Starts at character 0 so
 * that it holds every line range inside it (a YAML key is indented); a one-line section ends at its line's end.
 */
export function sectionRange(doc: DesignDoc, section: Section): Range {
  const line = section.headingRange.start.line;
  const end = section.bodyRange.end.line > line ? section.bodyRange.end : lineRange(doc.lines, line).end;
  return { start: { line, character: 0 }, end };
}

export function documentRange(doc: DesignDoc): Range {
  const last = doc.lines.length - 1;
  return { start: { line: 0, character: 0 }, end: { line: last, character: doc.lines[last].length } };
}

export function contains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd =
    position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/**
 * The heading as the author wrote it, numbering included ("1. Clarifying requirements", "requirements"), without
 * Markdown markup. Labels ("**Metrics:** ...", "* Offline: ...") give their label only.
 */
export function headingAsWritten(doc: DesignDoc, section: Section): string {
  const { start, end } = section.headingRange;
  const line = doc.lines[start.line] ?? '';
  if (section.kind === 'yaml-key')
    return line.slice(start.character, end.line === start.line ? end.character : undefined).trim();
  if (section.kind === 'heading') {
    const text = replaceHtmlComments(line, () => '')
      .replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '')
      .replace(/(?<!\s)\s+#+\s*$/, '')
      .replace(/\*\*|__|`/g, '')
      .trim();
    return text || section.title;
  }
  if (section.kind === 'step-line') return line.replace(/\*\*|__|`/g, '').trim();
  return section.title;
}

/** "covered" for a heading naming one step; "Evaluation: covered · Clarifying requirements: thin" for several. */
export function stepStates(doc: DesignDoc, steps: readonly StepId[]): string {
  if (steps.length === 1) return doc.steps[steps[0]].state;
  return steps.map((id) => `${stepById(id).title}: ${doc.steps[id].state}`).join(' · ');
}

/** Sections whose range holds the line, outermost first. Sections nest, so these form one chain. */
export function sectionsAt(doc: DesignDoc, line: number): Section[] {
  return doc.sections
    .filter((section) => {
      const range = sectionRange(doc, section);
      return range.start.line <= line && line <= range.end.line;
    })
    .sort((a, b) => a.headingRange.start.line - b.headingRange.start.line || a.level - b.level);
}

/**
 * The step the author is writing in at `line`: the nearest step section above it, unless a heading of the same or
 * higher rank that names no step closed it in between. The section starting on `line` itself is ignored: it is the
 * heading being typed.
 */
export function stepSectionBefore(doc: DesignDoc, line: number): Section | undefined {
  const steps = new Set(stepSections(doc));
  let closingLevel = Infinity;
  for (let i = doc.sections.length - 1; i >= 0; i--) {
    const section = doc.sections[i];
    if (section.headingRange.start.line >= line || section.kind === 'list-item' || section.kind === 'bold-line')
      continue;
    if (steps.has(section)) return section.level < closingLevel ? section : undefined;
    if (section.headingSteps.length === 0) closingLevel = Math.min(closingLevel, section.level);
  }
  return undefined;
}
