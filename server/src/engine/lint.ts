import type { DesignDoc, Finding, Severity } from './model';
import { allRules } from './rules';

export type SeverityOrOff = Severity | 'off';

export interface LintOptions {
  /** Per-rule severity overrides; 'off' disables the rule. */
  severities?: Record<string, SeverityOrOff>;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Runs every enabled rule over the model; findings come back sorted by position. */
export function lint(doc: DesignDoc, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of allRules) {
    const severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const report of rule.check(doc)) {
      findings.push({ rule: rule.id, severity, ...report });
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
