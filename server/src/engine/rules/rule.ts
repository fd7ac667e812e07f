import type { DiagramOutcomes } from '../diagrams/outcome';
import type { DesignDoc, FindingText, Severity, StepId } from '../model/designDoc';

/**
 * What a rule reports; the linter adds the rule id and the configured severity. Its `step` is needed only when it
 * differs from the rule's own (`Rule.step`).
 */
export interface RuleReport extends FindingText {
  /**
   * This finding's own severity, for rules whose findings differ in weight (metric-task-mismatch); used unless the
   * user configured a severity for the rule. Without it the rule's default applies.
   */
  severity?: Severity;
}

/** What lint() tells every rule besides the doc. */
export interface RuleContext {
  /** The ids of every rule in this run, enabled or not: what a suppression comment may name. */
  ruleIds: readonly string[];
  /** Mermaid's outcome per diagram source (empty unless the rule declares `needsDiagramOutcomes`). */
  diagrams: DiagramOutcomes;
}

/**
 * A lint rule is data: metadata used for docs, the config schema and the README table,
 * plus a pure check over the design-doc model.
 */
export interface Rule {
  /** Stable id used in config, suppression comments and diagnostics' `code`. */
  id: string;
  /** Short human title. */
  name: string;
  /** What the rule flags, in one line (README table, rule index). */
  summary: string;
  /** One paragraph: what the rule checks and why an interviewer cares. */
  description: string;
  defaultSeverity: Severity;
  /** The step its findings are about, unless a finding names its own (structure rules report on several). */
  step?: StepId;
  tags: string[];
  /** A small failing and passing example for the generated rule doc (Markdown). */
  examples?: { bad: string; good: string };
  /**
   * The rule reads Mermaid's parse outcomes, which are computed off the main thread and arrive after the text findings:
   * lint runs it only when outcomes are given.
   */
  needsDiagramOutcomes?: boolean;
  /**
   * Makes the rule opt-in: it runs only when the config gives it a severity or when `applies` says the doc asks for
   * it. `how` tells the user how to turn it on (docs).
   */
  optIn?: { how: string; applies(doc: DesignDoc): boolean };
  check(doc: DesignDoc, context: RuleContext): RuleReport[];
}
