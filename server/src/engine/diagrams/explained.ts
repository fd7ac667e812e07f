/**
 * Whether the doc's text explains a diagram component. A label is read up to its first comma, colon or parenthesis
 * ("Re-ranking: blocks, opt-outs" names a re-ranker), without numbers ("Top 40 videos") or generic words ("service",
 * "user"). Words are compared by a short stem (suffixes off, then the first six letters), so "calibration" meets
 * "calibrated" and "ranker" meets "ranking". The component is explained when the prose uses its words: all of a one-
 * or two-word name, all but one of a longer one. Deliberately loose: only a component the text says nothing about
 * is left.
 */
import { genericComponentWords } from '../../knowledge';

const stemLength = 6;

/** A short stem: plural and -ing/-ed/-er/-e endings off, then at most six letters. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'er', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.slice(0, stemLength);
}

const generic = new Set(genericComponentWords.map(stem));

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The specific stems of a label's name part, in order; empty when every word is generic or a number. */
export function specificStems(label: string): string[] {
  const name = label.split(/[,:;(]|\s[-–—]\s/)[0];
  return [
    ...new Set(
      words(name)
        .filter((w) => !/\d/.test(w))
        .map(stem)
        .filter((s) => !generic.has(s)),
    ),
  ];
}

/** The stems a text uses. */
export function stemsOf(text: string): ReadonlySet<string> {
  return new Set(words(text).map(stem));
}

/** The stems the doc's prose uses, given those of each paragraph; a stem is looked up when first asked. */
export class ProseIndex {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly paragraphs: readonly ReadonlySet<string>[]) {}

  /** Whether the prose uses enough of the stems: all of one or two, all but one of more. */
  mentions(stems: readonly string[]): boolean {
    const used = stems.filter((s) => this.uses(s)).length;
    return used >= (stems.length <= 2 ? stems.length : stems.length - 1);
  }

  private uses(stem: string): boolean {
    let used = this.answers.get(stem);
    if (used === undefined) {
      used = this.paragraphs.some((paragraph) => paragraph.has(stem));
      this.answers.set(stem, used);
    }
    return used;
  }
}
