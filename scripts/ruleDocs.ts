/** Rule documentation rendered from the rule objects, so docs cannot drift from the code. */
import type { Rule } from '../server/src/engine/rules';

export function ruleDoc(rule: Rule): string {
  const lines = [
    `# \`${rule.id}\` — ${rule.name}`,
    '',
    `Default severity: **${rule.defaultSeverity}** · Tags: ${rule.tags.join(', ')}`,
    '',
    rule.description,
    '',
  ];
  if (rule.examples) {
    lines.push('## Triggers', '', '```markdown', rule.examples.bad, '```', '', '## Does not trigger', '', '```markdown', rule.examples.good, '```', '');
  }
  lines.push(
    '## Configuration',
    '',
    'Change the severity of this rule (or turn it off) in the settings of your editor; the command line uses the defaults.',
    '',
  );
  return lines.join('\n');
}

export function ruleIndex(rules: readonly Rule[]): string {
  return [
    '# Rules',
    '',
    '| rule | default | description |',
    '|---|---|---|',
    ...rules.map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.name} |`),
    '',
  ].join('\n');
}
