/** Where each rule's documentation lives, for diagnostics' links, SARIF and config messages. */
const ruleDocsBase = 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/';

export function ruleDocUrl(ruleId: string): string {
  return `${ruleDocsBase}${ruleId}.md`;
}

export const ruleIndexUrl = `${ruleDocsBase}README.md`;
