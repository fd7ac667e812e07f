/** Project config files: parsing and validation with positions, lookup, extends, precedence, ignore, the schema. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import {
  ConfigLoader,
  defaultRules,
  jsonSyntaxError,
  parseConfigText,
  planDocument,
  resolveConfig,
  type ConfigHost,
} from '../../server/src/engine';
import { boundedConfigHost } from '../../server/src/workspace';
import { fileUri, nodeFileSystem } from '../../server/src/workspace/node';
import { isConfigFile } from '../../common/files';
import { configSchemaJson, customPresetSettingSchema, ruleSettingSchema } from '../../scripts/configSchema';
import { tempDir } from '../helpers/tempDir';

const root = join(__dirname, '..', '..');
const joinLines = (...lines: string[]): string => lines.join('\n');

/** An in-memory file system for the pure resolver, by URI. */
function memoryHost(files: Record<string, string>): ConfigHost {
  return { readFile: (uri) => Promise.resolve(files[uri]), isFile: (uri) => Promise.resolve(uri in files) };
}

/** The config host of the disk with `root` as the workspace, as the CLI has it. */
const diskHost = (root: string): ConfigHost =>
  boundedConfigHost(nodeFileSystem, () => ({ roots: [fileUri(root)], trusted: true }));

/** Writes files under a fresh temporary folder; returns the folder. */
function tree(files: Record<string, string>): string {
  const dir = tempDir('mlsd-config-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('a valid JSON config gives its settings and no problem', () => {
  const config = parseConfigText(
    JSON.stringify({
      $schema: './schemas/mlsdrc.schema.json',
      rules: { 'step-order': 'off', 'missing-step': 'warning' },
      ignore: ['drafts'],
    }),
    '/p/.mlsdrc.json',
  );
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.rules, { 'step-order': 'off', 'missing-step': 'warning' });
  assert.deepEqual(config.ignore, ['drafts']);
});

test('JSON: a wrong severity and an unknown rule are reported on their own lines', () => {
  const text = joinLines(
    '{', // 0
    '  "rules": {',
    '    "step-order": "off",',
    '    "missing-step": "fatal",', // 3
    '    "missing-stepz": "warning"', // 4
    '  }',
    '}',
  );
  const { problems, rules } = parseConfigText(text, '/p/.mlsdrc.json');
  assert.equal(rules, undefined, 'a broken file contributes no settings');
  assert.equal(problems.length, 2, JSON.stringify(problems));
  const [severity, unknown] = problems;
  assert.equal(severity.file, '/p/.mlsdrc.json');
  assert.deepEqual(severity.range, { start: { line: 3, character: 20 }, end: { line: 3, character: 27 } });
  assert.match(
    severity.message,
    /Severity of "missing-step" must be one of error, warning, info, hint, off, not "fatal"/,
  );
  assert.deepEqual(unknown.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 19 } });
  assert.match(unknown.message, /Unknown rule "missing-stepz"; did you mean "missing-step"\?/);
});

test('YAML: unknown keys, wrong types and empty globs point at the key or value', () => {
  const text = joinLines(
    'rules:', // 0
    '  step-order: loud', // 1
    'ignores: [drafts]', // 2
    'designDocGlobs: "*.md"', // 3
    'ignore:', // 4
    '  - ""', // 5
  );
  const { problems } = parseConfigText(text, '/p/.mlsdrc.yaml');
  assert.deepEqual(
    problems.map((p) => [p.range?.start.line, p.message.split(/[;.]/)[0]]),
    [
      [1, 'Severity of "step-order" must be one of error, warning, info, hint, off, not "loud"'],
      [2, 'Unknown key "ignores"'],
      [3, '"designDocGlobs" must be a list of glob patterns'],
      [5, '"ignore[0]" must not be empty'],
    ],
  );
});

test('bad JSON and bad YAML syntax are problems with a line, never exceptions', () => {
  const json = parseConfigText(joinLines('{', '  "rules": {', '    "step-order": "off"', '  ', '}'), '/p/.mlsdrc.json');
  assert.equal(json.problems.length > 0, true);
  assert.match(json.problems[0].message, /^Invalid JSON: /);
  const yaml = parseConfigText(joinLines('rules:', '  step-order: [off', 'ignore: x'), '/p/.mlsdrc.yaml');
  assert.match(yaml.problems[0].message, /^Invalid YAML: /);
  assert.equal(yaml.problems[0].range?.start.line, 1, 'at the "[" that is never closed');
  const list = parseConfigText('- a\n- b\n', '/p/.mlsdrc.yml');
  assert.match(list.problems[0].message, /must be a map/);
  assert.deepEqual(parseConfigText('', '/p/.mlsdrc.yaml').problems, [], 'an empty file is an empty config');
});

test('extends: bases first, in order, relative to the extending file; the file itself wins', async () => {
  const host = memoryHost({
    'file:///p/team/.mlsdrc.yaml': joinLines(
      'extends: [../base.json, ./strict.yaml]',
      'rules:',
      '  step-order: hint',
      'ignore: [drafts]',
    ),
    'file:///p/base.json':
      '{ "rules": { "step-order": "off", "empty-step": "info" }, "ignore": ["archive"], "designDocGlobs": ["docs/*.md"] }',
    'file:///p/team/strict.yaml': 'rules:\n  empty-step: error\n',
  });
  const config = await resolveConfig('file:///p/team/.mlsdrc.yaml', host);
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.files, ['file:///p/base.json', 'file:///p/team/strict.yaml', 'file:///p/team/.mlsdrc.yaml']);
  assert.deepEqual(config.rules, { 'step-order': 'hint', 'empty-step': 'error' });
  assert.deepEqual(config.ignore, [
    { base: 'file:///p', globs: ['archive'] },
    { base: 'file:///p/team', globs: ['drafts'] },
  ]);
  assert.deepEqual(config.designDocGlobs, { base: 'file:///p', globs: ['docs/*.md'] });
});

test('extends works the same in a virtual workspace, and an absolute or Windows-style path stays in its tree', async () => {
  const repo = 'vscode-vfs://github/owner/repo';
  const host = memoryHost({
    [`${repo}/docs/.mlsdrc.json`]: '{ "extends": ["..\\\\shared\\\\base.json", "/owner/repo/strict.json"] }',
    [`${repo}/shared/base.json`]: '{ "rules": { "step-order": "off" } }',
    [`${repo}/strict.json`]: '{ "rules": { "empty-step": "error" } }',
  });
  const config = await resolveConfig(`${repo}/docs/.mlsdrc.json`, host);
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.rules, { 'step-order': 'off', 'empty-step': 'error' });
  assert.deepEqual(config.files, [`${repo}/shared/base.json`, `${repo}/strict.json`, `${repo}/docs/.mlsdrc.json`]);
});

test('an extends cycle is one clear problem, on the same entry whichever file the lookup starts from', async () => {
  const host = memoryHost({
    'file:///p/.mlsdrc.json': '{\n  "extends": "./a.json"\n}',
    'file:///p/a.json': '{\n  "extends": ["./b.json"],\n  "rules": { "step-order": "off" }\n}',
    'file:///p/b.json': '{\n  "extends": "a.json"\n}',
  });
  const config = await resolveConfig('file:///p/.mlsdrc.json', host);
  assert.deepEqual(config.rules, {}, 'a broken chain falls back to the defaults');
  const expected = [['file:///p/a.json', 1, '"extends" cycle: a.json → b.json → a.json.']];
  assert.deepEqual(
    config.problems.map((p) => [p.file, p.range?.start.line, p.message]),
    expected,
  );
  const fromB = await resolveConfig('file:///p/b.json', host);
  assert.deepEqual(
    fromB.problems.map((p) => [p.file, p.range?.start.line, p.message]),
    expected,
  );
});

test('a missing extends target is reported on the extends entry, with its path', async () => {
  const config = await resolveConfig(
    'file:///p/.mlsdrc.yaml',
    memoryHost({ 'file:///p/.mlsdrc.yaml': 'rules: {}\nextends: ./nope.yaml\n' }),
  );
  assert.equal(config.problems.length, 1);
  assert.equal(config.problems[0].range?.start.line, 1);
  assert.equal(config.problems[0].message, '"./nope.yaml" does not exist (/p/nope.yaml).');
});

test('the nearest config up the tree wins, up to the file-system root', async () => {
  const dir = tree({
    '.mlsdrc.json': '{ "rules": { "step-order": "off" } }',
    'team/.mlsdrc.yaml': 'rules:\n  empty-step: hint\n',
    'team/docs/deep/a.mlsd.md': '',
    'other/b.mlsd.md': '',
  });
  const loader = new ConfigLoader(diskHost(dir));
  const uri = (path: string) => fileUri(join(dir, path));
  assert.equal(await loader.configFileFor(uri('team/docs/deep/a.mlsd.md')), uri('team/.mlsdrc.yaml'));
  assert.deepEqual((await loader.forDocument(uri('team/docs/deep/a.mlsd.md')))?.rules, { 'empty-step': 'hint' });
  assert.deepEqual((await loader.forDocument(uri('other/b.mlsd.md')))?.rules, { 'step-order': 'off' });
  // Cached per folder until cleared.
  writeFileSync(join(dir, 'other/.mlsdrc.yml'), 'rules:\n  missing-step: info\n');
  assert.deepEqual((await loader.forDocument(uri('other/b.mlsd.md')))?.rules, { 'step-order': 'off' });
  loader.clear();
  assert.deepEqual((await loader.forDocument(uri('other/b.mlsd.md')))?.rules, { 'missing-step': 'info' });
  const none = tree({ 'x.mlsd.md': '' });
  // A temp folder normally has no config above it; if the machine has one, the lookup still ends at the root.
  const found = await new ConfigLoader(diskHost(none)).configFileFor(fileUri(join(none, 'x.mlsd.md')));
  assert.ok(found === undefined || !found.startsWith(fileUri(none)));
});

test('precedence: defaults < config file < editor settings', async () => {
  const config = await resolveConfig(
    'file:///p/.mlsdrc.json',
    memoryHost({ 'file:///p/.mlsdrc.json': '{"rules":{"step-order":"off","empty-step":"error"}}' }),
  );
  assert.deepEqual(planDocument('file:///p/a.mlsd.md', { config, rules: { 'empty-step': 'hint' } }).config, {
    severities: { 'step-order': 'off', 'empty-step': 'hint' },
  });
  assert.deepEqual(planDocument('file:///p/a.mlsd.md').config, { severities: {} });
});

test('ignore globs are relative to their config file, gitignore-like', () => {
  const ignore = [{ base: 'file:///p', globs: ['drafts', 'docs/old/**', '*.wip.md'] }];
  const isIgnored = (path: string): boolean => planDocument(`file://${path}`, { ignore }).ignored;
  assert.equal(isIgnored('/p/drafts/a.mlsd.md'), true);
  assert.equal(isIgnored('/p/team/drafts/a.mlsd.md'), true, 'a name without a slash matches at any depth');
  assert.equal(isIgnored('/p/docs/old/x/a.mlsd.md'), true);
  assert.equal(isIgnored('/p/team/a.wip.md'), true);
  assert.equal(isIgnored('/p/docs/a.mlsd.md'), false);
  assert.equal(isIgnored('/elsewhere/drafts/a.mlsd.md'), false, 'outside the config folder');
  assert.equal(
    planDocument('vscode-vfs://github/p/drafts/a.mlsd.md', { ignore }).ignored,
    false,
    'the same path in another tree',
  );
});

test('design-doc globs: settings as given, else the config file’s relative to its folder, else the defaults', async () => {
  const config = await resolveConfig(
    'file:///p/.mlsdrc.json',
    memoryHost({ 'file:///p/.mlsdrc.json': '{"designDocGlobs":["designs/*.md"]}' }),
  );
  const globs = (uri: string, designDocGlobs?: string[]) => {
    const plan = planDocument(uri, { config, designDocGlobs });
    return { globs: plan.designDocGlobs, path: plan.globPath };
  };
  assert.deepEqual(globs('file:///p/designs/a.md'), { globs: ['designs/*.md'], path: 'designs/a.md' });
  assert.deepEqual(globs('file:///p/designs/a.md', ['**/*.design.md']), { globs: ['**/*.design.md'], path: undefined });
  assert.equal(planDocument('file:///p/a.mlsd.md').designDocGlobs.includes('**/*.mlsd.md'), true);
  assert.equal(isConfigFile('/p/.mlsdrc.yml'), true);
  assert.equal(isConfigFile('vscode-vfs://github/p/.mlsdrc.yml'), true);
  assert.equal(isConfigFile('/p/mlsdrc.json'), false);
});

test('schemas/mlsdrc.schema.json is generated: its rule ids are exactly defaultRules (run npm run docs)', () => {
  const text = readFileSync(join(root, 'schemas', 'mlsdrc.schema.json'), 'utf8');
  const schema = JSON.parse(text);
  assert.deepEqual(
    Object.keys(schema.properties.rules.properties),
    defaultRules.map((rule) => rule.id),
  );
  assert.equal(text, configSchemaJson(), 'run npm run docs');
  assert.equal(new Ajv({ strict: false }).validateSchema(schema), true, 'a valid JSON Schema');
  for (const rule of defaultRules)
    assert.deepEqual(schema.properties.rules.properties[rule.id].enum, ['error', 'warning', 'info', 'hint', 'off']);
});

test('package.json contributes the mlsd.rules setting for every rule, and validation for the config files', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(
    Object.keys(properties['mlsd.rules'].properties),
    defaultRules.map((rule) => rule.id),
  );
  assert.deepEqual(properties['mlsd.rules'], ruleSettingSchema(), 'run npm run docs');
  assert.deepEqual(properties['mlsd.practice.customPreset'], customPresetSettingSchema(), 'run npm run docs');
  assert.equal(properties['mlsd.ignore'].type, 'array');
  assert.deepEqual(manifest.contributes.jsonValidation, [
    { fileMatch: '.mlsdrc.json', url: './schemas/mlsdrc.schema.json' },
  ]);
  const yaml = manifest.contributes.yamlValidation as { fileMatch: string[]; url: string }[];
  assert.deepEqual(yaml.find((v) => v.fileMatch.includes('.mlsdrc.yaml'))?.url, './schemas/mlsdrc.schema.json');
  assert.deepEqual(yaml.find((v) => v.fileMatch.includes('*.mlsd.yaml'))?.url, './schemas/design-doc.schema.json');
});

test('the JSON syntax check accepts all of JSON, and nesting cannot overflow it', () => {
  const valid = '{"a": [1, -2.5e3, 0.5E-2, true, false, null, {"b": "\\u00e9\\n\\"\\\\\\/"}], "c": {}, "d": []}\n';
  assert.equal(jsonSyntaxError(valid), undefined);
  assert.equal(jsonSyntaxError(' \n\t'), undefined, 'an empty file is an empty config');
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  assert.equal(jsonSyntaxError(deep), undefined);
  assert.equal(jsonSyntaxError(`${'['.repeat(100_000)}`)?.start, 99_999, 'the innermost "[" is never closed');
});
