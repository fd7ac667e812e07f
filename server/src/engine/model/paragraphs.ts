/**
 * Phrases looked for in a doc's readable text, paragraph by paragraph. A phrase never spans a blank line, so what one
 * paragraph holds is remembered with the doc (TextMemo) and a new version of the doc looks again only at the
 * paragraphs its edit changed.
 */
import { categoriesNamedIn, mlCategoryIds, type MlCategoryId } from '../../knowledge';
import { DerivedByKey, TextMemo } from './cache';
import type { DesignDoc } from './designDoc';
import { allLines, type ReadableLine } from './readableLines';

/** Runs of consecutive non-blank lines, each joined by line breaks. */
export function paragraphs(lines: readonly ReadableLine[]): string[] {
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
  return texts;
}

/** The paragraphs of every readable line of the doc (see allLines), built once per doc. */
export function allParagraphs(doc: DesignDoc, options: { keepUnstated?: boolean } = {}): readonly string[] {
  return everyParagraph.get(doc, options.keepUnstated ?? false);
}

const everyParagraph = new DerivedByKey((doc: DesignDoc, keepUnstated: boolean) =>
  paragraphs(allLines(doc, { keepUnstated })),
);

const namedCategories = TextMemo.each(categoriesNamedIn);

/** The ML categories the texts name, in the order of the category table. */
export function categoriesIn(doc: DesignDoc, texts: readonly string[]): MlCategoryId[] {
  const named = new Set(namedCategories.getAll(doc, texts).flat());
  return mlCategoryIds.filter((id) => named.has(id));
}

/** One memo per pattern; patterns are the knowledge's and the rules' constants, dropped with them. */
const patternMemos = new WeakMap<RegExp, TextMemo<boolean>>();

/** Whether the pattern matches in one of the texts. */
export function matchesIn(doc: DesignDoc, texts: readonly string[], pattern: RegExp): boolean {
  let memo = patternMemos.get(pattern);
  if (!memo) {
    memo = TextMemo.each((text) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    });
    patternMemos.set(pattern, memo);
  }
  return memo.getAll(doc, texts).includes(true);
}
