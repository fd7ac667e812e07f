/** The DesignDoc model both parsers produce: exact ranges for headings, bodies, diagrams and metadata. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';

const joinLines = (...lines: string[]): string => lines.join('\n');

test('Markdown: front matter, title, setext and ATX headings, code-fence comments are not headings', () => {
  const doc = parseDesignDoc(
    joinLines(
      '---', // 0
      'mlsd: 1',
      'title: Feed ranking',
      '---',
      'Feed ranking', // 4
      '============',
      '',
      '## Step 3: Data preparation', // 7
      '```python',
      '# Model development',
      'x = 1',
      '```',
      '```mermaid', // 12
      'flowchart LR',
      '  A --> B',
      '```',
    ),
    'markdown',
  );
  assert.deepEqual(doc.frontMatter?.data, { mlsd: 1, title: 'Feed ranking' });
  assert.deepEqual(doc.frontMatter?.keyRanges.title, {
    start: { line: 2, character: 0 },
    end: { line: 2, character: 5 },
  });
  assert.equal(doc.title?.text, 'Feed ranking');
  assert.deepEqual(
    doc.sections.map((s) => [s.title, s.level, s.headingSteps]),
    [
      ['Feed ranking', 1, []],
      ['Step 3: Data preparation', 2, ['data']],
    ],
  );
  assert.deepEqual(doc.steps.data.headingRange, { start: { line: 7, character: 0 }, end: { line: 7, character: 27 } });
  assert.deepEqual(doc.steps.data.bodyRange, { start: { line: 8, character: 0 }, end: { line: 15, character: 3 } });
  assert.equal(doc.steps.model.state, 'missing', 'a # line inside a code fence is not a heading');
  assert.deepEqual(doc.mermaid, [
    {
      source: 'flowchart LR\n  A --> B',
      firstLine: 13,
      range: { start: { line: 13, character: 0 }, end: { line: 14, character: 9 } },
    },
  ]);
});

test('Markdown: a `::: mermaid` container is a diagram as a fence is, in a list and a quote too; other `:::` lines are text', () => {
  const text = joinLines(
    '## Serving', // 0
    '::: mermaid',
    'flowchart LR',
    '  A[Feature store] --> B[Ranker]',
    ':::',
    '::: note', // 5
    '# Not a heading in a note',
    ':::',
    '- Online path:', // 8
    '  ::::Mermaid',
    '    sequenceDiagram',
    '  ::::',
    '',
    '> ::: mermaid', // 13
    '> pie',
    '',
    '::: mermaid', // 16
    'graph TD',
    '  A --> B',
  );
  const doc = parseDesignDoc(text, 'markdown');
  assert.deepEqual(
    doc.mermaid.map((m) => [m.source, m.firstLine, m.range.end.line]),
    [
      ['flowchart LR\n  A[Feature store] --> B[Ranker]', 2, 3],
      ['  sequenceDiagram', 10, 10],
      ['pie', 14, 14],
      ['graph TD\n  A --> B', 17, 18],
    ],
    'the last container is never closed: it runs to the end, as a fence does',
  );
  assert.deepEqual(
    doc.sections.map((s) => s.title),
    ['Serving', 'Not a heading in a note'],
    'a note container is ordinary Markdown',
  );
  const labels = doc.statements.find((s) => s.layout === 'diagram');
  assert.deepEqual([labels?.line, labels?.text], [3, 'Feature store. Ranker']);
  // Text after the container, edited in place, is parsed as a fresh parse reads it.
  const edited = text.replace('  ::::\n', '  ::::\nMore text.\n');
  assert.deepEqual(parseDesignDoc(edited, 'markdown', doc).mermaid, parseDesignDoc(edited, 'markdown').mermaid);
});

test('Markdown: merged headings name several steps; a container heading names none', () => {
  const doc = parseDesignDoc(
    joinLines(
      '# ML system design: news feed',
      '## Model development and offline evaluation',
      '### Model',
      'A multi-task DNN with one head per reaction, trained with binary cross-entropy.',
      '## Serving, monitoring and updates',
    ),
    'markdown',
  );
  assert.deepEqual(
    doc.sections.map((s) => s.headingSteps),
    [[], ['model', 'evaluation'], ['model'], ['serving', 'monitoring']],
  );
  assert.equal(doc.title?.text, 'ML system design: news feed');
});

test('YAML: step keys are sections, nested keys sub-sections, diagrams are Mermaid blocks', () => {
  const doc = parseDesignDoc(
    joinLines(
      'mlsd: 1', // 0
      'title: Visual search',
      'evaluation:', // 2
      '  offline: nDCG@10 with graded labels from raters.',
      '  online: CTR on results and time spent in an A/B test.',
      'diagrams:', // 5
      '  serving: |',
      '    flowchart LR',
      '      Q --> ANN',
    ),
    'yaml',
  );
  assert.equal(doc.title?.text, 'Visual search');
  assert.deepEqual(
    doc.sections.map((s) => [s.title, s.level, s.parent]),
    [
      ['evaluation', 1, -1],
      ['offline', 2, 0],
      ['online', 2, 0],
    ],
  );
  assert.deepEqual(doc.steps.evaluation.headingRange, {
    start: { line: 2, character: 0 },
    end: { line: 2, character: 10 },
  });
  assert.notEqual(doc.steps.evaluation.state, 'missing');
  assert.deepEqual(
    doc.mermaid.map((m) => [m.source, m.firstLine]),
    [['flowchart LR\n  Q --> ANN', 7]],
  );
});

test('bad YAML never throws and keeps what it can', () => {
  const doc = parseDesignDoc('mlsd: 1\nframing: [oops\nserving: batch\n', 'yaml');
  assert.ok(doc.syntaxProblems.length > 0);
  assert.match(doc.syntaxProblems[0].message, /^YAML: /);
});
