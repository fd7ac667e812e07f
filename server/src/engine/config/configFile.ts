/**
 * One project config file (`.mlsdrc.json` / `.mlsdrc.yaml` / `.mlsdrc.yml`): parsed and validated against the schema
 * built from the rule metadata (schema.ts), with a message per problem at its place in the file. resolve.ts follows
 * `extends`; loader.ts finds the file that applies to a document.
 */
import type { ErrorObject } from 'ajv';
import { ruleIndexUrl, severityValues, type SeverityOrOff } from '../../../../common/rules';
import { parentUri, resolveUri } from '../../../../common/uris';
import type { Node } from 'yaml';
import type { Range } from '../model/designDoc';
import { parseBoundedYaml } from '../parse/boundedYaml';
import { maxYamlDepth } from '../parse/limits';
import { yamlSyntaxErrors } from '../parse/yamlErrors';
import { plainData } from '../parse/yamlMap';
import { jsonSyntaxError } from './jsonSyntax';
import { defaultRules } from '../rules';
import { closest } from '../text/closest';
import { LineIndex } from '../text/positions';
import { configKeys } from './schema';
import { schemaValidators } from './schemaValidators';
import { keyPathLabel, schemaMessages, yamlLocator } from './schemaErrors';

export interface ConfigProblem {
  /** The URI of the config file the problem is in. */
  file: string;
  /** 0-based, like every range in the engine; absent for a problem of the whole file (it cannot be read). */
  range?: Range;
  message: string;
}

/** Glob patterns and the folder they are relative to (the folder of the config file that lists them). */
export interface GlobList {
  /** The folder's URI. */
  base: string;
  globs: readonly string[];
}

/** One config file, parsed and validated; the settings are only present when the file has no problem. */
export interface ConfigFile {
  file: string;
  rules?: Record<string, SeverityOrOff>;
  designDocGlobs?: string[];
  ignore?: string[];
  /** The URIs of the files it extends, with the range of each entry. */
  extends: { uri: string; written: string; range: Range }[];
  problems: ConfigProblem[];
}

/** The first character of a file: where a problem of the whole file is shown. */
export const fileStart: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function validate(value: unknown): ErrorObject[] {
  const check = schemaValidators().config;
  return check(value) ? [] : [...(check.errors ?? [])];
}

/**
 * Parses and validates the text of one config file at `file` (a URI). Both formats are read by the YAML parser (JSON
 * is YAML), a JSON file after a strict check of its JSON syntax, whose problem is described in JSON's words.
 */
export function parseConfigText(text: string, file: string): ConfigFile {
  const index = new LineIndex(text);
  const rangeOf = (from: number, to: number): Range => index.range(from, Math.max(to, from));
  const result: ConfigFile = { file, extends: [], problems: [] };
  const problem = (range: Range, message: string) => result.problems.push({ file, range, message });

  const json = /\.json$/i.test(file);
  const jsonError = json ? jsonSyntaxError(text) : undefined;
  if (jsonError) {
    problem(rangeOf(jsonError.start, jsonError.end), `Invalid JSON: ${jsonError.message}`);
    return result;
  }
  const { document, tooDeep } = parseBoundedYaml(text, { uniqueKeys: true });
  if (tooDeep) {
    const at = { line: tooDeep.firstLine, character: 0 };
    problem(
      { start: at, end: at },
      `The config nests ${tooDeep.depth} levels deep here; mlsd reads ${maxYamlDepth} levels of ${json ? 'JSON' : 'YAML'}.`,
    );
    return result;
  }
  const syntaxErrors = yamlSyntaxErrors(document, index);
  if (syntaxErrors.length) {
    // Valid JSON the YAML parser still refuses (a key over 1,024 characters) is rare enough to say so plainly.
    const label = json ? 'mlsd cannot read this JSON' : 'Invalid YAML';
    for (const error of syntaxErrors) problem(rangeOf(error.start, error.end), `${label}: ${error.message}`);
    return result;
  }
  const plain = plainData(document);
  if ('error' in plain) {
    problem(rangeOf(0, 1), `Invalid ${json ? 'JSON' : 'YAML'}: ${plain.error}`);
    return result;
  }
  const value = plain.value;
  const nodeRange = (node: Node | undefined): Range | undefined =>
    node?.range ? rangeOf(node.range[0], node.range[1]) : undefined;
  const described = schemaMessages(validate(value), document, nodeRange, (error, path) =>
    describeError(error, path, value),
  ).map(({ range, message }) => ({ range: range ?? fileStart, message }));
  described.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  for (const { range, message } of described) problem(range, message);
  if (result.problems.length) return result;

  const config = value as {
    extends?: string | string[];
    rules?: Record<string, SeverityOrOff>;
    designDocGlobs?: string[];
    ignore?: string[];
  };
  const locate = yamlLocator(document);
  const written = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? []);
  result.extends = written.map((entry, i) => ({
    uri: resolveUri(parentUri(file), entry),
    written: entry,
    range:
      nodeRange(locate(typeof config.extends === 'string' ? ['extends'] : ['extends', String(i)]).node) ?? fileStart,
  }));
  if (config.rules) result.rules = config.rules;
  if (config.designDocGlobs) result.designDocGlobs = config.designDocGlobs;
  if (config.ignore) result.ignore = config.ignore;
  return result;
}

function lookup(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (v, s) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined),
    value,
  );
}

const ruleIds = (): string[] => defaultRules.map((rule) => rule.id);

/** A message that names the key and what is expected. */
function describeError(error: ErrorObject, path: readonly string[], value: unknown): string {
  const where = keyPathLabel(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      if (where === 'rules') {
        const guess = closest(name, ruleIds());
        return `Unknown rule "${name}"${guess ? `; did you mean "${guess}"?` : `; the rule ids are listed at ${ruleIndexUrl}.`}`;
      }
      const guess = where ? undefined : closest(name, configKeys);
      return `Unknown key "${name}"${where ? ` in ${where}` : ''}; ${guess ? `did you mean "${guess}"?` : `expected ${configKeys.join(', ')}.`}`;
    }
    case 'enum':
      return `Severity of "${path[path.length - 1]}" must be one of ${severityValues.join(', ')}, not ${JSON.stringify(lookup(value, path))}.`;
    case 'type':
      if (path.length === 0) return `A config file must be a map with the keys ${configKeys.join(', ')}.`;
      if (where === 'rules') return '"rules" must be a map from rule id to severity.';
      if (where === 'extends') return '"extends" must be a path or a list of paths to other config files.';
      if (path.length === 1) return `"${where}" must be a list of glob patterns.`;
      return `"${where}" must be a string.`;
    case 'minLength':
      return `"${where}" must not be empty.`;
    default:
      return `"${where || 'config'}" ${error.message ?? 'is invalid'}.`;
  }
}
