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
export class Paragraph {
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

/** The paragraphs of every readable line of the doc (see allLines), built once per doc. */
export function allParagraphs(doc: DesignDoc, options: { keepUnstated?: boolean } = {}): readonly Paragraph[] {
  return everyParagraph[Number(options.keepUnstated ?? false)].get(doc).paragraphs;
}

/** A version's paragraphs, and the lines of each. */
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

/** The ML categories the paragraphs name, in the order of the category table. */
export function categoriesIn(found: readonly Paragraph[]): MlCategoryId[] {
  const named = new Set(found.flatMap((item) => item.categories()));
  return mlCategoryIds.filter((id) => named.has(id));
}

/** Whether the pattern matches in one of the paragraphs. */
export function matchesIn(found: readonly Paragraph[], pattern: RegExp): boolean {
  return found.some((item) => item.matches(pattern));
}
