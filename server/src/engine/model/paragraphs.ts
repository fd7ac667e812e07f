/**
 * Phrases looked for in a doc's readable text, paragraph by paragraph. A phrase never spans a blank line, so a
 * paragraph, with what was found in it, is remembered with the doc (TextMemo): a new version of the doc looks again
 * only in the paragraphs its edit changed.
 */
import { categoriesNamedIn, mlCategoryIds, type MlCategoryId } from '../../knowledge';
import { DerivedByKey, TextMemo } from './cache';
import type { DesignDoc } from './designDoc';
import { allLines, type ReadableLine } from './readableLines';

/** A paragraph of readable text, and what was looked for in it so far. */
export class Paragraph {
  /** By pattern: the knowledge's and the rules' constants. */
  private readonly matched = new Map<RegExp, boolean>();
  private named?: readonly MlCategoryId[];

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

  /** The ML categories the paragraph names. */
  categories(): readonly MlCategoryId[] {
    this.named ??= categoriesNamedIn(this.text);
    return this.named;
  }
}

const paragraphOf = TextMemo.each((text) => new Paragraph(text));

/** The paragraphs of the lines: runs of consecutive non-blank lines, each joined by line breaks. */
export function paragraphs(doc: DesignDoc, lines: readonly ReadableLine[]): Paragraph[] {
  const texts: string[] = [];
  let current: string | undefined;
  let last = -1;
  for (const { line, text } of lines) {
    if (!text.trim()) continue;
    if (current !== undefined && line === last + 1) current += `\n${text}`;
    else {
      if (current !== undefined) texts.push(current);
      current = text;
    }
    last = line;
  }
  if (current !== undefined) texts.push(current);
  return paragraphOf.getAll(doc, texts);
}

/** A text read as one paragraph (a title). */
export function paragraph(doc: DesignDoc, text: string): Paragraph {
  return paragraphOf.get(doc, text);
}

/** The paragraphs of every readable line of the doc (see allLines), built once per doc. */
export function allParagraphs(doc: DesignDoc, options: { keepUnstated?: boolean } = {}): readonly Paragraph[] {
  return everyParagraph.get(doc, options.keepUnstated ?? false);
}

const everyParagraph = new DerivedByKey((doc: DesignDoc, keepUnstated: boolean) =>
  paragraphs(doc, allLines(doc, { keepUnstated })),
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
