/**
 * Phrases looked for in a doc's readable text, paragraph by paragraph. A phrase never spans a blank line, so a
 * paragraph, with what was found in it, is remembered with the doc (TextMemo): a new version of the doc looks again
 * only in the paragraphs its edit changed.
 */
import { categoriesNamedIn, mlCategoryIds, type MlCategoryId } from '../../knowledge';
import { stemsOf } from '../diagrams/explained';
import { Evolving, TextMemo } from './cache';
import type { DesignDoc } from './designDoc';
import { allLines, type ReadableLine } from './readableLines';

/** A paragraph of readable text, and what was looked for in it so far. */
export class Paragraph implements ProseText {
  /** By pattern: the knowledge's and the rules' constants. */
  private readonly matched = new Map<RegExp, boolean>();
  private named?: readonly MlCategoryId[];
  private wordStems?: ReadonlySet<string>;

  constructor(readonly text: string) {}

  matches(pattern: RegExp): boolean {
    let found = this.matched.get(pattern);
    if (found === undefined) {
      pattern.lastIndex = 0;
      found = pattern.test(this.text);
      this.matched.set(pattern, found);
    }
    return found;
  }

  /** The stems of the paragraph's words (see diagrams/explained.ts). */
  stems(): ReadonlySet<string> {
    this.wordStems ??= stemsOf(this.text);
    return this.wordStems;
  }

  /** The ML categories the paragraph names. */
  categories(): readonly MlCategoryId[] {
    this.named ??= categoriesNamedIn(this.text);
    return this.named;
  }
}

const paragraphOf = TextMemo.each((text) => new Paragraph(text));

/** Runs of consecutive non-blank lines. */
function lineRuns(lines: readonly ReadableLine[]): ReadableLine[][] {
  const runs: ReadableLine[][] = [];
  let current: ReadableLine[] = [];
  for (const line of lines) {
    if (!line.text.trim()) continue;
    if (current.length && line.line !== current[current.length - 1].line + 1) {
      runs.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) runs.push(current);
  return runs;
}

const runText = (run: readonly ReadableLine[]): string => run.map((line) => line.text).join('\n');

/** The paragraphs of the lines: runs of consecutive non-blank lines, each joined by line breaks. */
export function paragraphs(doc: DesignDoc, lines: readonly ReadableLine[]): Paragraph[] {
  return paragraphOf.getAll(doc, lineRuns(lines).map(runText));
}

/** A text read as one paragraph (a title). */
export function paragraph(doc: DesignDoc, text: string): Paragraph {
  return paragraphOf.get(doc, text);
}

/** A version's paragraphs of every readable line (see allLines), and the lines of each. */
interface Paragraphs {
  paragraphs: Paragraph[];
  runs: ReadableLine[][];
}

const everyParagraph = [false, true].map(
  (keepUnstated) =>
    new Evolving((doc: DesignDoc, earlier: Paragraphs | undefined): Paragraphs => {
      const runs = lineRuns(allLines(doc, { keepUnstated }));
      const found: Paragraph[] = [];
      let e = 0;
      for (const run of runs) {
        // A paragraph made of the earlier version's very lines (allLines keeps them) is the earlier paragraph.
        while (earlier && e < earlier.runs.length && earlier.runs[e][0].line < run[0].line) e++;
        const kept = earlier?.runs[e];
        found.push(
          kept?.length === run.length && kept.every((line, i) => line === run[i])
            ? earlier!.paragraphs[e]
            : paragraphOf.get(doc, runText(run)),
        );
      }
      return { paragraphs: found, runs };
    }),
);

/** Text looked in: a paragraph, or the paragraphs of a stretch of a section (see allProse). */
export interface ProseText {
  matches(pattern: RegExp): boolean;
  categories(): readonly MlCategoryId[];
  stems(): ReadonlySet<string>;
}

/** The ML categories the texts name, in the order of the category table. */
export function categoriesIn(found: readonly ProseText[]): MlCategoryId[] {
  const named = new Set(found.flatMap((item) => item.categories()));
  return mlCategoryIds.filter((id) => named.has(id));
}

/** Whether the pattern matches in one of the texts. */
export function matchesIn(found: readonly ProseText[], pattern: RegExp): boolean {
  return found.some((item) => item.matches(pattern));
}

/**
 * Consecutive paragraphs of one section (at most `groupSize` of them), with what was looked for in any of them: an
 * edit changes one paragraph, so a question about the whole doc asks again only the group holding it, and takes
 * every other group's answer from the doc's earlier version.
 */
class ParagraphGroup implements ProseText {
  private readonly matched = new Map<RegExp, boolean>();
  private named?: readonly MlCategoryId[];
  private wordStems?: ReadonlySet<string>;

  constructor(readonly paragraphs: readonly Paragraph[]) {}

  matches(pattern: RegExp): boolean {
    let found = this.matched.get(pattern);
    if (found === undefined) {
      found = matchesIn(this.paragraphs, pattern);
      this.matched.set(pattern, found);
    }
    return found;
  }

  categories(): readonly MlCategoryId[] {
    this.named ??= [...new Set(this.paragraphs.flatMap((item) => item.categories()))];
    return this.named;
  }

  stems(): ReadonlySet<string> {
    if (!this.wordStems) {
      const stems = new Set<string>();
      for (const item of this.paragraphs) for (const stem of item.stems()) stems.add(stem);
      this.wordStems = stems;
    }
    return this.wordStems;
  }
}

/** A group holds at most this many paragraphs: a long section without sub-headings is still asked in parts. */
const groupSize = 16;

/**
 * Every readable paragraph of the doc (see allLines) in groups by section: for questions about the whole doc
 * (does any paragraph match, which categories are named, which word stems are used), answered group by group and
 * remembered for the groups an edit left as they were.
 */
export function allProse(doc: DesignDoc, options: { keepUnstated?: boolean } = {}): readonly ProseText[] {
  return everyGroup[Number(options.keepUnstated ?? false)].get(doc);
}

const everyGroup = [false, true].map(
  (keepUnstated) =>
    new Evolving((doc: DesignDoc, earlier: readonly ParagraphGroup[] | undefined): ParagraphGroup[] => {
      const { paragraphs: found, runs } = everyParagraph[Number(keepUnstated)].get(doc);
      const headings = new Set(doc.sections.map((section) => section.headingRange.start.line));
      // The earlier groups by their first paragraph: a group of the very same paragraphs is the earlier group.
      const byFirst = new Map<Paragraph, ParagraphGroup[]>();
      for (const group of earlier ?? []) {
        const list = byFirst.get(group.paragraphs[0]);
        if (list) list.push(group);
        else byFirst.set(group.paragraphs[0], [group]);
      }
      const groups: ParagraphGroup[] = [];
      const close = (members: Paragraph[]): void => {
        if (members.length === 0) return;
        const kept = byFirst
          .get(members[0])
          ?.find(
            (group) => group.paragraphs.length === members.length && group.paragraphs.every((p, i) => p === members[i]),
          );
        groups.push(kept ?? new ParagraphGroup(members));
      };
      let members: Paragraph[] = [];
      found.forEach((item, p) => {
        if (members.length === groupSize || (members.length > 0 && headings.has(runs[p][0].line))) {
          close(members);
          members = [];
        }
        members.push(item);
      });
      close(members);
      return groups;
    }),
);
