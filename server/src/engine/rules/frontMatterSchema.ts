import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, Node } from 'yaml';
import designDocSchema from '../../../../schemas/design-doc.schema.json';
import { keyPathLabel, schemaMessages, type SchemaMessage } from '../config/schemaErrors';
import { schemaValidators } from '../config/schemaValidators';
import { TextMemo } from '../model/cache';
import type { DesignDoc, Range } from '../model/designDoc';
import { yamlDocumentOf } from '../model/yamlDocument';
import { parseBoundedYaml } from '../parse/boundedYaml';
import { maxFrontMatterBytes } from '../parse/limits';
import { frontMatterSource } from '../parse/markdown';
import { plainData } from '../parse/yamlMap';
import { closest } from '../text/closest';
import { LineIndex } from '../text/positions';
import type { Rule, RuleReport } from './rule';

type JsonSchema = {
  title?: string;
  description?: string;
  type?: string | string[];
  $ref?: string;
  anyOf?: JsonSchema[];
  enum?: unknown[];
};

/** The first sentence of a schema description; "e.g. `x`" does not end it. */
const firstSentence = (text?: string): string => (text ? (/^.*?[.!?](?=\s+[A-Z]|$)/.exec(text)?.[0] ?? text) : '');

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `text (${JSON.stringify(value)})`;
  if (typeof value === 'number') return `the number ${value}`;
  return value === true ? 'true' : 'false'; // all that JSON data has left: a boolean
}

const typeWords: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  null: 'empty',
};

function typeWord(type: JsonSchema['type']): string {
  const types = Array.isArray(type) ? type : [type ?? 'string'];
  return types.map((t) => typeWords[t] ?? t).join(' or ');
}

/** What one branch of an `anyOf` accepts, in words: "text", "a list of points", "a map of sub-sections". */
function branchWord(branch: JsonSchema): string {
  if (branch.type) return typeWord(branch.type);
  const name = branch.$ref?.split('/').pop();
  if (name === 'list') return 'a list of points';
  if (name === 'map') return 'a map of sub-sections';
  const definitions = (designDocSchema as { definitions: Record<string, JsonSchema> }).definitions;
  return name && definitions[name]?.title ? definitions[name].title.toLowerCase() : 'a valid value';
}

const orList = (words: readonly string[]): string =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : (words[0] ?? '');

const topLevelKeys = Object.keys((designDocSchema as { properties: Record<string, unknown> }).properties);

/** A message that names the key and what it allows. */
function messageFor(error: ErrorObject, path: readonly string[]): string {
  const key = keyPathLabel(path) || 'the document';
  const schema = (error.parentSchema ?? {}) as JsonSchema;
  const about = firstSentence(schema.description);
  const data = error.data;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const guess = closest(name, topLevelKeys);
      return `Unknown top-level key "${name}"${guess ? `; did you mean "${guess}"?` : '.'} A YAML design doc has the metadata keys (mlsd, title, case, level, timeBudget, author, date, status, tags), one key per step (requirements, framing, data, model, evaluation, serving, monitoring) and diagram or diagrams.`;
    }
    case 'enum': {
      const allowed = (schema.enum ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const guess = typeof data === 'string' ? closest(data, allowed) : undefined;
      const what = schema.title ? `a known ${schema.title.toLowerCase()}` : 'an allowed value';
      return `${key}: ${JSON.stringify(data)} is not ${what}; expected one of ${allowed.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`;
    }
    case 'type':
      return `${key} must be ${typeWord(schema.type)}, not ${describeValue(data)}. ${about}`.trim();
    case 'anyOf':
      return `${key} must be ${orList((schema.anyOf ?? []).map(branchWord))}, not ${describeValue(data)}. ${about}`.trim();
    case 'minimum':
    case 'maximum': {
      const limit = (error.params as { limit: number }).limit;
      return `${key}: ${JSON.stringify(data)} is ${error.keyword === 'minimum' ? 'below the minimum' : 'above the maximum'} of ${limit}. ${about}`.trim();
    }
    case 'pattern':
      return `${key}: ${JSON.stringify(data)} does not have the expected form. ${about}`.trim();
    case 'minLength':
      return `${key} must not be empty. ${about}`.trim();
    case 'uniqueItems': {
      const { i } = error.params as { i: number; j: number };
      return `${key}: ${JSON.stringify((data as unknown[])[i])} is listed twice; each entry may appear once.`;
    }
    default:
      return `${key} ${error.message ?? 'is invalid'}. ${about}`.trim();
  }
}

/**
 * The errors worth showing: for an `anyOf` that failed, the errors of the branch that got furthest (deeper in the
 * value) if any, else the `anyOf` itself, never the type mismatch of every branch. An empty step key (`monitoring:`)
 * is a skeleton still to be written, left to empty-step.
 */
function usefulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === 'anyOf' || !anyOfPaths.has(e.instancePath));
  const useful = kept.filter(
    (e) =>
      !(
        e.keyword === 'anyOf' &&
        (e.data === null || kept.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`)))
      ),
  );
  // One message per value ("case: 5" breaks both type and enum: the list of allowed values says more).
  const rank = (e: ErrorObject): number => (e.keyword === 'enum' ? 0 : e.keyword === 'type' ? 2 : 1);
  const best = new Map<string, ErrorObject>();
  for (const e of useful) {
    const id = e.keyword === 'additionalProperties' ? `${e.instancePath} ${JSON.stringify(e.params)}` : e.instancePath;
    const current = best.get(id);
    if (!current || rank(e) < rank(current)) best.set(id, e);
  }
  return [...best.values()];
}

/** The schema's complaints about a parsed YAML source whose first line is line `lineOffset` of the doc. */
function schemaProblems(
  document: Document,
  source: string,
  lineOffset: number,
  validate: ValidateFunction,
): SchemaMessage[] {
  if (document.errors.length) return [];
  const plain = plainData(document);
  if ('error' in plain) return []; // reported by syntax-error
  if (validate(plain.value)) return [];
  const index = new LineIndex(source);
  const rangeOf = (node?: Node): Range | undefined => {
    if (!node?.range) return undefined;
    const range = index.range(node.range[0], Math.max(node.range[1], node.range[0] + 1));
    return {
      start: { line: range.start.line + lineOffset, character: range.start.character },
      end: { line: range.end.line + lineOffset, character: range.end.character },
    };
  };
  return schemaMessages(usefulErrors(validate.errors ?? []), document, rangeOf, messageFor);
}

/** The front matter's problems by its source: they come back unchanged while the text below it is edited. */
const frontMatterProblems = TextMemo.each((source) =>
  schemaProblems(parseBoundedYaml(source, { uniqueKeys: false }).document, source, 1, schemaValidators().frontMatter),
);

function check(doc: DesignDoc): RuleReport[] {
  // Unparsable YAML is syntax-error's finding; the schema can only judge what parsed.
  if (doc.syntaxProblems.length) return [];
  let problems: SchemaMessage[];
  if (doc.format === 'yaml') problems = schemaProblems(yamlDocumentOf(doc), doc.text, 0, schemaValidators().designDoc);
  else {
    if (!doc.frontMatter) return [];
    const source = frontMatterSource(doc.lines, doc.frontMatter.range.end.line);
    if (source.length > maxFrontMatterBytes) return []; // not read: input-limit says so
    problems = frontMatterProblems.get(doc, source);
  }
  const fallback = doc.frontMatter?.range ?? {
    start: { line: 0, character: 0 },
    end: { line: 0, character: doc.lines[0]?.length ?? 0 },
  };
  return problems.map(({ range, message, path }) => ({
    message,
    range: range ?? (path.length ? doc.frontMatter?.keyRanges[path[0]] : undefined) ?? fallback,
  }));
}

export const frontMatterSchemaRule: Rule = {
  id: 'front-matter-schema',
  name: 'Front matter does not match its schema',
  summary: 'front matter or a YAML design doc that violates its JSON Schema',
  description:
    'The front matter of a Markdown design doc, or a YAML design doc, breaks its JSON Schema (schemas/front-matter.schema.json, schemas/design-doc.schema.json): a `case` that is not one of the ten case studies, a `level` or `status` outside its list, a `timeBudget` that is not a whole number of minutes, a `date` not written YYYY-MM-DD, a repeated tag, or in YAML an unknown top-level key (often a misspelt step). The message names the key and what it allows; linting goes on with the rest of the doc.',
  defaultSeverity: 'error',
  tags: ['format'],
  examples: {
    bad: '---\nmlsd: 1\ncase: video-recomendation\nlevel: expert\n---',
    good: '---\nmlsd: 1\ncase: video-recommendation\nlevel: senior\n---',
  },
  check,
};
