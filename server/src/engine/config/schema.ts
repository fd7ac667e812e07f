/**
 * The JSON Schema of the project config file (`.mlsdrc.json` / `.mlsdrc.yaml`), built from the rule metadata so it
 * lists exactly the rules mlsd has. `npm run docs` writes it to `schemas/mlsdrc.schema.json` (used by the editor's
 * JSON and YAML validation), and the engine validates config files against that file (config/schemaCompiler.ts).
 */
import { severityValues } from '../../../../common/rules';
import type { Rule } from '../rules/rule';

/** The top-level keys of a config file, for messages. */
export const configKeys = ['extends', 'rules', 'designDocGlobs', 'ignore'] as const;

const globList = (description: string) => ({
  description,
  type: 'array',
  items: { type: 'string', minLength: 1 },
});

export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://mlsd.dev/schemas/mlsdrc.schema.json',
    title: 'mlsd project configuration',
    description:
      'Project configuration for mlsd (.mlsdrc.json, .mlsdrc.yaml or .mlsdrc.yml). The nearest file up the folder tree from a design doc applies; editor settings override it. Generated from the rule metadata by `npm run docs`.',
    type: 'object',
    properties: {
      $schema: { description: 'The JSON Schema of this file, for editors.', type: 'string' },
      extends: {
        description:
          'Other config files to build on, as paths relative to this file. They are applied first, in order; this file overrides them.',
        type: ['string', 'array'],
        minLength: 1,
        items: { type: 'string', minLength: 1 },
      },
      rules: {
        description: 'Severity per rule id: error, warning, info, hint, or off to disable the rule.',
        type: 'object',
        properties: Object.fromEntries(
          rules.map((rule) => [
            rule.id,
            {
              description: `${rule.name} (default: ${rule.defaultSeverity}). ${rule.description}`,
              enum: [...severityValues],
            },
          ]),
        ),
        additionalProperties: false,
      },
      designDocGlobs: globList(
        'Glob patterns, relative to this file, of the files treated as design docs (besides files with an `mlsd:` key). Replaces the default `**/*.mlsd.md`, `**/*.mlsd.yaml`, `**/*.mlsd.yml`.',
      ),
      ignore: globList(
        'Glob patterns, relative to this file, of files never linted. A pattern without a slash matches a file or folder name anywhere below; a folder pattern covers everything in it.',
      ),
    },
    additionalProperties: false,
  };
}
