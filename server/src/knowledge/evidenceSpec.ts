import type { StepId } from './steps';

/** What a verdict looks for in a doc's evidence: a concept, or one kind of it, optionally only in some steps' text. */
export interface EvidenceSpec {
  concept: string;
  kind?: string;
  /** Kinds of the concept that do not count (a rollback is a kind of retraining, but says nothing of its cadence). */
  withoutKinds?: readonly string[];
  /** Counts only in sections attributed to one of these steps (a schema check in monitoring watches serving). */
  inSteps?: readonly StepId[];
}
