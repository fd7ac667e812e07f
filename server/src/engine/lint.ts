import type { DesignDoc, Finding, Severity } from './model';
import { allRules } from './rules';
import { suppressionCheck } from './suppression';

export type SeverityOrOff = Severity | 'off';

export interface LintOptions {
  /** Per-rule severity overrides; 'off' disables the rule. */
  severities?: Record<string, SeverityOrOff>;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * Runs every enabled rule over the model, drops the findings that inline suppression comments turn off, and returns
 * the rest sorted by position.
 */
export function lint(doc: DesignDoc, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const suppressed = suppressionCheck(doc.suppressions);
  for (const rule of allRules) {
    const configured = options.severities?.[rule.id];
    if (configured === 'off') continue;
    for (const { severity: own, ...report } of rule.check(doc)) {
      const severity = configured ?? own ?? rule.defaultSeverity;
      if (!suppressed(rule.id, report.range.start.line)) findings.push({ rule: rule.id, severity, ...report });
    }
  }
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
