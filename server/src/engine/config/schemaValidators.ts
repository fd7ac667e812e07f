/**
 * The schema validators, compiled by ajv on first use. The bundles replace this module with the same validators
 * compiled to standalone code at build time (schemaCompiler.ts, scripts/build.mjs), which the CLI and language-server
 * tests run; test/unit/schemaValidators.test.ts checks both give the same errors.
 */
import type { ValidateFunction } from 'ajv';
import { onFirstUse } from '../model/cache';
import { schemaCompilers, type ValidatorName } from './schemaCompiler';

export const schemaValidators = onFirstUse((): Record<ValidatorName, ValidateFunction> => {
  const validators: Partial<Record<ValidatorName, ValidateFunction>> = {};
  for (const { ajv, keys } of schemaCompilers()) {
    for (const [name, key] of Object.entries(keys) as [ValidatorName, string][]) {
      const validate = ajv.getSchema(key);
      if (!validate) throw new Error(`no schema ${key}`);
      validators[name] = validate;
    }
  }
  return validators as Record<ValidatorName, ValidateFunction>;
});
