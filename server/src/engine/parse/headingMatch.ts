import { longestMatches, steps } from '../../knowledge';
import { memoByText } from '../model/cache';
import type { StepId } from '../model/designDoc';

export interface HeadingMatch {
  steps: StepId[];
  primarySteps: StepId[];
}

/**
 * Lower-cases a heading and strips what carries no meaning for step detection: numbering
 * ("1.", "2.3)", "Step 4:", "IV."), emoji, markup and punctuation.
 */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_`~[\]]/g, ' ')
    .replace(/^\s*(?:(?:step|part|section|stage|phase|§)\s*)?(?:\d+(?:\.\d+)*|[ivx]+)\s*[.):\-–—]?\s+/u, ' ')
    .replace(/^\s*(?:step|part|section|stage|phase)\s*(?:(?:\d+|[ivx]+)\s*)?[:.\-–—]\s*/u, ' ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/[-–—]/g, ' ')
    .replace(/[^\p{L}\p{N}&/?@\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which steps a heading names. A merged heading ("Model development and offline evaluation") names
 * several; overlapping phrases resolve to the longest, so "model deployment" is serving only.
 */
export function matchHeading(title: string): HeadingMatch {
  return matchHeadingMemo(title);
}

/** The same headings and labels come back on every re-parse while the user types. */
const matchHeadingMemo = memoByText(5000, computeMatch);

/** Every heading alias of every step, as the longest-match algorithm takes them. */
const headingAliases = steps.flatMap((step) =>
  step.headingAliases.map((alias) => ({ item: { step: step.id, primary: alias.primary }, pattern: alias.pattern })),
);

function computeMatch(title: string): HeadingMatch {
  const text = normalizeHeading(title);
  const found: StepId[] = [];
  const primary: StepId[] = [];
  for (const { item, length } of longestMatches(text, headingAliases)) {
    if (!found.includes(item.step)) found.push(item.step);
    // A primary phrase only makes the heading primary when the heading is about little else.
    if (
      item.primary &&
      !primary.includes(item.step) &&
      length >=
        text
          .replace(/\b(?:and|&|the|of|an?)\b/g, '')
          .replace(/\s+/g, ' ')
          .trim().length /
          2
    ) {
      primary.push(item.step);
    }
  }
  return { steps: found, primarySteps: primary };
}
