/**
 * Project configuration: `.mlsdrc.json` / `.mlsdrc.yaml` / `.mlsdrc.yml`, with `extends`, validated against the
 * schema built from the rule metadata (configSchema.ts). Pure: files are read through an injected ConfigHost
 * (configFile.ts has the file-system one), so this module never touches the disk itself.
 *
 * Precedence for a document: rule defaults < config file (bases first, then the file that extends them) < editor
 * settings. A config file with any problem contributes nothing, so linting goes on with the defaults while the
 * problems are reported on the config file itself (file, 0-based range, message).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SeverityOrOff } from './lint';
import { defaultDesignDocGlobs } from './designDocs';
import type { Range } from './model';
import { allRules } from './rules';
import { closest } from './closest';
import { configKeys, configSchema, severityValues } from './configSchema';
import { keyPathLabel, locateInYaml, pointerSegments } from './keyPath';
import { plainData } from './parse/yamlMap';
import { ruleIndexUrl } from './ruleDocs';

/** Looked up in this order in each folder; the first one found is the folder's config. */
export const configFileNames: readonly string[] = ['.mlsdrc.json', '.mlsdrc.yaml', '.mlsdrc.yml'];

export function isConfigFile(path: string): boolean {
  return configFileNames.includes(basename(path.replace(/\\/g, '/')));
}

export interface ConfigProblem {
  /** Absolute path of the config file the problem is in. */
  file: string;
  /** 0-based, like every range in the engine. */
  range: Range;
  message: string;
}

/** Glob patterns and the folder they are relative to (the folder of the config file that lists them). */
export interface GlobList {
  base: string;
  globs: readonly string[];
}

/** One config file, parsed and validated; the settings are only present when the file has no problem. */
export interface ConfigFile {
  file: string;
  rules?: Record<string, SeverityOrOff>;
  designDocGlobs?: string[];
  ignore?: string[];
  /** Resolved paths of the files it extends, with the range of each entry. */
  extends: { path: string; written: string; range: Range }[];
  problems: ConfigProblem[];
}

/** The settings that apply through a config file and everything it extends. */
export interface ResolvedConfig {
  /** The config file the lookup found (or that was given). */
  file: string;
  /** Every config file that was read, bases first. */
  files: string[];
  rules: Record<string, SeverityOrOff>;
  designDocGlobs?: GlobList;
  ignore: GlobList[];
  /** Problems in any file of the chain; when there are any, the settings above are the defaults. */
  problems: ConfigProblem[];
}

/** Reads config files: the text, undefined when the file does not exist; throws when it exists but cannot be read. */
export interface ConfigHost {
  readFile(path: string): string | undefined;
}

const start: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false, logger: false }).compile(configSchema(allRules));
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** Parses and validates the text of one config file (JSON or YAML: both go through the YAML parser). */
export function parseConfigText(text: string, file: string): ConfigFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const rangeOf = (from: number, to: number): Range => {
    const a = lineCounter.linePos(from);
    const b = lineCounter.linePos(Math.max(to, from));
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  };
  const result: ConfigFile = { file, extends: [], problems: [] };
  const problem = (range: Range, message: string) => result.problems.push({ file, range, message });

  if (document.errors.length) {
    for (const error of document.errors) {
      const kind = /\.json$/i.test(file) ? 'JSON' : 'YAML';
      problem(rangeOf(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)), `Invalid ${kind}: ${error.message.split('\n')[0]}`);
    }
    return result;
  }
  const plain = plainData(document);
  if ('error' in plain) {
    problem(rangeOf(0, 1), `Invalid YAML: ${plain.error}`);
    return result;
  }
  const value = plain.value;
  const described = validate(value).map((error) => describeError(error, document, rangeOf, value));
  described.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const { range, message } of described) problem(range, message);
  if (result.problems.length) return result;

  const config = value as { extends?: string | string[]; rules?: Record<string, SeverityOrOff>; designDocGlobs?: string[]; ignore?: string[] };
  const written = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? []);
  result.extends = written.map((entry, i) => ({
    path: resolve(dirname(file), entry),
    written: entry,
    range: nodeRange(locateInYaml(document, typeof config.extends === 'string' ? ['extends'] : ['extends', String(i)]).node, rangeOf),
  }));
  if (config.rules) result.rules = config.rules;
  if (config.designDocGlobs) result.designDocGlobs = config.designDocGlobs;
  if (config.ignore) result.ignore = config.ignore;
  return result;
}

type RangeOf = (from: number, to: number) => Range;

/** The value node (and the key node naming it) at a JSON pointer's segments. */

function nodeRange(node: Node | undefined, rangeOf: RangeOf): Range {
  return node?.range ? rangeOf(node.range[0], node.range[1]) : start;
}



function lookup(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, s) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined), value);
}

const ruleIds = (): string[] => allRules.map((rule) => rule.id);

/** A message that names the key and what is expected, at the key's (or value's) position. */
function describeError(error: ErrorObject, document: Document, rangeOf: RangeOf, value: unknown): { range: Range; message: string } {
  const path = pointerSegments(error.instancePath);
  const at = locateInYaml(document, path);
  const where = keyPathLabel(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const range = nodeRange(locateInYaml(document, [...path, name]).key, rangeOf);
      if (where === 'rules') {
        const guess = closest(name, ruleIds());
        return { range, message: `Unknown rule "${name}"${guess ? `; did you mean "${guess}"?` : `; the rule ids are listed at ${ruleIndexUrl}.`}` };
      }
      return { range, message: `Unknown key "${name}"${where ? ` in ${where}` : ''}; expected ${configKeys.join(', ')}.` };
    }
    case 'enum':
      return {
        range: nodeRange(at.node, rangeOf),
        message: `Severity of "${path[path.length - 1]}" must be one of ${severityValues.join(', ')}, not ${JSON.stringify(lookup(value, path))}.`,
      };
    case 'type': {
      const range = nodeRange(at.node, rangeOf);
      if (path.length === 0) return { range, message: `A config file must be a map with the keys ${configKeys.join(', ')}.` };
      if (where === 'rules') return { range, message: '"rules" must be a map from rule id to severity.' };
      if (where === 'extends') return { range, message: '"extends" must be a path or a list of paths to other config files.' };
      if (path.length === 1) return { range, message: `"${where}" must be a list of glob patterns.` };
      return { range, message: `"${where}" must be a string.` };
    }
    case 'minLength':
      return { range: nodeRange(at.node, rangeOf), message: `"${where}" must not be empty.` };
    default:
      return { range: nodeRange(at.node, rangeOf), message: `"${where || 'config'}" ${error.message ?? 'is invalid'}.` };
  }
}

/** Reads a config file and everything it extends; extends cycles and missing bases are problems, never loops. */
export function resolveConfig(file: string, host: ConfigHost): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  const layers: ConfigFile[] = [];

  /** `stack`: the files being read, each with the range of its extends entry that led to the next one. */
  const visit = (path: string, stack: { file: string; range: Range; written: string }[]): void => {
    const loopAt = stack.findIndex((link) => link.file === path);
    if (loopAt >= 0) {
      const cycle = stack.slice(loopAt);
      for (const link of cycle) {
        const names = [...cycle.map((l) => l.file), path].map((f) => relative(dirname(link.file), f) || basename(f));
        problems.push({ file: link.file, range: link.range, message: `"extends" cycle: ${names.join(' → ')}.` });
      }
      return;
    }
    const via = stack[stack.length - 1];
    let text: string | undefined;
    try {
      text = host.readFile(path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(via ? { file: via.file, range: via.range, message: `Cannot read "${via.written}" (${reason}).` } : { file: path, range: start, message: `Cannot read the config file (${reason}).` });
      return;
    }
    if (text === undefined) {
      problems.push(
        via
          ? { file: via.file, range: via.range, message: `"${via.written}" does not exist (${path}).` }
          : { file: path, range: start, message: 'The config file does not exist.' },
      );
      return;
    }
    const parsed = parseConfigText(text, path);
    problems.push(...parsed.problems);
    for (const base of parsed.extends) visit(base.path, [...stack, { file: path, range: base.range, written: base.written }]);
    if (!files.includes(path)) files.push(path);
    layers.push(parsed);
  };
  visit(resolve(file), []);

  const unique = dedupe(problems);
  if (unique.length) return { file: resolve(file), files, rules: {}, ignore: [], problems: unique };
  const rules = Object.assign({}, ...layers.map((layer) => layer.rules ?? {})) as Record<string, SeverityOrOff>;
  const globLayer = [...layers].reverse().find((layer) => layer.designDocGlobs);
  return {
    file: resolve(file),
    files,
    rules,
    designDocGlobs: globLayer ? { base: dirname(globLayer.file), globs: globLayer.designDocGlobs! } : undefined,
    ignore: layers.filter((layer) => layer.ignore?.length).map((layer) => ({ base: dirname(layer.file), globs: layer.ignore! })),
    problems: [],
  };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Rule severities for linting: config file rules, overridden by editor settings. */
export function effectiveSeverities(
  config: ResolvedConfig | undefined,
  settings: Readonly<Record<string, SeverityOrOff>> = {},
): Record<string, SeverityOrOff> {
  return { ...(config?.rules ?? {}), ...settings };
}

/** `path` relative to `base` with forward slashes, or undefined when it is not inside `base`. */
export function pathInside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.replace(/\\/g, '/');
}

/**
 * The globs that decide whether `path` is a design doc, and the path to match them against: explicit globs (editor
 * settings) as given; else the config's, relative to the folder of the config file that lists them; else the defaults.
 */
export function designDocGlobsFor(
  path: string,
  config: ResolvedConfig | undefined,
  explicit?: readonly string[],
): { globs: readonly string[]; path: string } {
  if (explicit) return { globs: explicit, path };
  const rel = config?.designDocGlobs && pathInside(config.designDocGlobs.base, path);
  if (config?.designDocGlobs && rel) return { globs: config.designDocGlobs.globs, path: rel };
  return { globs: defaultDesignDocGlobs, path };
}

const ignoreMatchers = new Map<string, (path: string) => boolean>();

/**
 * gitignore-like globs: `drafts/**` and `drafts` both cover the folder's contents, and a pattern without a slash
 * (`*.draft.md`, `archive`) matches a file or folder name at any depth.
 */
function ignoreMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let match = ignoreMatchers.get(key);
  if (!match) {
    const patterns = globs.flatMap((glob) => {
      const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
      return g.includes('/') ? [g, `${g}/**`] : [g, `${g}/**`, `**/${g}`, `**/${g}/**`];
    });
    match = picomatch(patterns, { dot: true });
    ignoreMatchers.set(key, match);
  }
  return match;
}

/** Whether any of the glob lists ignores `path` (an absolute path). */
export function isIgnored(path: string, lists: readonly GlobList[]): boolean {
  return lists.some((list) => {
    const rel = pathInside(list.base, path);
    return rel !== undefined && list.globs.length > 0 && ignoreMatcher(list.globs)(rel);
  });
}
