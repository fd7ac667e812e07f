/** Project config files: parsing and validation with positions, lookup, extends, precedence, ignore, the schema. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import {
  ConfigLoader,
  defaultRules,
  parseConfigText,
  planDocument,
  resolveConfig,
  type ConfigHost,
} from '../../server/src/engine';
import { nodeConfigHost } from '../../server/src/workspace';
import { isConfigFile } from '../../common/files';
import { configSchemaJson, customPresetSettingSchema, ruleSettingSchema } from '../../scripts/configSchema';
import { tempDir } from '../helpers/tempDir';

const root = join(__dirname, '..', '..');
const joinLines = (...lines: string[]): string => lines.join('\n');

/** An in-memory file system for the pure resolver. */
function memoryHost(files: Record<string, string>): ConfigHost {
  return { readFile: (path) => files[path], isFile: (path) => path in files };
}

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
    problems.map((p) => [p.range.start.line, p.message.split(/[;.]/)[0]]),
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
  assert.ok(yaml.problems[0].range.start.line >= 1);
  const list = parseConfigText('- a\n- b\n', '/p/.mlsdrc.yml');
  assert.match(list.problems[0].message, /must be a map/);
  assert.deepEqual(parseConfigText('', '/p/.mlsdrc.yaml').problems, [], 'an empty file is an empty config');
});

test('extends: bases first, in order, relative to the extending file; the file itself wins', () => {
  const host = memoryHost({
    '/p/team/.mlsdrc.yaml': joinLines(
      'extends: [../base.json, ./strict.yaml]',
      'rules:',
      '  step-order: hint',
      'ignore: [drafts]',
    ),
    '/p/base.json':
      '{ "rules": { "step-order": "off", "empty-step": "info" }, "ignore": ["archive"], "designDocGlobs": ["docs/*.md"] }',
    '/p/team/strict.yaml': 'rules:\n  empty-step: error\n',
  });
  const config = resolveConfig('/p/team/.mlsdrc.yaml', host);
  assert.deepEqual(config.problems, []);
  assert.deepEqual(config.files, ['/p/base.json', '/p/team/strict.yaml', '/p/team/.mlsdrc.yaml']);
  assert.deepEqual(config.rules, { 'step-order': 'hint', 'empty-step': 'error' });
  assert.deepEqual(config.ignore, [
    { base: '/p', globs: ['archive'] },
    { base: '/p/team', globs: ['drafts'] },
  ]);
  assert.deepEqual(config.designDocGlobs, { base: '/p', globs: ['docs/*.md'] });
});

test('an extends cycle is a clear problem in every file of the cycle, and resolution ends', () => {
  const host = memoryHost({
    '/p/.mlsdrc.json': '{\n  "extends": "./a.json"\n}',
    '/p/a.json': '{\n  "extends": ["./b.json"],\n  "rules": { "step-order": "off" }\n}',
    '/p/b.json': '{\n  "extends": "a.json"\n}',
  });
  const config = resolveConfig('/p/.mlsdrc.json', host);
  assert.deepEqual(config.rules, {}, 'a broken chain falls back to the defaults');
  assert.deepEqual(
    config.problems.map((p) => [p.file, p.range.start.line, p.message]),
    [
      ['/p/a.json', 1, '"extends" cycle: a.json → b.json → a.json.'],
      ['/p/b.json', 1, '"extends" cycle: a.json → b.json → a.json.'],
    ],
  );
});

test('a missing extends target is reported on the extends entry', () => {
  const config = resolveConfig(
    '/p/.mlsdrc.yaml',
    memoryHost({ '/p/.mlsdrc.yaml': 'rules: {}\nextends: ./nope.yaml\n' }),
  );
  assert.equal(config.problems.length, 1);
  assert.equal(config.problems[0].range.start.line, 1);
  assert.match(config.problems[0].message, /"\.\/nope\.yaml" does not exist/);
});

test('the nearest config up the tree wins, up to the file-system root', () => {
  const dir = tree({
    '.mlsdrc.json': '{ "rules": { "step-order": "off" } }',
    'team/.mlsdrc.yaml': 'rules:\n  empty-step: hint\n',
    'team/docs/deep/a.mlsd.md': '',
    'other/b.mlsd.md': '',
  });
  const loader = new ConfigLoader(nodeConfigHost(() => ({ roots: [dir], trusted: true })));
  assert.equal(loader.configFileFor(join(dir, 'team/docs/deep/a.mlsd.md')), join(dir, 'team/.mlsdrc.yaml'));
  assert.deepEqual(loader.forDocument(join(dir, 'team/docs/deep/a.mlsd.md'))?.rules, { 'empty-step': 'hint' });
  assert.deepEqual(loader.forDocument(join(dir, 'other/b.mlsd.md'))?.rules, { 'step-order': 'off' });
  // Cached per folder until cleared.
  writeFileSync(join(dir, 'other/.mlsdrc.yml'), 'rules:\n  missing-step: info\n');
  assert.deepEqual(loader.forDocument(join(dir, 'other/b.mlsd.md'))?.rules, { 'step-order': 'off' });
  loader.clear();
  assert.deepEqual(loader.forDocument(join(dir, 'other/b.mlsd.md'))?.rules, { 'missing-step': 'info' });
  const none = tree({ 'x.mlsd.md': '' });
  // A temp folder normally has no config above it; if the machine has one, the lookup still ends at the root.
  const found = new ConfigLoader(nodeConfigHost(() => ({ roots: [none], trusted: true }))).configFileFor(
    join(none, 'x.mlsd.md'),
  );
  assert.ok(found === undefined || !found.startsWith(none));
});

test('precedence: defaults < config file < editor settings', () => {
  const config = resolveConfig(
    '/p/.mlsdrc.json',
    memoryHost({ '/p/.mlsdrc.json': '{"rules":{"step-order":"off","empty-step":"error"}}' }),
  );
  assert.deepEqual(planDocument('/p/a.mlsd.md', { config, rules: { 'empty-step': 'hint' } }).severities, {
    'step-order': 'off',
    'empty-step': 'hint',
  });
  assert.deepEqual(planDocument('/p/a.mlsd.md').severities, {});
});

test('ignore globs are relative to their config file, gitignore-like', () => {
  const ignore = [{ base: '/p', globs: ['drafts', 'docs/old/**', '*.wip.md'] }];
  const isIgnored = (path: string): boolean => planDocument(path, { ignore }).ignored;
  assert.equal(isIgnored('/p/drafts/a.mlsd.md'), true);
  assert.equal(isIgnored('/p/team/drafts/a.mlsd.md'), true, 'a name without a slash matches at any depth');
  assert.equal(isIgnored('/p/docs/old/x/a.mlsd.md'), true);
  assert.equal(isIgnored('/p/team/a.wip.md'), true);
  assert.equal(isIgnored('/p/docs/a.mlsd.md'), false);
  assert.equal(isIgnored('/elsewhere/drafts/a.mlsd.md'), false, 'outside the config folder');
});

test('design-doc globs: settings as given, else the config file’s relative to its folder, else the defaults', () => {
  const config = resolveConfig(
    '/p/.mlsdrc.json',
    memoryHost({ '/p/.mlsdrc.json': '{"designDocGlobs":["designs/*.md"]}' }),
  );
  const globs = (path: string, designDocGlobs?: string[]) => {
    const plan = planDocument(path, { config, designDocGlobs });
    return { globs: plan.designDocGlobs, path: plan.globPath };
  };
  assert.deepEqual(globs('/p/designs/a.md'), { globs: ['designs/*.md'], path: 'designs/a.md' });
  assert.deepEqual(globs('/p/designs/a.md', ['**/*.design.md']), { globs: ['**/*.design.md'], path: undefined });
  assert.equal(planDocument('/p/a.mlsd.md').designDocGlobs.includes('**/*.mlsd.md'), true);
  assert.equal(isConfigFile('/p/.mlsdrc.yml'), true);
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
