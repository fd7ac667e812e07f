/** The generated config schema and `mlsd.rules` setting, shared by the generator and the test that checks them. */
import { severityValues } from '../common/rules';
import { defaultRules, configSchema } from '../server/src/engine';

export function configSchemaJson(): string {
  return `${JSON.stringify(configSchema(defaultRules), null, 2)}\n`;
}

/** The `mlsd.rules` setting: one enum property per rule, and the same enum for any other key. */
export function ruleSettingSchema(): Record<string, unknown> {
  return {
    type: 'object',
    default: {},
    properties: Object.fromEntries(
      defaultRules.map((rule) => [
        rule.id,
        { type: 'string', enum: [...severityValues], description: `${rule.name} (default: ${rule.defaultSeverity})` },
      ]),
    ),
    additionalProperties: { type: 'string', enum: [...severityValues] },
    markdownDescription:
      'Severity per rule id (`error`, `warning`, `info`, `hint`, or `off` to disable the rule). Overrides the project config file (`.mlsdrc.json` / `.mlsdrc.yaml`), which overrides the defaults.',
  };
}

/** package.json text with `contributes.configuration.properties["mlsd.rules"]` regenerated, other keys untouched. */
export function withRuleSettings(manifestText: string): string {
  const manifest = JSON.parse(manifestText) as {
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  const properties = manifest.contributes.configuration.properties;
  properties['mlsd.rules'] = ruleSettingSchema();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
