import { longestMatches, PatternGroups, steps } from '../../knowledge';
import { memoByText } from '../model/cache';
import type { StepId } from '../model/designDoc';

export interface HeadingMatch {
  steps: StepId[];
  primarySteps: StepId[];
  /** Primary steps whose name opens the text ("Model: ...", not "GNN model: ..."). */
  openingSteps: StepId[];
  /** Steps whose phrase is the text's subject ("Scope: ...", not "Narrow scope: ..."). */
  mainSteps: StepId[];
  /** The steps are all named by one phrase that means each of them ("Постановка задачи", "Problem formulation"). */
  sharedName: boolean;
  /** Some phrase of a step is in the text, even a bare noun that names no step here ("Этап 2 — подготовка моделей"). */
  touchesStep: boolean;
}

/**
 * Lower-cases a heading and strips what carries no meaning for step detection: numbering
 * ("1.", "2.3)", "Step 4:", "IV."), emoji, markup and punctuation.
 */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_`~[\]]/g, ' ')
    .replace(/^\s*(?:(?:step|part|section|stage|phase|§)\s*)?(?:\d+(?:\.\d+)*|[ivx]+)(?:\s*[.):\-–—])?\s+/u, ' ')
    .replace(/^\s*(?:step|part|section|stage|phase)(?:\s*(?:\d+|[ivx]+))?\s*[:.\-–—]\s*/u, ' ')
    .replace(/^\s*(?:этап|шаг|фаза|часть)\s*\d+\s*[:.)\-–—]?\s*/u, ' ')
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
  step.headingAliases.map((alias) => ({
    item: { step: step.id, primary: alias.primary, weak: alias.weak ?? false },
    pattern: alias.pattern,
  })),
);

const headingAliasGroups = new PatternGroups(headingAliases.map((alias) => alias.pattern));

function computeMatch(title: string): HeadingMatch {
  const text = normalizeHeading(title);
  // The very same phrase under two steps ("Постановка задачи": the problem and its ML framing) names both.
  const taken = longestMatches(text, headingAliases, (a, b) => a.step !== b.step, headingAliasGroups);
  // A phrase is the heading's main subject when the heading is about little else, or when the heading opens with it
  // ("Evaluation of the model's results", "Оценка результатов модели").
  const content = text
    .replace(/\b(?:and|&|the|of|an?)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
  const main = ({ item, index, length }: (typeof taken)[number]): boolean =>
    length >= content / 2 || (index === 0 && !item.weak);
  // "Model evaluation", "Data drift", "... with deep probabilistic models": a bare noun names its step only when
  // it is the heading's subject and no other step is named.
  const strong = taken.filter((t) => !t.item.weak);
  const kept = strong.length ? strong : taken.filter(main);
  const found: StepId[] = [];
  const primary: StepId[] = [];
  const opening: StepId[] = [];
  const mainSteps: StepId[] = [];
  for (const t of kept) {
    if (!found.includes(t.item.step)) found.push(t.item.step);
    if (main(t) && !mainSteps.includes(t.item.step)) mainSteps.push(t.item.step);
    if (t.item.primary && !primary.includes(t.item.step) && main(t)) primary.push(t.item.step);
    if (t.item.primary && t.index === 0 && !opening.includes(t.item.step)) opening.push(t.item.step);
  }
  const sharedName = found.length > 1 && kept.every((t) => t.index === kept[0].index && t.length === kept[0].length);
  return {
    steps: found,
    primarySteps: primary,
    openingSteps: opening,
    mainSteps,
    sharedName,
    touchesStep: taken.length > 0,
  };
}
