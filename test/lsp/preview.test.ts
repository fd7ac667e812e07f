/**
 * `mlsd/previewModel` over real JSON-RPC: what the preview panel shows (diagrams with their document lines, text,
 * step coverage with finding counts) comes from the server's own model and findings; null for anything that is not
 * an open design doc.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PreviewModelRequest } from '../../common/protocol';
import { joinLines, LspTestClient } from './lspClient';

const doc = joinLines(
  '---', // 0
  'mlsd: 1',
  'title: Feed ranking',
  'level: senior',
  '---',
  '# Feed ranking', // 5
  '',
  '## 1. Clarifying requirements',
  'The business goal is more watch time; 100 M daily users, 200 ms latency budget per request.',
  '## 2. Framing the problem as an ML task',
  'The ML objective is to predict the probability of a long watch; a pointwise ranking problem.', // 10
  '## 3. Data preparation',
  'Training data comes from logged impressions and watches; features include user and video embeddings.',
  '## 4. Model development',
  '',
  '## 5. Evaluation', // 15
  'Offline recall@k and nDCG on a held-out day; online an A/B test on watch time and CTR.',
  '',
  '```mermaid',
  'flowchart LR', // 19
  '  A[Request] --> B[Ranker]',
  '```',
);

describe('mlsd/previewModel', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  it('returns the diagrams, text and step coverage of an open design doc', async () => {
    const uri = 'file:///ws/preview.mlsd.md';
    await client.open(uri, doc);
    const model = await client.request(PreviewModelRequest, { uri });
    assert.ok(model);
    assert.equal(model.uri, uri);
    assert.equal(model.version, 1);
    assert.equal(model.format, 'markdown');
    assert.equal(model.title, 'Feed ranking');
    assert.equal(model.text, doc);
    assert.deepEqual(
      model.diagrams.map((d) => [d.firstLine, d.source]),
      [[19, 'flowchart LR\n  A[Request] --> B[Ranker]']],
    );
    // Front matter is blanked, not removed, so Markdown line numbers are the document's.
    const lines = model.markdown.split('\n');
    assert.equal(lines.length, doc.split('\n').length);
    assert.deepEqual(lines.slice(0, 5), ['', '', '', '', '']);
    assert.equal(lines[7], '## 1. Clarifying requirements');
    assert.equal(model.lineMap, undefined);
    assert.deepEqual(model.metadata, [
      { key: 'mlsd', value: '1', line: 1 },
      { key: 'level', value: 'senior', line: 3 },
    ]);

    assert.deepEqual(
      model.steps.map((s) => s.id),
      ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'],
    );
    const step = (id: string) => model.steps.find((s) => s.id === id)!;
    assert.equal(step('requirements').line, 7);
    assert.equal(step('requirements').number, 1);
    assert.equal(step('model').state, 'empty');
    assert.equal(step('model').line, 13);
    assert.ok(step('model').findings.warning >= 1, 'the empty step carries its warning');
    // Missing steps: revealed where their finding sits (after the last step present).
    assert.equal(step('monitoring').state, 'missing');
    assert.ok(step('monitoring').findings.error >= 1);
    assert.equal(step('monitoring').line, 15);
    const perStep = model.steps.reduce(
      (sum, s) => sum + s.findings.error + s.findings.warning + s.findings.info + s.findings.hint,
      0,
    );
    const total = model.findings.error + model.findings.warning + model.findings.info + model.findings.hint;
    assert.ok(perStep <= total && total > 0);
    assert.equal(model.covered, model.steps.filter((s) => s.state === 'covered' || s.state === 'thin').length);
    await client.close(uri);
  });

  it('follows edits: the model is of the latest version', async () => {
    const uri = 'file:///ws/preview-edit.mlsd.md';
    await client.open(uri, doc);
    const version = await client.change(uri, [
      { text: `${doc}\n\n\`\`\`mermaid\nsequenceDiagram\n  A->>B: hi\n\`\`\`\n` },
    ]);
    const model = await client.request(PreviewModelRequest, { uri });
    assert.equal(model?.version, version);
    assert.deepEqual(
      model?.diagrams.map((d) => d.firstLine),
      [19, 24],
    );
    await client.close(uri);
  });

  it('renders a YAML doc as Markdown with a line map back to the document', async () => {
    const uri = 'file:///ws/listings.mlsd.yaml';
    const yaml = joinLines(
      'mlsd: 1',
      'title: Similar listings',
      'requirements:',
      '  goal: More bookings from the listing page carousel.',
      '  scale:',
      '    - 50M DAU, about 4.6k QPS',
      'diagrams:',
      '  - |',
      '    flowchart LR',
      '      Q[Query] --> R[Ranked listings]',
    );
    await client.open(uri, yaml);
    const model = await client.request(PreviewModelRequest, { uri });
    assert.ok(model?.lineMap);
    const lines = model.markdown.split('\n');
    assert.equal(model.lineMap.length, lines.length);
    const at = (text: string) => model.lineMap![lines.indexOf(text)];
    assert.equal(at('# Similar listings'), 1);
    assert.equal(at('## 1. Clarifying requirements'), 2);
    assert.equal(at('### Goal'), 3);
    assert.equal(at('- 50M DAU, about 4.6k QPS'), 5);
    assert.equal(at('```mermaid'), 7);
    assert.equal(at('flowchart LR'), 8);
    assert.deepEqual(
      model.diagrams.map((d) => [d.firstLine, d.source]),
      [[8, 'flowchart LR\n  Q[Query] --> R[Ranked listings]']],
    );
    assert.ok(model.markdown.includes('```mermaid\nflowchart LR\n  Q[Query] --> R[Ranked listings]\n```'));
    await client.close(uri);
  });

  it('returns null for a document that is not a design doc, or not open', async () => {
    const readme = 'file:///ws/README.md';
    await client.open(readme, '# Readme\n\n```mermaid\nflowchart LR\n  A --> B\n```\n');
    assert.equal(await client.request(PreviewModelRequest, { uri: readme }), null);
    await client.close(readme);
    assert.equal(await client.request(PreviewModelRequest, { uri: 'file:///ws/never-opened.mlsd.md' }), null);
  });
});
