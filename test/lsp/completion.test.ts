/**
 * Completion over real JSON-RPC: `|` marks the cursor in each inline document; items are compared in the order an
 * editor shows them (by sortText), with their exact edits.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CompletionRequest,
  CompletionTriggerKind,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { metricById } from '../../server/src/knowledge';
import { withCursor } from './cursor';
import { joinLines, LspTestClient } from './lspClient';

describe('completion', () => {
  let client: LspTestClient;
  let count = 0;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  /** Opens the document (a fresh uri each time), asks for completion at the marker, returns the ranked items. */
  async function complete(extension: string, source: string, triggerCharacter?: string): Promise<CompletionItem[]> {
    const uri = `file:///ws/completion-${++count}${extension}`;
    const { text, position } = withCursor(source);
    await client.open(uri, text);
    const result = (await client.request(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context: triggerCharacter
        ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter }
        : { triggerKind: CompletionTriggerKind.Invoked },
    })) as CompletionList | null;
    await client.close(uri);
    if (!result) return [];
    return [...result.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  }

  const labels = (items: CompletionItem[]): string[] => items.map((item) => item.label);
  const edit = (item: CompletionItem | undefined): TextEdit => item?.textEdit as TextEdit;
  const find = (items: CompletionItem[], label: string): CompletionItem => {
    const item = items.find((candidate) => candidate.label === label);
    assert.ok(item, `no item ${label} in ${labels(items).join(', ')}`);
    return item;
  };
  const range = (line: number, start: number, end: number) => ({
    start: { line, character: start },
    end: { line, character: end },
  });

  const adsDoc = [
    '# Ads ranking',
    '',
    '## 1. Clarifying requirements',
    'Goal: more ad clicks from 10M DAU within a 100 ms latency budget.',
    '',
  ];

  describe('step headings (Markdown)', () => {
    it('offers all seven steps in the doc numbering style and level, missing steps first', async () => {
      const items = await complete('.mlsd.md', joinLines(...adsDoc, '## |'), '#');
      assert.deepEqual(labels(items).slice(0, 7), [
        '2. Framing the problem as an ML task',
        '3. Data preparation',
        '4. Model development',
        '5. Evaluation',
        '6. Deployment and serving',
        '7. Monitoring and infrastructure',
        '1. Clarifying requirements',
      ]);
      const data = find(items, '3. Data preparation');
      assert.deepEqual(edit(data), { range: range(5, 0, 3), newText: '## 3. Data preparation' });
      assert.equal(data.detail, 'Step 3 · missing');
      assert.equal(data.filterText, '## 3. Data preparation');
      assert.equal(find(items, '1. Clarifying requirements').detail, 'Step 1 · thin');
    });

    it('replaces what was typed of the heading and follows "Step N:" numbering', async () => {
      const items = await complete(
        '.mlsd.md',
        joinLines(
          '# Ads',
          '',
          '### Step 1: Clarifying requirements',
          'Goal: more ad clicks from 10M DAU within a 100 ms latency budget.',
          '',
          '### Da|',
        ),
      );
      assert.deepEqual(edit(find(items, 'Step 3: Data preparation')), {
        range: range(5, 0, 6),
        newText: '### Step 3: Data preparation',
      });
    });

    it('follows unnumbered headings', async () => {
      const items = await complete(
        '.mlsd.md',
        joinLines('# Evaluation', 'Offline: log loss on the next day of logs.', '', '# |'),
      );
      assert.deepEqual(edit(find(items, 'Model development')), {
        range: range(3, 0, 2),
        newText: '# Model development',
      });
      assert.equal(find(items, 'Evaluation').detail, 'Step 5 · thin');
    });

    it('offers the sub-sections of the current step first one level down, untouched sub-topics first', async () => {
      const items = await complete(
        '.mlsd.md',
        joinLines(
          ...adsDoc,
          '## 5. Evaluation',
          'Offline: log loss and calibration on the next day of logs.',
          '',
          '### |',
        ),
        '#',
      );
      assert.deepEqual(labels(items).slice(0, 4), [
        'Online metrics',
        'Metric choice',
        'Offline metrics',
        '2. Framing the problem as an ML task',
      ]);
      const online = find(items, 'Online metrics');
      assert.deepEqual(edit(online), { range: range(8, 0, 4), newText: '### Online metrics' });
      assert.equal(online.detail, 'Evaluation sub-section');
      assert.deepEqual(online.documentation, {
        kind: 'markdown',
        value: 'Which online metrics measure business impact in an A/B test?',
      });
      assert.equal(find(items, 'Offline metrics').detail, 'Evaluation sub-section · already touched');
    });

    it('a heading being written out gets term completions, not headings', async () => {
      const items = await complete('.mlsd.md', joinLines(...adsDoc, '## 5. Evaluation with the ND|'));
      assert.equal(
        items.some((item) => item.label === '3. Data preparation'),
        false,
      );
      assert.deepEqual(edit(find(items, 'Normalized DCG')), { range: range(5, 26, 28), newText: 'Normalized DCG' });
    });
  });

  describe('terms', () => {
    it('ranks the case study online metrics first inside "Online metrics" of evaluation', async () => {
      const items = await complete(
        '.mlsd.md',
        joinLines(
          '---',
          'mlsd: 1',
          'case: ad-click-prediction',
          '---',
          '# Ads',
          '',
          '## 5. Evaluation',
          '### Online metrics',
          'We track cl|',
        ),
      );
      assert.deepEqual(labels(items).slice(0, 5), [
        'Click-through rate',
        'Conversion rate',
        'Revenue lift',
        'Hide rate',
        'Reaction rate',
      ]);
      const ctr = items[0];
      assert.equal(ctr.detail, 'online metric');
      assert.deepEqual(edit(ctr), { range: range(8, 9, 11), newText: 'Click-through rate' });
      // The definition, the formula as a code block, then the tasks it fits, all from the knowledge base.
      const metric = metricById('ctr')!;
      const doc = (ctr.documentation as MarkupContent).value;
      assert.ok(
        doc.startsWith(
          `${metric.definition}\n\n\`\`\`text\n${metric.formula}\n\`\`\`\n\n**Fits:** Probability estimation / CTR prediction, `,
        ),
        doc,
      );
    });

    it('ranks ML categories first in framing', async () => {
      const items = await complete(
        '.mlsd.md',
        joinLines('# Ads', '', '## 2. Framing the problem as an ML task', 'We frame it as |'),
      );
      assert.deepEqual(labels(items).slice(0, 3), [
        'Binary classification',
        'Imbalanced binary classification',
        'Probability estimation / CTR prediction',
      ]);
      const binary = items[0];
      assert.equal(binary.detail, 'ML category');
      assert.deepEqual(edit(binary), { range: range(3, 15, 15), newText: 'Binary classification' });
      assert.match(
        (binary.documentation as MarkupContent).value,
        /\*\*Offline metrics that fit:\*\* Accuracy, Precision/,
      );
    });

    it('ranks model terms first in model development, with their glossary entry', async () => {
      const items = await complete(
        '.mlsd.md',
        joinLines('# Ads', '', '## 4. Model development', 'Retrieval uses a tw|'),
      );
      // Terms whose home step is model development first; "embedding" belongs to data preparation first.
      assert.deepEqual(labels(items).slice(0, 3), [
        'two-tower model',
        'matrix factorization',
        'collaborative filtering',
      ]);
      assert.equal(items[0].detail, 'model term');
      assert.deepEqual(edit(items[0]), { range: range(3, 17, 19), newText: 'two-tower model' });
      assert.match((items[0].documentation as MarkupContent).value, /^Two encoders map the user/);
    });

    it('offers serving terms such as shadow deployment in YAML values', async () => {
      const items = await complete('.mlsd.yaml', joinLines('mlsd: 1', 'serving:', '  rollout: Start with a sh|'));
      const shadow = find(items, 'shadow deployment');
      assert.equal(shadow.detail, 'serving term');
      assert.deepEqual(edit(shadow), { range: range(2, 24, 26), newText: 'shadow deployment' });
      assert.ok(shadow.sortText! < find(items, 'two-tower model').sortText!);
    });

    it('offers nothing inside a code fence, and nothing on a bare trigger character in prose', async () => {
      assert.deepEqual(
        await complete('.mlsd.md', joinLines('# Ads', '', '```mermaid', 'graph LR', '  A --> |', '```')),
        [],
      );
      assert.deepEqual(await complete('.mlsd.md', joinLines('# Ads', '', 'See issue #|'), '#'), []);
    });
  });

  describe('metadata', () => {
    it('offers the front matter keys not yet written, with the schema text', async () => {
      const items = await complete('.md', joinLines('---', 'mlsd: 1', 'title: Ads', '|', '---', '# Ads'));
      assert.deepEqual(labels(items), ['case', 'level', 'timeBudget', 'author', 'date', 'status', 'tags']);
      assert.deepEqual(edit(items[0]), { range: range(3, 0, 0), newText: 'case: ' });
      assert.equal(items[0].detail, 'Case study');
      assert.match((items[0].documentation as MarkupContent).value, /^Which of the ten classic case studies/);
    });

    it('offers the case-study ids after case:, with a space when none was typed', async () => {
      const spaced = await complete('.md', joinLines('---', 'mlsd: 1', 'case: ad|', '---', '# Ads'));
      assert.deepEqual(labels(spaced), [
        'visual-search',
        'street-view-blurring',
        'video-search',
        'harmful-content-detection',
        'video-recommendation',
        'event-recommendation',
        'ad-click-prediction',
        'similar-listings',
        'personalized-news-feed',
        'people-you-may-know',
        'custom',
      ]);
      const ads = find(spaced, 'ad-click-prediction');
      assert.equal(ads.detail, 'Ad click prediction');
      assert.deepEqual(edit(ads), { range: range(2, 6, 8), newText: 'ad-click-prediction' });
      const bare = await complete('.md', joinLines('---', 'mlsd: 1', 'case:|', '---', '# Ads'), ':');
      assert.deepEqual(edit(find(bare, 'similar-listings')), { range: range(2, 5, 5), newText: ' similar-listings' });
    });

    it('offers the schema values of level and status', async () => {
      assert.deepEqual(labels(await complete('.md', joinLines('---', 'mlsd: 1', 'level: |', '---'))), [
        'junior',
        'mid',
        'senior',
        'staff',
        'principal',
      ]);
      const status = await complete('.mlsd.yaml', joinLines('mlsd: 1', 'status: dr|'));
      assert.deepEqual(labels(status), ['draft', 'review', 'final', 'production']);
      assert.deepEqual(edit(status[0]), { range: range(1, 8, 10), newText: 'draft' });
    });

    it('offers missing step keys first at the top level of a YAML doc, then metadata keys', async () => {
      const items = await complete(
        '.mlsd.yaml',
        joinLines('mlsd: 1', 'title: Ads', 'requirements: Goal is more ad clicks at 10M DAU.', 'ev|'),
      );
      assert.deepEqual(labels(items), [
        'framing',
        'data',
        'model',
        'evaluation',
        'serving',
        'monitoring',
        'case',
        'level',
        'timeBudget',
        'author',
        'date',
        'status',
        'tags',
      ]);
      const withoutMetadata = await complete(
        '.mlsd.yaml',
        joinLines('requirements: Goal is more ad clicks at 10M DAU.', '|'),
      );
      assert.deepEqual(labels(withoutMetadata).slice(0, 2), ['framing', 'data']);
      const evaluation = find(items, 'evaluation');
      assert.equal(evaluation.detail, 'Step 5 · Evaluation');
      assert.deepEqual(edit(evaluation), { range: range(3, 0, 2), newText: 'evaluation:' });
    });

    it('reads a key that names a step (metrics:) as that step: its key is not offered again, its sub-topics are', async () => {
      const top = await complete('.mlsd.yaml', joinLines('mlsd: 1', 'metrics:', '  offline: log loss', '|'));
      assert.ok(!labels(top).includes('evaluation'), labels(top).join(', '));
      assert.ok(labels(top).includes('serving'));
      const under = await complete(
        '.mlsd.yaml',
        joinLines('mlsd: 1', 'metrics:', '  offline_metrics: log loss', '  |'),
      );
      assert.equal(labels(under)[0], 'online_metrics');
    });

    it('offers the step sub-topic keys under a YAML step key, leaving out those written', async () => {
      const items = await complete(
        '.mlsd.yaml',
        joinLines('mlsd: 1', 'evaluation:', '  offline_metrics: log loss on the next day', '  |'),
      );
      assert.deepEqual(labels(items).slice(0, 3), ['online_metrics', 'metric_choice', 'Accuracy']);
      assert.deepEqual(edit(items[0]), { range: range(3, 2, 2), newText: 'online_metrics: ' });
      assert.equal(items[0].detail, 'Evaluation sub-section');
    });
  });

  it('answers null for a file that is not a design doc', async () => {
    const uri = 'file:///ws/README.md';
    await client.open(uri, '# Readme\n\n## ');
    const result = await client.request(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    assert.equal(result, null);
  });
});
