/**
 * The diagram rules that need no Mermaid (security level, unexplained components) and the components a diagram names.
 * The rules on Mermaid's outcomes are tested with the real Mermaid in test/worker/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultRules, lint, parseDesignDoc, type DesignDoc, type Finding } from '../../server/src/engine';
import { diagramComponents } from '../../server/src/engine/diagrams/components';

function findings(
  text: string,
  rule: string,
  format: 'markdown' | 'yaml' = 'markdown',
): { doc: DesignDoc; found: Finding[] } {
  const doc = parseDesignDoc(text, format);
  return { doc, found: lint(doc, { rules: defaultRules }).filter((f) => f.rule === rule) };
}

const covered = (doc: DesignDoc, f: Finding): string =>
  doc.lines[f.range.start.line].slice(f.range.start.character, f.range.end.character);

describe('diagram rules', () => {
  it('mermaid-security-level flags directives and diagram front matter that lower securityLevel, on the value', () => {
    const text = [
      '# Doc',
      '',
      '```mermaid',
      "%%{init: {'securityLevel': 'loose', 'theme': 'dark'}}%%",
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '```mermaid',
      '---',
      'config:',
      '  securityLevel: antiscript',
      '---',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '```mermaid',
      '%%{init: {"securityLevel": "strict"}}%%',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '```mermaid',
      'flowchart LR',
      '  A["securityLevel: loose"] --> B',
      '```',
    ].join('\n');
    const { doc, found } = findings(text, 'mermaid-security-level');
    assert.deepEqual(
      found.map((f) => [f.range.start.line, covered(doc, f)]),
      [
        [3, 'loose'],
        [11, 'antiscript'],
      ],
    );
    assert.match(found[0].message, /sets securityLevel to "loose".*renders with "strict"/);
  });

  it('diagram components: flowchart shapes, architecture labels and sequence participants; no edge labels, ids or icons', () => {
    const labels = (source: string): string[] => diagramComponents(source).map((c) => c.label);
    assert.deepEqual(
      labels(
        [
          'flowchart LR',
          '  subgraph Online [Online path]',
          '  A[Event logs] -->|streams| B[(Feature store)]',
          '  B --> C{{"Candidate <br/> generation"}} --> D((Ranker))',
          '  D --> E>Re-ranker] --> F',
          '  end',
          '  classDef hot fill:#f00',
        ].join('\n'),
      ),
      ['Event logs', 'Feature store', 'Candidate generation', 'Ranker', 'Re-ranker'],
    );
    assert.deepEqual(
      labels(
        [
          'architecture-beta',
          '  group api(cloud)[Serving]',
          '  service db(database)[Vector index] in api',
          '  db:L -- R:api',
        ].join('\n'),
      ),
      ['Serving', 'Vector index'],
    );
    assert.deepEqual(
      labels(
        [
          'sequenceDiagram',
          '  participant C as Mobile client',
          '  participant FeatureStore',
          '  C->>FeatureStore: read',
        ].join('\n'),
      ),
      ['Mobile client', 'Feature Store'],
    );
    assert.deepEqual(labels(['pie', '  "Clicks" : 40'].join('\n')), []);
  });

  it('unexplained-diagram-component lists the components the text never mentions, once per doc', () => {
    const doc = readFileSync(join(__dirname, '..', 'fixtures', 'docs', 'complete.mlsd.md'), 'utf8');
    const diagram = [
      '```mermaid',
      'flowchart LR',
      '  L[Click logs] --> E[Label auditor] --> I[HNSW index]',
      '  I --> R[Re-ranking service] --> G[Guardrail checker]',
      '  I --> K[(Kafka)]',
      '```',
    ];
    const text = `${doc}\n${diagram.join('\n')}\n\n${diagram.join('\n')}\n`;
    const { doc: model, found } = findings(text, 'unexplained-diagram-component');
    assert.equal(found.length, 1, 'the second copy of the diagram repeats nothing');
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /never explains: Label auditor, Guardrail checker, Kafka\./);
    assert.deepEqual(
      found[0].related?.map((r) => covered(model, { ...found[0], range: r.range })),
      ['Label auditor', 'Guardrail checker', 'Kafka'],
    );
  });

  it('diagram findings name the step of the section holding the diagram, or the one their labels name', () => {
    const text = [
      '# Doc',
      '',
      '```mermaid',
      'flowchart LR',
      '  A[Feature store] --> B[Quokka]',
      '```',
      '',
      '## 6. Serving',
      'Requests are scored by the model behind a load balancer, with results cached for a minute.',
      '',
      '```mermaid',
      "%%{init: {'securityLevel': 'loose'}}%%",
      'flowchart LR',
      '  A[Feature store] --> B[Quokka]',
      '```',
    ].join('\n');
    const doc = parseDesignDoc(text, 'markdown');
    const found = lint(doc, { rules: defaultRules }).filter(
      (f) => f.rule.startsWith('mermaid-') || f.rule.startsWith('unexplained-'),
    );
    assert.deepEqual(
      found.map((f) => [f.rule, f.range.start.line, f.step]),
      [
        ['unexplained-diagram-component', 4, 'monitoring'],
        ['mermaid-security-level', 11, 'serving'],
      ],
    );
    // The label that names a concept carries the evidence the scan found on it; an unknown word carries none.
    const [feature, quokka] = found[0].related ?? [];
    assert.equal(feature.evidence?.concept, 'ml-infrastructure');
    assert.equal(feature.evidence.strength, 'diagram');
    assert.equal(quokka.evidence, undefined);
  });

  it('diagram labels are evidence for their step, in a Markdown fence and in a YAML `diagrams` map alike', () => {
    const labels = 'A[Prediction logs] --> B[Drift detector] --> C[Alerting on PSI]';
    const docs = {
      markdown: ['# Doc', '', '## Monitoring', '', '```mermaid', 'flowchart LR', `  ${labels}`, '```'],
      yaml: ['title: Doc', 'monitoring: ""', 'diagrams:', '  monitoring: |', '    flowchart LR', `      ${labels}`],
    };
    for (const [format, lines] of Object.entries(docs) as ['markdown' | 'yaml', string[]][]) {
      const doc = parseDesignDoc(lines.join('\n'), format);
      const line = lines.findIndex((l) => l.includes('Drift detector'));
      const fromLabels = doc.evidence.filter((e) => e.strength === 'diagram');
      assert.ok(
        fromLabels.some(
          (e) => e.concept === 'drift-monitoring' && e.step === 'monitoring' && e.range.start.line === line,
        ),
        `${format}: ${JSON.stringify(fromLabels.map((e) => [e.concept, e.step, e.range.start.line]))}`,
      );
      assert.equal(doc.statements[fromLabels[0].statement].section, doc.steps.monitoring.sections[0], format);
      assert.notEqual(doc.steps.monitoring.state, 'empty', `${format}: the diagram is the step's content`);
    }
  });

  it("a YAML diagram filed under a step key is that step's; one under no step key is about what its labels name", () => {
    const text = [
      'title: Doc',
      'serving: Requests are ranked by the model behind a load balancer.',
      'diagram: |',
      '  flowchart LR',
      '    A[Drift detector] --> B[Quokka]',
      'diagrams:',
      '  serving: |',
      '    flowchart LR',
      '      A[Feature store] --> B[Gerbil]',
    ].join('\n');
    const doc = parseDesignDoc(text, 'yaml');
    const found = lint(doc, { rules: defaultRules }).filter((f) => f.rule === 'unexplained-diagram-component');
    assert.deepEqual(
      found.map((f) => [f.range.start.line, f.step]),
      [
        [4, 'monitoring'],
        [8, 'serving'],
      ],
    );
    // The labels of the top-level diagram belong to no section; they still count for the step they name.
    const drift = doc.evidence.find((e) => e.concept === 'drift-monitoring');
    assert.deepEqual([drift?.step, drift?.section, drift?.strength], ['monitoring', -1, 'diagram']);
  });

  it('unexplained-diagram-component leaves a fresh template alone', () => {
    const { found } = findings(
      [
        '# Doc',
        '',
        '## Serving',
        'TODO',
        '',
        '```mermaid',
        'flowchart LR',
        '  A[Feature store] --> B[Ranker]',
        '```',
      ].join('\n'),
      'unexplained-diagram-component',
    );
    assert.deepEqual(found, []);
  });
});
