/**
 * The generated config schema and the generated settings (`mlsd.rules`, `mlsd.practice.customPreset`), shared by the
 * generator and the test that checks them.
 */
import { severityValues } from '../common/rules';
import { defaultRules, configSchema } from '../server/src/engine';
import { steps } from '../server/src/knowledge';

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

/** The `mlsd.practice.customPreset` setting: a title and the minutes of every step, by step id. */
export function customPresetSettingSchema(): Record<string, unknown> {
  const example = `{ "title": "Mine", "minutes": { ${steps.map((step) => `"${step.id}": ${step.interviewMinutes}`).join(', ')} } }`;
  return {
    type: ['object', 'null'],
    default: null,
    properties: {
      title: { type: 'string', minLength: 1, description: 'The name the preset picker shows.' },
      minutes: {
        type: 'object',
        description: "Minutes per step, any total: scaled to the session's length like the built-in presets.",
        properties: Object.fromEntries(
          steps.map((step) => [
            step.id,
            { type: 'number', minimum: 0, description: `${step.number}. ${step.title} (0 skips it)` },
          ]),
        ),
        required: steps.map((step) => step.id),
        additionalProperties: false,
      },
    },
    required: ['minutes'],
    additionalProperties: false,
    markdownDescription: `A practice preset of your own, offered by "mlsd: Start Practice" next to the built-in ones: \`${example}\`. Every step needs its minutes (0 skips it); the minutes are scaled to the session's length.`,
  };
}

/** package.json text with the generated settings regenerated, other keys untouched. */
export function withGeneratedSettings(manifestText: string): string {
  const manifest = JSON.parse(manifestText) as {
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  const properties = manifest.contributes.configuration.properties;
  properties['mlsd.rules'] = ruleSettingSchema();
  properties['mlsd.practice.customPreset'] = customPresetSettingSchema();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
