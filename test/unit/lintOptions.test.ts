/**
 * lint(doc, { rules, config }): it runs the rules it is given and no others, and applies the resolved config's
 * severities to them, whether or not the rules are mlsd's own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, lintDiagrams, parseDesignDoc, planDocument, type Rule } from '../../server/src/engine';

const doc = parseDesignDoc('# Doc\n\nSome text.\n', 'markdown');
const wholeFirstLine = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };

function reportingRule(id: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    name: id,
    summary: id,
    description: id,
    defaultSeverity: 'warning',
    tags: ['content'],
    check: () => [{ message: `${id} says so`, range: wholeFirstLine }],
    ...extra,
  };
}

const plain = reportingRule('plain-rule');
const optIn = reportingRule('opt-in-rule', { optIn: { how: 'set it', applies: () => false } });
const onDiagrams = reportingRule('diagram-rule', { needsDiagramOutcomes: true });
const findingsOf = (found: ReturnType<typeof lint>): string[] => found.map((f) => `${f.rule}:${f.severity}`);

test('lint runs the rules it is given, at their default severity without a config', () => {
  assert.deepEqual(findingsOf(lint(doc, { rules: [plain] })), ['plain-rule:warning']);
  assert.deepEqual(findingsOf(lint(doc, { rules: [] })), []);
});

test("the config's severities apply: a rule turned off, one set to another severity, an opt-in rule turned on", () => {
  const rules = [plain, optIn];
  assert.deepEqual(findingsOf(lint(doc, { rules, config: {} })), ['plain-rule:warning']);
  assert.deepEqual(findingsOf(lint(doc, { rules, config: { severities: { 'plain-rule': 'off' } } })), []);
  assert.deepEqual(
    findingsOf(lint(doc, { rules, config: { severities: { 'plain-rule': 'error', 'opt-in-rule': 'hint' } } })),
    ['plain-rule:error', 'opt-in-rule:hint'],
  );
});

test("a plan's config is what lint applies: the config file's severities overridden by the editor's", () => {
  const config = {
    file: 'file:///p/.mlsdrc.json',
    files: ['file:///p/.mlsdrc.json'],
    rules: { 'plain-rule': 'off' as const, 'opt-in-rule': 'info' as const },
    ignore: [],
    problems: [],
  };
  const plan = planDocument('file:///p/a.mlsd.md', { config, rules: { 'plain-rule': 'error' } });
  assert.deepEqual(findingsOf(lint(doc, { rules: [plain, optIn], config: plan.config })), [
    'plain-rule:error',
    'opt-in-rule:info',
  ]);
});

test("the rules on Mermaid's outcomes run only with outcomes, under the same config", () => {
  const rules = [plain, onDiagrams];
  const config = { severities: { 'diagram-rule': 'info' as const } };
  assert.deepEqual(findingsOf(lint(doc, { rules, config })), ['plain-rule:warning']);
  assert.deepEqual(findingsOf(lint(doc, { rules, config, diagrams: new Map() })), [
    'plain-rule:warning',
    'diagram-rule:info',
  ]);
  assert.deepEqual(findingsOf(lintDiagrams(doc, new Map(), { rules, config })), ['diagram-rule:info']);
});
