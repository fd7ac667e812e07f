import type { StepId } from '../steps';

/**
 * The languages design docs are written in. Chinese comes in both scripts because a term list in Simplified
 * characters misses a doc in Traditional ones (数据 / 數據).
 */
export type Language = 'en' | 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko' | 'ru';

/**
 * Terms per language, in the term syntax of the evidence matcher:
 * - a term is matched case-insensitively, on word boundaries; written in capitals with up to five letters (`ANN`,
 *   `PSI`, `MAE`) it only matches in capitals, because in lower case it is an ordinary word or a name;
 * - a space matches any run of spaces, hyphens, slashes or underscores; a hyphen also matches nothing
 *   (`cross-entropy` finds "cross entropy", "cross-entropy" and "crossentropy");
 * - `*` at the end of a word matches any ending (`monitor*` finds "monitored", "monitoring");
 *   Russian terms use it for case endings (`метрик*`);
 * - Chinese, Japanese and Korean terms are matched anywhere in a run of those scripts (they have no spaces);
 * - `{n}` is a word that is a number or `k` ("recall@{n}" finds "recall@10" and "recall@k"); `@` joins words;
 * - a leading `=` makes a term match only as written (`=mAP` is not the word "map");
 * - a leading `~` marks a common word (`~features`, `~training`) that names the concept only inside its own step
 *   or under a heading that names no step: elsewhere it is ordinary vocabulary.
 */
export type Terms = Partial<Record<Language, readonly string[]>>;

/** A narrower concept that implies its parent: cross-entropy is a loss, nDCG an offline metric. */
export interface ConceptKind {
  id: string;
  label: string;
  terms: Terms;
  /** As in TermSource. */
  patterns?: readonly RegExp[];
  ownStepPatterns?: readonly RegExp[];
}

/** Anything the evidence matcher looks for: a concept, or a cue such as a negation word. */
export interface TermSource {
  id: string;
  terms: Terms;
  kinds?: readonly ConceptKind[];
  /**
   * For what a word list cannot say (a number with a unit). Case-insensitive, never global, and linear: no nested
   * or adjacent unbounded quantifiers over the same characters.
   */
  patterns?: readonly RegExp[];
  /** Patterns too loose to mean the concept anywhere but in its own step (like `~` terms). */
  ownStepPatterns?: readonly RegExp[];
}

/**
 * What a reviewer looks for in a design doc: a loss, a baseline, an online metric, a drift check. Every consumer
 * (step coverage, content rules, hover checklists, completion ranking, case-study expectations, template prompts)
 * reads concepts from here; none keeps its own pattern for one.
 */
export interface Concept extends TermSource {
  /** Stable id, used by rules, case studies and `mlsd explain`. */
  id: string;
  /** What a reviewer calls it, lower case ("loss function"). */
  label: string;
  /** The step the concept belongs to, and the sub-topic of that step it answers. */
  step: StepId;
  subTopic: string;
  /** Terms that name the concept itself. */
  terms: Terms;
  /** Narrower concepts, each of which also counts as this one. */
  kinds?: readonly ConceptKind[];
}
