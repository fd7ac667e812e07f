/**
 * Writes schemas/mlsdrc.schema.json (the project config file's schema, listing every rule) and the per-rule
 * properties of the `mlsd.rules` setting in package.json, both from the rule metadata. Usage: npm run docs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRules } from '../server/src/engine';
import { configSchemaJson, withRuleSettings } from './configSchema';

const root = join(__dirname, '..');
writeFileSync(join(root, 'schemas', 'mlsdrc.schema.json'), configSchemaJson());
const packagePath = join(root, 'package.json');
const manifest = readFileSync(packagePath, 'utf8');
const updated = withRuleSettings(manifest);
if (updated !== manifest) writeFileSync(packagePath, updated);
console.log(`wrote schemas/mlsdrc.schema.json and the mlsd.rules setting (${defaultRules.length} rules)`);
