/**
 * The bundles validate with standalone code that ajv generates at build time (standaloneValidatorsCode), the engine
 * run from source with validators ajv compiles on first use (schemaValidators): both must judge every document alike,
 * down to each error, since the messages are written from the errors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInThisContext } from 'node:vm';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import configFileSchema from '../../schemas/mlsdrc.schema.json';
import {
  standaloneValidatorsCode,
  withoutAnnotations,
  type ValidatorName,
} from '../../server/src/engine/config/schemaCompiler';
import { schemaValidators } from '../../server/src/engine/config/schemaValidators';

const root = join(__dirname, '..', '..');

/** The generated module, loaded as the bundles load it: a CommonJS module resolving ajv's runtime helpers. */
function standaloneValidators(): Record<ValidatorName, ValidateFunction> {
  const load = runInThisContext(`(function (exports, require) {\n${standaloneValidatorsCode()}\n})`, {
    filename: 'standaloneValidators.js',
  }) as (exports: object, require: NodeRequire) => void;
  const exports = {} as { schemaValidators: () => Record<ValidatorName, ValidateFunction> };
  load(exports, createRequire(join(root, 'package.json')));
  return exports.schemaValidators();
}

const frontMatterOf = (file: string): unknown => {
  const text = readFileSync(join(root, file), 'utf8');
  return parse(text.slice(4, text.indexOf('\n---', 4)));
};
const yamlOf = (file: string): unknown => parse(readFileSync(join(root, file), 'utf8'));

const samples: Record<ValidatorName, unknown[]> = {
  config: [
    { rules: { 'missing-step': 'warning', 'placeholder-text': 'off' }, designDocGlobs: ['docs/**/*.md'], ignore: [] },
    { extends: ['../base.json'] },
    { rules: { 'missing-step': 'loud', 'no-such-rule': 'off' }, extends: 3, designDocGlobs: [''], colour: 'red' },
    { rules: [] },
    'not a map',
  ],
  frontMatter: [
    frontMatterOf('test/fixtures/docs/complete.mlsd.md'),
    frontMatterOf('test/fixtures/docs/front-matter-invalid.mlsd.md'),
    { mlsd: 2, tags: 'one', level: 3 },
  ],
  designDoc: [
    yamlOf('examples/harmful-content-detection.mlsd.yaml'),
    yamlOf('test/fixtures/docs/design-doc-invalid.mlsd.yaml'),
    { mlsd: 1, requirements: 42, diagrams: { '': 7 } },
  ],
};

describe('schema validators', () => {
  const compiled = schemaValidators();
  const standalone = standaloneValidators();

  for (const name of Object.keys(samples) as ValidatorName[]) {
    it(`${name}: the standalone code gives the errors ajv's compiled validator gives`, () => {
      let invalid = 0;
      for (const sample of samples[name]) {
        const valid = compiled[name](sample);
        assert.equal(standalone[name](sample), valid, JSON.stringify(sample));
        assert.deepEqual(standalone[name].errors, compiled[name].errors, JSON.stringify(sample));
        if (!valid) invalid++;
      }
      assert.ok(invalid >= 2, 'the samples include invalid documents');
    });
  }
});

describe('a schema without annotations', () => {
  it('drops titles and descriptions, keeps properties, definitions and enum values of those names', () => {
    const schema = {
      title: 'T',
      description: 'D',
      properties: { title: { type: 'string', description: 'the title' }, description: { default: 'x' } },
      definitions: { description: { enum: [{ description: 'kept' }] } },
      required: ['title'],
    };
    assert.deepEqual(withoutAnnotations(schema), {
      properties: { title: { type: 'string' }, description: {} },
      definitions: { description: { enum: [{ description: 'kept' }] } },
      required: ['title'],
    });
  });

  it('validates config files as the full schema does, error for error', () => {
    const full = new Ajv({ allErrors: true, strict: false, logger: false }).compile(configFileSchema);
    const config = schemaValidators().config;
    for (const sample of samples.config) {
      assert.equal(config(sample), full(sample), JSON.stringify(sample));
      assert.deepEqual(config.errors, full.errors, JSON.stringify(sample));
    }
  });
});
