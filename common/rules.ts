/**
 * What every runtime says about a rule without loading the rules: the severities it can be set to, and where its
 * documentation lives (for diagnostics' links, SARIF and config messages).
 */
import { version } from '../package.json';

export const severityValues = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** A rule's severity as configured: one of the finding severities, or 'off' to disable the rule. */
export type SeverityOrOff = (typeof severityValues)[number];

/**
 * The rule docs of the release this build comes from (its tag, `v` + the package version), not of the main branch:
 * a diagnostic's link describes the rule as the user's version checks it, even after the rule changes.
 */
const ruleDocsBase = `https://github.com/mlsd-tools/mlsd/blob/v${version}/docs/rules/`;

export function ruleDocUrl(ruleId: string): string {
  return `${ruleDocsBase}${ruleId}.md`;
}

export const ruleIndexUrl = `${ruleDocsBase}README.md`;
