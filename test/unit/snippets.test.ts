/**
 * snippets/markdown.json and snippets/yaml.json: generated from the knowledge base (`npm run snippets`), so the
 * committed files must equal the generator's output; valid JSON with unique `mlsd-` prefixes and well-formed snippet
 * syntax; expanded YAML snippets are valid YAML; the Mermaid snippets and every diagram skeleton start with a diagram
 * type (test/worker/knownDiagrams.test.ts parses them with Mermaid).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { allDiagrams, diagrams, stepIds, subsections } from '../../server/src/knowledge';
import { renderTemplate } from '../../server/src/templates';
import { generateSnippets, snippetFileText, type Snippet } from '../../server/src/templates/snippets';

const root = join(__dirname, '..', '..');
const formats = ['markdown', 'yaml'] as const;
const diagramTypes =
  /^(?:flowchart|graph|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|mindmap|timeline|quadrantChart|gitGraph|block-beta|architecture-beta)\b/;

/** The text VS Code inserts when every placeholder keeps its default (the first choice). */
function expand(body: readonly string[]): string {
  const unescape = (text: string) => text.replace(/\\([\\$},|])/g, '$1');
  return body
    .join('\n')
    .replace(/\$\{\d+\|((?:\\.|[^|\\,])*)(?:,(?:\\.|[^|\\])*)?\|\}/g, (_, first: string) => unescape(first))
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, value: string) => value)
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$}])/g, '$1');
}

function committed(format: 'markdown' | 'yaml'): { text: string; json: Record<string, Snippet> } {
  const text = readFileSync(join(root, 'snippets', `${format}.json`), 'utf8');
  return { text, json: JSON.parse(text) as Record<string, Snippet> };
}

for (const format of formats) {
  describe(`snippets/${format}.json`, () => {
    it('equals the generated output (run `npm run snippets` after changing the knowledge base)', () => {
      assert.ok(
        committed(format).text === snippetFileText(format),
        `snippets/${format}.json is out of date: run \`npm run snippets\``,
      );
    });

    it('is valid JSON with a prefix, a body and a description per snippet, prefixes unique and starting with mlsd-', () => {
      const { json } = committed(format);
      const prefixes = Object.values(json).map((snippet) => snippet.prefix);
      assert.equal(new Set(prefixes).size, prefixes.length, 'unique prefixes');
      for (const [name, snippet] of Object.entries(json)) {
        assert.match(name, /^mlsd: /);
        assert.match(snippet.prefix, /^mlsd-[a-z0-9-]+$/);
        assert.ok(Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string'), name);
        assert.ok(snippet.description.length > 20, `${name} has a description`);
      }
    });

    it('has one snippet per step, per common sub-section and per general-purpose diagram', () => {
      const prefixes = new Set(Object.values(generateSnippets(format)).map((snippet) => snippet.prefix));
      for (const id of stepIds) assert.ok(prefixes.has(`mlsd-${id}`), id);
      for (const section of subsections) assert.ok(prefixes.has(`mlsd-${section.id}`), section.id);
      for (const diagram of diagrams.filter((d) => d.snippet))
        assert.ok(prefixes.has(`mlsd-diagram-${diagram.snippet}`), diagram.id);
      for (const prefix of [
        'mlsd-offline-metrics',
        'mlsd-online-metrics',
        'mlsd-serving-mode',
        'mlsd-ab-test',
        'mlsd-drift-monitoring',
      ]) {
        assert.ok(prefixes.has(prefix), prefix);
      }
      for (const prefix of [
        'mlsd-diagram-funnel',
        'mlsd-diagram-training',
        'mlsd-diagram-feature-store',
        'mlsd-diagram-two-tower',
      ]) {
        assert.ok(prefixes.has(prefix), prefix);
      }
    });

    it('uses well-formed snippet syntax: every $ is a tab stop or escaped, tab stops numbered 1..n', () => {
      for (const [name, snippet] of Object.entries(generateSnippets(format))) {
        const body = snippet.body.join('\n');
        const bare = body.replace(/\\[\\$},|]/g, '');
        assert.doesNotMatch(bare.replace(/\$\{\d+(?::[^}]*|\|[^|]*\|)\}|\$\d+/g, ''), /\$/, `${name}: stray $`);
        const stops = [
          ...new Set([...bare.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])).filter((n) => n > 0)),
        ].sort((a, b) => a - b);
        assert.deepEqual(
          stops,
          stops.map((_, i) => i + 1),
          `${name}: tab stops`,
        );
      }
    });

    it('expands to valid text: YAML snippets parse, the doc snippets equal the templates', () => {
      const snippets = generateSnippets(format);
      for (const [name, snippet] of Object.entries(snippets)) {
        const text = expand(snippet.body);
        if (format === 'yaml') assert.doesNotThrow(() => parseYaml(text), name);
      }
      const byPrefix = (prefix: string) => Object.values(snippets).find((s) => s.prefix === prefix)!;
      assert.equal(expand(byPrefix('mlsd-doc').body), renderTemplate('blank', format));
      assert.equal(expand(byPrefix('mlsd-quick-45').body), renderTemplate('quick-45', format));
    });

    it('Mermaid snippets start with a diagram type', () => {
      const mermaid = Object.values(generateSnippets(format)).filter((s) => s.prefix.startsWith('mlsd-diagram-'));
      assert.equal(mermaid.length, 4);
      for (const snippet of mermaid) {
        const [opening, first] = snippet.body;
        assert.equal(opening, format === 'yaml' ? 'diagram: |' : '```mermaid');
        assert.match(first.trim(), diagramTypes, snippet.prefix);
      }
    });
  });
}

describe('diagram skeletons', () => {
  it('start with a diagram type and have unique ids', () => {
    assert.equal(new Set(allDiagrams.map((d) => d.id)).size, allDiagrams.length);
    for (const diagram of allDiagrams) assert.match(diagram.lines[0], diagramTypes, diagram.id);
  });
});
