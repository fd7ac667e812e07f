import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node } from 'yaml';
import designDocSchema from '../../../../schemas/design-doc.schema.json';
import { keyPathLabel, schemaMessages } from '../config/schemaErrors';
import { schemaValidators } from '../config/schemaValidators';
import { stepById, type StepId } from '../../knowledge';
import { correction } from '../fixes/correction';
import type { DesignDoc, Fix, Range } from '../model/designDoc';
import { memoByText } from '../model/cache';
import { yamlDataOf, yamlDocumentOf } from '../model/yamlDocument';
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

/**
 * A top-level YAML key that is no step key but names a step the way a heading does (`metrics:`, `deployment:`): mlsd
 * reads its content as that step, and the finding offers to rename it to the step's key, so the schema and other
 * YAML tools read it too.
 */
interface StepAlias {
  step: StepId;
  /** The step's own key is there too: renaming would repeat it. */
  taken: boolean;
}

function stepAliases(doc: DesignDoc): Map<string, StepAlias> {
  const aliases = new Map<string, StepAlias>();
  if (doc.format !== 'yaml') return aliases;
  const keys = new Set(doc.sections.filter((s) => s.parent < 0).map((s) => keyAt(doc, s.headingRange)));
  for (const section of doc.sections) {
    const key = keyAt(doc, section.headingRange);
    if (section.parent >= 0 || section.headingSteps.length !== 1 || topLevelKeys.includes(key)) continue;
    const [step] = section.headingSteps;
    aliases.set(key, { step, taken: keys.has(step) });
  }
  return aliases;
}

/** A YAML key as written (a section's title has its underscores and hyphens turned into spaces). */
const keyAt = (doc: DesignDoc, range: Range): string =>
  doc.lines[range.start.line]?.slice(range.start.character, range.end.character) ?? '';

function aliasMessage(name: string, alias: StepAlias): string {
  const { number, title } = stepById(alias.step);
  const reading = `Top-level key "${name}" is not a step key: mlsd reads it as step ${number} (${title}), whose key is "${alias.step}"`;
  return alias.taken
    ? `${reading}, already in the doc. Move its content under "${alias.step}".`
    : `${reading}. Rename it so the schema and other YAML tools read it too.`;
}

/** A message that names the key and what it allows. */
function messageFor(error: ErrorObject, path: readonly string[], aliases: Map<string, StepAlias>): string {
  const key = keyPathLabel(path) || 'the document';
  const schema = (error.parentSchema ?? {}) as JsonSchema;
  const about = firstSentence(schema.description);
  const data = error.data;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const alias = aliases.get(name);
      if (alias) return aliasMessage(name, alias);
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

/**
 * The front matter read again with repeated keys let through (the schema names them), remembered while the user edits
 * below it: read only, as the schema check reads it.
 */
const frontMatterYaml = memoByText(4, (source: string) => parseBoundedYaml(source, { uniqueKeys: false }).document);

function check(doc: DesignDoc): RuleReport[] {
  // Unparsable YAML is syntax-error's finding; the schema can only judge what parsed.
  if (doc.syntaxProblems.length) return [];
  let source: string;
  let lineOffset = 0;
  let validate: ValidateFunction;
  if (doc.format === 'yaml') {
    source = doc.text;
    validate = schemaValidators().designDoc;
  } else {
    if (!doc.frontMatter) return [];
    lineOffset = 1;
    source = frontMatterSource(doc.lines, doc.frontMatter.range.end.line);
    if (source.length > maxFrontMatterBytes) return []; // not read: input-limit says so
    validate = schemaValidators().frontMatter;
  }
  const document = doc.format === 'yaml' ? yamlDocumentOf(doc) : frontMatterYaml(source);
  if (document.errors.length) return [];
  const plain = doc.format === 'yaml' ? yamlDataOf(doc) : plainData(document);
  if ('error' in plain) return []; // reported by syntax-error
  const value = plain.value;
  if (validate(value)) return [];
  const index = new LineIndex(source);
  const rangeOf = (node?: Node): Range | undefined => {
    if (!node?.range) return undefined;
    const range = index.range(node.range[0], Math.max(node.range[1], node.range[0] + 1));
    return {
      start: { line: range.start.line + lineOffset, character: range.start.character },
      end: { line: range.end.line + lineOffset, character: range.end.character },
    };
  };
  const fallback = doc.frontMatter?.range ?? {
    start: { line: 0, character: 0 },
    end: { line: 0, character: doc.lines[0]?.length ?? 0 },
  };
  const errors = usefulErrors(validate.errors ?? []);
  const aliases = stepAliases(doc);
  const described = schemaMessages(errors, document, rangeOf, (error, path) => messageFor(error, path, aliases));
  return described.map(({ range, message, path }, i) => {
    const at = range ?? (path.length ? doc.frontMatter?.keyRanges[path[0]] : undefined) ?? fallback;
    const suggestion = range ? keySuggestion(errors[i], path, aliases, range) : undefined;
    return { message, range: at, ...(suggestion ? { suggestion } : {}) };
  });
}

/** For an unknown top-level key: the rename to the step key it stands for, or to the known key it misspells. */
function keySuggestion(
  error: ErrorObject,
  path: readonly string[],
  aliases: Map<string, StepAlias>,
  range: Range,
): Fix | undefined {
  if (error.keyword !== 'additionalProperties' || path.length > 0) return undefined;
  const name = String((error.params as { additionalProperty: string }).additionalProperty);
  const alias = aliases.get(name);
  if (alias) return alias.taken ? undefined : correction(range, name, alias.step);
  const guess = closest(name, topLevelKeys);
  return guess ? correction(range, name, guess) : undefined;
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
