/**
 * Every JSON Schema mlsd validates against: project config files (the schema `npm run docs` builds from the rules;
 * `npm test` checks it is up to date), Markdown front matter and pure-YAML design docs. schemaValidators.ts compiles
 * them on first use; the build compiles them to standalone code with the same schemas and options
 * (standaloneValidatorsCode), so the bundles carry the generated functions and none of ajv's compiler.
 */
import Ajv, { type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import designDocSchema from '../../../../schemas/design-doc.schema.json';
import frontMatterSchema from '../../../../schemas/front-matter.schema.json';
import configFileSchema from '../../../../schemas/mlsdrc.schema.json';

export type ValidatorName = 'config' | 'frontMatter' | 'designDoc';

/** One ajv and the key in it of each validator it compiles. */
export interface SchemaCompiler {
  ajv: Ajv;
  keys: Partial<Record<ValidatorName, string>>;
}

/**
 * The schemas in two ajvs, both with `allErrors` so every problem is reported at once. Front matter and design docs
 * are `verbose`: each error keeps its schema, whose words (title, description, allowed values) the messages use. The
 * config messages are written from the error's path and keyword alone, so its validator is compiled from the schema
 * without annotations and keeps no schema in its errors: the generated code then carries no rule descriptions.
 */
export function schemaCompilers(options: Options = {}): SchemaCompiler[] {
  const ajvWith = (verbose: boolean): Ajv =>
    new Ajv({ allErrors: true, strict: false, logger: false, verbose, ...options });
  const config = ajvWith(false);
  config.addSchema(withoutAnnotations(configFileSchema) as object);
  const documents = ajvWith(true);
  // The design-doc schema refers to the front-matter one's definitions.
  documents.addSchema([frontMatterSchema, designDocSchema]);
  return [
    { ajv: config, keys: { config: configFileSchema.$id } },
    { ajv: documents, keys: { frontMatter: frontMatterSchema.$id, designDoc: designDocSchema.$id } },
  ];
}

/** Keywords that describe a schema without changing what it accepts. */
const annotations = new Set(['title', 'description', 'markdownDescription', 'default', 'examples', '$comment']);
/** Keywords whose value maps names (of properties, definitions) to schemas: the names are data, not keywords. */
const schemaMaps = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
/** Keywords whose value is data to compare with, never a schema. */
const dataKeywords = new Set(['enum', 'const', 'required']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema with its annotations removed: it accepts and rejects exactly what the original does. */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!isObject(schema)) return schema;
  const kept = Object.entries(schema).filter(([keyword]) => !annotations.has(keyword));
  return Object.fromEntries(
    kept.map(([keyword, value]) => {
      if (dataKeywords.has(keyword)) return [keyword, value];
      if (schemaMaps.has(keyword) && isObject(value)) {
        return [
          keyword,
          Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)])),
        ];
      }
      return [keyword, withoutAnnotations(value)];
    }),
  );
}

/**
 * A CommonJS module of the compiled validators, exporting each by name and `schemaValidators()` as
 * schemaValidators.ts does, for the bundles to use in place of that module. Each ajv's code runs in its own function
 * scope, since the names ajv gives its functions and constants repeat from one ajv to the next.
 */
export function standaloneValidatorsCode(): string {
  const compilers = schemaCompilers({ code: { source: true } });
  const groups = compilers.map(
    ({ ajv, keys }) => `(function (exports) {\n${standaloneCode(ajv, keys as Record<string, string>)}\n})(exports);`,
  );
  const names = compilers.flatMap(({ keys }) => Object.keys(keys)).map((name) => `${name}: exports.${name}`);
  return `${groups.join('\n')}\nexports.schemaValidators = () => ({ ${names.join(', ')} });\n`;
}
