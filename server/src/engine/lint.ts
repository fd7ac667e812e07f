import type { SeverityOrOff } from '../../../common/rules';
import type { DiagramOutcomes } from './diagrams/outcome';
import { applyTextEdits } from './fixes/edits';
import type { DesignDoc, Finding, Fix, Severity } from './model/designDoc';
import { suppressionCheck } from './model/suppressions';
import { parseDesignDoc } from './parse';
import type { Rule, RuleContext, RuleReport } from './rules/rule';

/** What the resolved config of a document sets for its lint (a plan's `config`: see config/documentPlan.ts). */
export interface LintConfig {
  /** Per-rule severity overrides; 'off' disables the rule, any other value also turns on an opt-in rule. */
  severities?: Readonly<Record<string, SeverityOrOff>>;
}

export interface LintOptions {
  /** The rules to run, in the order their findings tie-break; the rules mlsd ships are `defaultRules`. */
  rules: readonly Rule[];
  /** The resolved config; without it every rule keeps its default severity. */
  config?: LintConfig;
  /** Mermaid's outcome per diagram source; without it the rules that read one (mermaid-syntax, …) do not run. */
  diagrams?: DiagramOutcomes;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** What a structure-only check of a very large document runs: rules about its shape, not about what it says. */
const structuralTags = new Set(['structure', 'format', 'suppression']);

/**
 * What a YAML design doc that does not parse is checked for: its syntax. The parser loses what follows the error (an
 * unclosed quote swallows the rest of the file), so a step or a metric "missing" there would be a knock-on of it.
 */
const syntaxTags = new Set(['format', 'suppression']);

function skipped(rule: Rule, doc: DesignDoc): boolean {
  if (doc.structureOnly && !rule.tags.some((tag) => structuralTags.has(tag))) return true;
  return doc.format === 'yaml' && doc.syntaxProblems.length > 0 && !rule.tags.some((tag) => syntaxTags.has(tag));
}

/** A rule that throws on some input reports that as its finding; the other rules still run. */
function checkSafely(rule: Rule, doc: DesignDoc, context: RuleContext): RuleReport[] {
  try {
    return rule.check(doc, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        message: `mlsd could not check ${rule.id} on this document (${reason}); the other rules still ran. Please report this with the document.`,
        range: doc.title?.range ?? {
          start: { line: 0, character: 0 },
          end: { line: 0, character: doc.lines[0]?.length ?? 0 },
        },
        severity: 'warning',
      },
    ];
  }
}

/** Fixes of documents up to this size are checked before they are offered; larger ones are offered as they are. */
const checkedFixLimit = 100_000;

/**
 * A fix is offered only if it works: the rule, run on the document with the fix applied, no longer reports the
 * finding (prompts for an empty step are the exception: they are questions, and the step stays empty until they are
 * answered). Checked when the fix is first read (a code action, the CLI), not on every lint.
 */
function offerFixIfItWorks(finding: Finding, rule: Rule, doc: DesignDoc, fix: Fix, context: RuleContext): void {
  let checked: Fix | undefined | null = null;
  Object.defineProperty(finding, 'fix', {
    enumerable: true,
    configurable: true,
    get(): Fix | undefined {
      if (checked === null) {
        if (doc.text.length > checkedFixLimit || promptFixes.has(rule.id)) checked = fix;
        else {
          const fixed = parseDesignDoc(applyTextEdits(doc.text, fix.edits), doc.format);
          checked = checkSafely(rule, fixed, context).some((report) => report.message === finding.message)
            ? undefined
            : fix;
        }
      }
      return checked;
    },
  });
}

/** Rules whose fix inserts prompts to answer rather than an answer. */
export const promptFixes: ReadonlySet<string> = new Set(['empty-step']);

/**
 * Runs every enabled rule of the set over the model (those reading Mermaid's outcomes only when `options.diagrams` is
 * given), drops the findings that inline suppression comments turn off, and returns the rest sorted by position.
 */
export function lint(doc: DesignDoc, options: LintOptions): Finding[] {
  const rules = options.diagrams ? options.rules : options.rules.filter((rule) => !rule.needsDiagramOutcomes);
  return sortFindings(run(rules, doc, options));
}

/**
 * Only the rules of the set that read Mermaid's outcomes: what the language server adds to a document's text
 * findings once the diagram worker has answered, without running the other rules again.
 */
export function lintDiagrams(doc: DesignDoc, diagrams: DiagramOutcomes, options: LintOptions): Finding[] {
  const rules = options.rules.filter((rule) => rule.needsDiagramOutcomes);
  return sortFindings(run(rules, doc, { ...options, diagrams }));
}

function run(rules: readonly Rule[], doc: DesignDoc, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressed = suppressionCheck(doc.suppressions);
  // Every rule of the set, those that wait for Mermaid too: a suppression comment may name any of them.
  const context: RuleContext = {
    ruleIds: options.rules.map((rule) => rule.id),
    diagrams: options.diagrams ?? new Map(),
  };
  for (const rule of rules) {
    const configured = options.config?.severities?.[rule.id];
    if (configured === 'off') continue;
    if (rule.optIn && configured === undefined && !rule.optIn.applies(doc)) continue;
    if (skipped(rule, doc)) continue;
    for (const { severity: own, fix, ...report } of checkSafely(rule, doc, context)) {
      const severity = configured ?? own ?? rule.defaultSeverity;
      if (suppressed(rule.id, report.range.start.line)) continue;
      const step = report.step ?? rule.step;
      const finding: Finding = { rule: rule.id, severity, ...report, ...(step ? { step } : {}) };
      if (fix) offerFixIfItWorks(finding, rule, doc, fix, context);
      findings.push(finding);
    }
  }
  return findings;
}

/** Findings in document order (then by severity and rule), e.g. text and diagram findings merged. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
