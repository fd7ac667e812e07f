/**
 * Writes schemas/mlsdrc.schema.json (the project config file's schema, listing every rule), the per-rule properties
 * of the `mlsd.rules` setting in package.json from the rule metadata, and the per-step properties of the
 * `mlsd.practice.customPreset` setting from the steps. Usage: npm run docs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRules } from '../server/src/engine';
import { configSchemaJson, withGeneratedSettings } from './configSchema';

const root = join(__dirname, '..');
writeFileSync(join(root, 'schemas', 'mlsdrc.schema.json'), configSchemaJson());
const packagePath = join(root, 'package.json');
const manifest = readFileSync(packagePath, 'utf8');
const updated = withGeneratedSettings(manifest);
if (updated !== manifest) writeFileSync(packagePath, updated);
console.log(
  `wrote schemas/mlsdrc.schema.json, the mlsd.rules setting (${defaultRules.length} rules) and the mlsd.practice.customPreset setting`,
);
