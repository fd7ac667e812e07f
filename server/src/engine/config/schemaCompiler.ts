/**
 * Every JSON Schema mlsd validates against, in one ajv: project config files (the schema `npm run docs` builds from
 * the rules; `npm test` checks it is up to date), Markdown front matter and pure-YAML design docs. schemaValidators.ts compiles them on first use; the build compiles
 * them to standalone code with the same schemas and options (standaloneValidatorsCode), so the bundles carry the
 * generated functions and none of ajv's compiler.
 */
import Ajv, { type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import designDocSchema from '../../../../schemas/design-doc.schema.json';
import frontMatterSchema from '../../../../schemas/front-matter.schema.json';
import configFileSchema from '../../../../schemas/mlsdrc.schema.json';

export type ValidatorName = 'config' | 'frontMatter' | 'designDoc';

/**
 * The schemas in one ajv, and the key of each validator in it. `allErrors` so every problem is reported at once;
 * `verbose` keeps each error's schema, whose words the messages use.
 */
export function schemaCompiler(options: Options = {}): { ajv: Ajv; keys: Record<ValidatorName, string> } {
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, verbose: true, ...options });
  // The design-doc schema refers to the front-matter one's definitions.
  ajv.addSchema([configFileSchema, frontMatterSchema, designDocSchema]);
  return {
    ajv,
    keys: { config: configFileSchema.$id, frontMatter: frontMatterSchema.$id, designDoc: designDocSchema.$id },
  };
}

/**
 * A CommonJS module of the compiled validators, exporting each by name and `schemaValidators()` as
 * schemaValidators.ts does, for the bundles to use in place of that module.
 */
export function standaloneValidatorsCode(): string {
  const { ajv, keys } = schemaCompiler({ code: { source: true } });
  const names = Object.keys(keys).map((name) => `${name}: exports.${name}`);
  return `${standaloneCode(ajv, keys)}\nexports.schemaValidators = () => ({ ${names.join(', ')} });\n`;
}
