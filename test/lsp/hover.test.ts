/**
 * Hover over real JSON-RPC: `|` marks the hovered position. Texts are rebuilt from the knowledge base so the tests
 * pin the layout and the ranges, not the wording of a definition.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { glossaryEntryById, metricById, stepById } from '../../server/src/knowledge';
import { withCursor } from './cursor';
import { joinLines, LspTestClient } from './lspClient';

describe('hover', () => {
  let client: LspTestClient;
  let count = 0;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  async function hoverAt(extension: string, source: string): Promise<Hover | null> {
    const uri = `file:///ws/hover-${++count}${extension}`;
    const { text, position } = withCursor(source);
    await client.open(uri, text);
    const result = await client.request(HoverRequest.type, { textDocument: { uri }, position });
    await client.close(uri);
    return result;
  }

  const value = (hover: Hover | null): string => (hover?.contents as MarkupContent).value;
  const range = (line: number, start: number, end: number) => ({
    start: { line, character: start },
    end: { line, character: end },
  });

  const evaluationDoc = (line: string): string =>
    joinLines('# Feed ranking', '', '## 5. Evaluation', line, 'Online: click-through rate in an A/B test.');

  it('shows a metric: definition, formula as a code block, the tasks it fits', async () => {
    const hover = await hoverAt('.mlsd.md', evaluationDoc('Offline: ND|CG@10 on the next day of logs.'));
    const ndcg = metricById('ndcg')!;
    assert.deepEqual(hover?.range, range(3, 9, 16));
    assert.equal((hover?.contents as MarkupContent).kind, 'markdown');
    assert.equal(
      value(hover),
      [
        `**${ndcg.name}** · offline metric`,
        ndcg.definition,
        '```text\n' + ndcg.formula + '\n```',
        '**Fits:** Ranking / recommendation / search, Embedding retrieval / similarity search, Session-based / next-item recommendation',
        ndcg.note,
      ].join('\n\n'),
    );
  });

  it('prefers the longer name: normalized cross-entropy over cross-entropy', async () => {
    const hover = await hoverAt('.mlsd.md', evaluationDoc('Offline: normalized cross-ent|ropy against the base rate.'));
    assert.deepEqual(hover?.range, range(3, 9, 33));
    assert.ok(value(hover).startsWith('**Normalized cross-entropy** · offline metric'), value(hover));
  });

  it('shows a glossary concept: definition, when it matters, the step', async () => {
    const hover = await hoverAt(
      '.mlsd.md',
      joinLines('# Feed', '', '## 4. Model development', 'Candidates come from a two-to|wer model over embeddings.'),
    );
    const entry = glossaryEntryById('two-tower')!;
    assert.deepEqual(hover?.range, range(3, 23, 38));
    assert.equal(
      value(hover),
      [
        `**two-tower model** · model term`,
        entry.definition,
        `**When it matters:** ${entry.when}`,
        '**Step:** Model development, Deployment and serving',
      ].join('\n\n'),
    );
  });

  it('shows glossary terms inside YAML values, with their formula when they have one', async () => {
    const hover = await hoverAt(
      '.mlsd.yaml',
      joinLines('mlsd: 1', 'monitoring:', '  drift: Alert when the PS|I of any feature exceeds 0.2.'),
    );
    const psi = glossaryEntryById('psi')!;
    assert.deepEqual(hover?.range, range(2, 24, 27));
    assert.ok(value(hover).includes('```text\n' + psi.formula + '\n```'), value(hover));
    const drift = await hoverAt(
      '.mlsd.yaml',
      joinLines('mlsd: 1', 'monitoring:', '  notes: Watch for concept dri|ft after holidays.'),
    );
    assert.deepEqual(drift?.range, range(2, 19, 32));
    assert.ok(value(drift).startsWith('**concept drift** · monitoring term'), value(drift));
  });

  it('shows what an interviewer expects on a step heading, ✓ for the sub-topics already touched', async () => {
    const hover = await hoverAt(
      '.mlsd.md',
      evaluationDoc('Offline: NDCG@10 on the next day of logs.').replace('## 5. Evaluation', '## 5. Eval|uation'),
    );
    const step = stepById('evaluation');
    assert.deepEqual(hover?.range, range(2, 0, 16));
    assert.equal(
      value(hover),
      [
        '**Step 5 · Evaluation** · covered',
        step.purpose,
        'What an interviewer expects (2/3 touched):',
        [
          `- ✓ **offline metrics**: ${step.subTopics[0].prompt}`,
          `- ✓ **online metrics**: ${step.subTopics[1].prompt}`,
          `- ○ **metric choice**: ${step.subTopics[2].prompt}`,
        ].join('\n'),
        [
          '**Why: covered** — 15 words under its own headings; substantive text on its sub-topics',
          "- line 4: 'Offline: NDCG@10 on the next day of logs.' (offline metric; 8 words under its heading)",
          "- line 5: 'Online: click-through rate in an A/B test.' (online metric, A/B test; 7 words under its heading)",
        ].join('\n'),
      ].join('\n\n'),
    );
  });

  it('says why on a step heading: what did not count, at most four lines, then where to read the rest', async () => {
    const hover = await hoverAt(
      '.mlsd.md',
      joinLines(
        '# Feed ranking',
        '',
        '## 5. Evalu|ation',
        'Offline: NDCG@10 on the next day of logs.',
        'We skip the A/B test.',
        'Online: the *primary* metric is click-through rate; guardrails are hide rate and session time.',
        'Recall@50 of the candidate stage is checked offline on the same logs.',
        'The online experiment is TBD.',
      ),
    );
    const [summary, more] = value(hover).split('\n\n').slice(-2);
    const [headline, ...list] = summary.split('\n');
    assert.match(headline, /^\*\*Why: (?:covered|thin)\*\* — \d+ words under its own headings; /);
    // Counted statements that name the step's concepts, markup escaped, then what did not count.
    assert.equal(list.length, 4, summary);
    assert.ok(list[0].startsWith("- line 4: 'Offline: NDCG@10 on the next day of logs.' (offline metric"), list[0]);
    assert.ok(list[1].startsWith("- line 6: 'Online: the \\*primary\\* metric is click-through rate;"), list[1]);
    assert.deepEqual(list.slice(2), [
      "- not counted: line 5: 'We skip the A/B test.' (A/B test, negated)",
      "- not counted: line 8: 'The online experiment is TBD.' (A/B test, deferred)",
    ]);
    assert.equal(more, '… 1 more; run `mlsd explain FILE --step evaluation`');
  });

  it('shows every step of a merged heading, and works on a YAML step key', async () => {
    const merged = await hoverAt(
      '.mlsd.md',
      joinLines(
        '# Feed',
        '',
        '## Deployment and mon|itoring',
        'Online prediction from a ranking service behind a cache.',
        'Alert when feature drift exceeds a PSI of 0.2.',
      ),
    );
    assert.deepEqual(merged?.range, range(2, 0, 28));
    const blocks = value(merged).split('\n\n---\n\n');
    assert.deepEqual(
      blocks.map((block) => block.split('\n')[0]),
      ['**Step 6 · Deployment and serving** · thin', '**Step 7 · Monitoring and infrastructure** · thin'],
    );

    const yaml = await hoverAt(
      '.mlsd.yaml',
      joinLines(
        'mlsd: 1',
        'mon|itoring:',
        '  alerts: Alert the on-call when the error rate doubles or p99 latency passes 200 ms.',
      ),
    );
    assert.deepEqual(yaml?.range, range(1, 0, 10));
    assert.ok(value(yaml).startsWith('**Step 7 · Monitoring and infrastructure** · thin'), value(yaml));
    assert.ok(value(yaml).includes(`- ✓ **monitoring and alerts**: `), value(yaml));
    assert.ok(value(yaml).includes(`- ○ **retraining**: `), value(yaml));
  });

  it('answers null on plain words, in front matter and for files that are not design docs', async () => {
    assert.equal(await hoverAt('.mlsd.md', evaluationDoc('Offline: we comp|are against last week.')), null);
    assert.equal(await hoverAt('.mlsd.md', joinLines('---', 'mlsd: 1', 'tags: [rank|ing]', '---', '# Feed')), null);
    assert.equal(await hoverAt('.md', joinLines('# Notes', 'NDC|G is a metric.')), null);
  });
});
