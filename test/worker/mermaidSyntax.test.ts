/**
 * mermaid-syntax and mermaid-unknown-type with the real Mermaid in the diagram worker: broken diagrams of each common
 * type, in a Markdown fence, a `::: mermaid` container and YAML block scalars (indented, in a `diagrams` list), must
 * put the finding on the token Mermaid complains about, whatever front matter, directives and comment lines shift
 * Mermaid's own line count.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  defaultRules,
  lint,
  parseDesignDoc,
  type DesignDoc,
  type DiagramOutcomes,
  type Finding,
} from '../../server/src/engine';
import { brokenDiagrams } from '../helpers/brokenDiagrams';
import { realChecker } from '../helpers/mermaidWorker';

const checker = realChecker();
after(() => checker.stop());

async function outcomesFor(doc: DesignDoc): Promise<DiagramOutcomes> {
  return (await checker.check(doc.mermaid.map((block) => block.source))).outcomes;
}

async function diagramFindings(
  text: string,
  format: 'markdown' | 'yaml',
): Promise<{ doc: DesignDoc; findings: Finding[] }> {
  const doc = parseDesignDoc(text, format);
  const findings = lint(doc, { rules: defaultRules, diagrams: await outcomesFor(doc) }).filter((f) =>
    f.rule.startsWith('mermaid-'),
  );
  return { doc, findings };
}

function covered(doc: DesignDoc, finding: Finding): string {
  const { start, end } = finding.range;
  assert.equal(start.line, end.line, 'a one-line range');
  return doc.lines[start.line].slice(start.character, end.character);
}

describe('mermaid-syntax with the real Mermaid parser', () => {
  for (const diagram of brokenDiagrams) {
    for (const [container, open, close] of [
      ['a Markdown fence', '```mermaid', '```'],
      ['a `::: mermaid` container', '::: mermaid', ':::'],
    ]) {
      it(`${diagram.type}: in ${container}, on the token Mermaid names`, async () => {
        const text = ['# Ranking', '', 'Some prose first.', '', open, ...diagram.lines, close, ''].join('\n');
        const { doc, findings } = await diagramFindings(text, 'markdown');
        assert.equal(findings.length, 1, JSON.stringify(findings));
        assert.equal(findings[0].rule, 'mermaid-syntax');
        assert.equal(findings[0].severity, 'error');
        assert.equal(findings[0].range.start.line, 5 + diagram.line, findings[0].message);
        assert.equal(covered(doc, findings[0]), diagram.covers);
      });
    }

    it(`${diagram.type}: in YAML block scalars (\`diagram: |\`, and indented deeper in a \`diagrams\` map)`, async () => {
      const single = [
        'title: Ranking',
        'diagram: |',
        ...diagram.lines.map((l) => `  ${l}`),
        'requirements: Fast.',
        '',
      ].join('\n');
      const named = [
        'title: Ranking',
        'diagrams:',
        '  serving: |-',
        ...diagram.lines.map((l) => `      ${l}`),
        'requirements: Fast.',
        '',
      ].join('\n');
      for (const [text, firstLine] of [
        [single, 2],
        [named, 3],
      ] as const) {
        const { doc, findings } = await diagramFindings(text, 'yaml');
        assert.equal(findings.length, 1, JSON.stringify(findings));
        assert.equal(findings[0].range.start.line, firstLine + diagram.line);
        assert.equal(covered(doc, findings[0]), diagram.covers);
      }
    });
  }

  it('names the step of the section the broken diagram sits in', async () => {
    const text = ['# Ranking', '', '## 6. Serving', '', '```mermaid', 'flowchart LR', '  A --> B -->', '```', ''];
    const { findings } = await diagramFindings(text.join('\n'), 'markdown');
    assert.deepEqual(
      findings.map((f) => [f.rule, f.step]),
      [['mermaid-syntax', 'serving']],
    );
  });

  it('a fence inside a list item and a quote keeps its columns', async () => {
    const text = [
      '# Ranking',
      '',
      '- The flow:',
      '',
      '  > ```mermaid',
      '  > flowchart LR',
      '  >   A -->> B',
      '  > ```',
      '',
    ].join('\n');
    const { doc, findings } = await diagramFindings(text, 'markdown');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 6);
    assert.equal(covered(doc, findings[0]), '>');
  });

  it('a folded YAML scalar, whose lines Mermaid never sees as written, is reported at the start of the value', async () => {
    const text = ['title: Ranking', 'diagram: >', '  flowchart LR', '  A -->> B', ''].join('\n');
    const { findings } = await diagramFindings(text, 'yaml');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].range.start.line, 2);
  });

  it('valid diagrams of every type give no finding, and a broken one does not hide the others', async () => {
    const valid = [
      ['flowchart LR', '  A[Logs] --> B[(Feature store)] --> C{{Ranker}}'],
      ['sequenceDiagram', '  Client->>API: request', '  API-->>Client: response'],
      ['classDiagram', '  class Model', '  Model : +predict()'],
      ['stateDiagram-v2', '  [*] --> Training', '  Training --> Serving'],
      ['erDiagram', '  USER ||--o{ EVENT : logs'],
      ['gantt', '  dateFormat YYYY-MM-DD', '  section Build', '  Train :a1, 2024-01-01, 3d'],
      ['architecture-beta', '  service db(database)[Database]', '  service api(server)[API]', '  db:L -- R:api'],
    ];
    const fences = valid.flatMap((lines) => ['```mermaid', ...lines, '```', '']);
    const text = ['# Ranking', '', ...fences, '```mermaid', 'flowchart LR', '  A -->> B', '```', ''].join('\n');
    const { doc, findings } = await diagramFindings(text, 'markdown');
    assert.deepEqual(
      findings.map((f) => [f.rule, f.range.start.line]),
      [['mermaid-syntax', doc.lines.indexOf('  A -->> B')]],
    );
  });
});

describe('mermaid-unknown-type', () => {
  it('names the closest diagram type for a typo, on the type word', async () => {
    const text = ['# Ranking', '', '```mermaid', '%% overview', 'flowchat LR', '  A --> B', '```', ''].join('\n');
    const { doc, findings } = await diagramFindings(text, 'markdown');
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['mermaid-unknown-type'],
    );
    assert.equal(findings[0].range.start.line, 4);
    assert.equal(covered(doc, findings[0]), 'flowchat');
    assert.match(findings[0].message, /did you mean "flowchart"\?/);
  });

  it('every diagram type the "did you mean" list offers is one Mermaid knows', async () => {
    const { mermaidDiagramTypes } = await import('../../server/src/knowledge/mermaid');
    const { outcomes } = await checker.check(mermaidDiagramTypes.map((type) => `${type}\n`));
    for (const type of mermaidDiagramTypes) {
      const outcome = outcomes.get(`${type}\n`);
      assert.ok(
        outcome?.kind === 'valid' || (outcome?.kind === 'invalid' && !outcome.problem.unknownType),
        `${type}: ${JSON.stringify(outcome)}`,
      );
    }
  });
});
