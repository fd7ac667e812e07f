/** The SARIF 2.1.0 JSON schema as a validator, for every test that checks mlsd's SARIF output. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';

export function sarifValidator(): (log: unknown) => string | undefined {
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  // The schema's patterns are not valid Unicode regexes; "uri" / "date-time" formats are left to the structure checks.
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(
    schema,
  );
  return (log) => (validate(log) ? undefined : JSON.stringify(validate.errors, null, 2));
}
