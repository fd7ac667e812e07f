/**
 * Prints (JSON on stdout) every RegExp the server's libraries build or export, for ./regexInventory. Runs in a process
 * of its own because it swaps the global RegExp for a recording proxy before the first module loads, and needs the
 * modules fresh (in the unit-test process they are loaded long before).
 *
 * Recorded: each RegExp built by code of the libraries or of common/ (patterns from lists of alternatives or from the
 * knowledge data, private or exported), at load time and while linting every example and fixture, previewing it and
 * rendering every template; and each RegExp reachable from the modules' exports. Patterns the dependencies build
 * (markdown-it, picomatch, ajv) are theirs, not recorded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type * as Files from '../../common/files';
import type * as Engine from '../../server/src/engine';
import type * as Services from '../../server/src/services';
import type * as Templates from '../../server/src/templates';
import type { FoundPattern } from './regexInventory';

const root = join(__dirname, '..', '..');
/** The code whose patterns are recorded. */
const ownFolders = ['server/src', 'common'].map((folder) => join(root, folder) + sep);
/** The modules loaded (all of them, so private patterns built at load time are seen) and walked for exports. */
const libraryFolders = ['knowledge', 'engine', 'services', 'templates', 'workspace'].map((library) =>
  join(root, 'server', 'src', library),
);

const found = new Map<string, FoundPattern>();
const record = (pattern: RegExp, where: string) => {
  const key = `/${pattern.source}/${pattern.flags}`;
  if (!found.has(key)) found.set(key, { source: pattern.source, flags: pattern.flags, where });
};

/** `file:line` of the first frame of our own code in a stack, or undefined when a dependency built the pattern. */
function builder(stack: string): string | undefined {
  for (const frame of stack.split('\n').slice(1)) {
    if (frame.includes(__filename)) continue;
    const at = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):\d+\)?$/.exec(frame.trim());
    if (!at) continue;
    const file = at[1].replace(/^file:\/\//, '');
    if (file.includes(`${sep}node_modules${sep}`)) return undefined;
    return ownFolders.some((folder) => file.startsWith(folder)) ? `${relative(root, file)}:${at[2]}` : undefined;
  }
  return undefined;
}

const NativeRegExp = RegExp;
const seen = new Set<string>();
function observe(pattern: RegExp): RegExp {
  const key = `/${pattern.source}/${pattern.flags}`;
  if (seen.has(key)) return pattern;
  seen.add(key);
  const where = builder(new Error().stack ?? '');
  if (where) record(pattern, where);
  return pattern;
}
// A proxy rather than a subclass: `RegExp(...)` without `new` keeps working, and `instanceof RegExp` stays true of
// literals (they come from the native constructor the proxy forwards to).
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, args: [string | RegExp, string?]) => observe(new target(...args)),
  apply: (target, self, args: [string | RegExp, string?]) => observe(Reflect.apply(target, self, args)),
});

/** Every file below a folder. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** RegExp values reachable from a value, with the property path that leads to each. */
function collectValues(value: unknown, path: string, visited: Set<object>): void {
  if (value instanceof NativeRegExp) return record(value, path);
  if (value === null || typeof value !== 'object' || visited.has(value)) return;
  visited.add(value);
  if (value instanceof Map) {
    for (const [key, item] of value) collectValues(item, `${path}.get(${String(key)})`, visited);
  } else if (value instanceof Set || Array.isArray(value)) {
    [...(value as Iterable<unknown>)].forEach((item, i) => collectValues(item, `${path}[${i}]`, visited));
  } else {
    for (const [key, item] of Object.entries(value)) collectValues(item, `${path}.${key}`, visited);
  }
}

const modules = libraryFolders
  .flatMap(filesUnder)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => ({
    file,
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every module of the libraries, found at run time, after the proxy is in place
    exports: require(file) as Record<string, unknown>,
  }));

/** Patterns built on use: lint, preview and render what the repository holds. */
function exercise(): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after the proxy is in place */
  const files = require('../../common/files') as typeof Files;
  const engine = require('../../server/src/engine') as typeof Engine;
  const services = require('../../server/src/services') as typeof Services;
  const templates = require('../../server/src/templates') as typeof Templates;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const documents = [join(root, 'examples'), join(root, 'test', 'fixtures')].flatMap(filesUnder);
  for (const path of documents) {
    const format = files.formatOfPath(path);
    if (!format) continue;
    const doc = engine.parseDesignDoc(readFileSync(path, 'utf8'), format);
    const findings = engine.lint(doc, { rules: engine.defaultRules });
    services.buildPreviewModel({ uri: `file://${path}`, version: null, doc, findings });
  }
  for (const id of templates.templateIds) {
    for (const format of ['markdown', 'yaml'] as const) templates.renderTemplate(id, format);
  }
}

exercise();
const visited = new Set<object>();
for (const { file, exports } of modules) collectValues(exports, `${relative(root, file)}#`, visited);
process.stdout.write(JSON.stringify([...found.values()]));
