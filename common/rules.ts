/**
 * What every runtime says about a rule without loading the rules: the severities it can be set to, and where its
 * documentation lives (for diagnostics' links, SARIF and config messages).
 */

export const severityValues = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** A rule's severity as configured: one of the finding severities, or 'off' to disable the rule. */
export type SeverityOrOff = (typeof severityValues)[number];

const ruleDocsBase = 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/';

export function ruleDocUrl(ruleId: string): string {
  return `${ruleDocsBase}${ruleId}.md`;
}

export const ruleIndexUrl = `${ruleDocsBase}README.md`;
