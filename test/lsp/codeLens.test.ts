/**
 * Code lenses over real JSON-RPC: coverage above the title, coverage and open findings above each step heading.
 * Finding counts are checked against the diagnostics the server published for the same version, so the tests pin
 * how lenses count without depending on which rules exist.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeLensRequest, type CodeLens, type Diagnostic } from 'vscode-languageserver-protocol';
import type { Coverage, StepId } from '../../server/src/engine';
import { isDesignDocCoverage } from '../../common/protocol';
import { joinLines, LspTestClient } from './lspClient';

const feedDoc = joinLines(
  '# Feed ranking', // 0
  '',
  '## 1. Clarifying requirements', // 2
  'Goal: more watch time from 100M DAU, under 200 ms per request.',
  '',
  '## 3. Data preparation', // 5
  '',
  '## 5. Evaluation', // 7
  'Offline: recall@k and NDCG on a held-out day of logs.',
  'Online: watch time in an A/B test against the current ranker.',
);

/** What a step lens should say: the state, then the findings on the step's lines other than missing-step. */
function expectedTitle(state: Coverage, diagnostics: Diagnostic[], first: number, last: number): string {
  const open = diagnostics.filter(
    (d) => d.code !== 'missing-step' && d.range.start.line >= first && d.range.start.line <= last,
  ).length;
  return open ? `${state} · ${open} finding${open === 1 ? '' : 's'}` : state;
}

const lensLine = (lens: CodeLens): string =>
  `${lens.range.start.line}:${lens.range.start.character}-${lens.range.end.line}:${lens.range.end.character} ${lens.command?.title}`;

describe('code lens', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  async function published(
    uri: string,
    text: string,
  ): Promise<{ diagnostics: Diagnostic[]; steps: Record<StepId, Coverage> }> {
    const since = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1, since);
    const coverage = await client.waitForCoverage(uri, since);
    assert.ok(isDesignDocCoverage(coverage));
    return { diagnostics, steps: coverage.steps };
  }

  it('shows step coverage above the title and state with open findings above each step heading', async () => {
    const uri = 'file:///ws/lens-feed.mlsd.md';
    const { diagnostics, steps } = await published(uri, feedDoc);
    const lenses = (await client.request(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    assert.deepEqual(lenses.map(lensLine), [
      '0:0-0:14 2/7 steps covered',
      `2:0-2:29 ${expectedTitle(steps.requirements, diagnostics, 2, 3)}`,
      `5:0-5:22 ${expectedTitle(steps.data, diagnostics, 5, 5)}`,
      `7:0-7:16 ${expectedTitle(steps.evaluation, diagnostics, 7, 9)}`,
    ]);
    assert.deepEqual([steps.requirements, steps.data, steps.evaluation], ['thin', 'empty', 'covered']);
    // The empty heading carries at least its empty-step finding.
    assert.match(lenses[2].command?.title ?? '', /^empty · \d+ findings?$/);
    // Display-only lenses: an empty command, nothing to run.
    assert.deepEqual(lenses[0].command, { title: '2/7 steps covered', command: '' });
  });

  it('says "covered" with no count when a step has no open findings', async () => {
    const uri = 'file:///ws/lens-covered.mlsd.md';
    const evaluation = [
      '## 5. Evaluation',
      'Offline we measure recall at k and nDCG on a held-out day of interaction logs, because relevance is graded.',
      'Online an A/B test compares watch time and click-through rate against the current system, with latency as a guardrail metric.',
    ];
    const { diagnostics, steps } = await published(uri, joinLines('# Feed', '', ...evaluation));
    const lenses = (await client.request(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    assert.equal(steps.evaluation, 'covered');
    assert.deepEqual(lenses.map(lensLine), [
      '0:0-0:6 1/7 steps covered',
      `2:0-2:16 ${expectedTitle('covered', diagnostics, 2, 4)}`,
    ]);
  });

  it('works for YAML docs: above the title key and each step key', async () => {
    const uri = 'file:///ws/lens-feed.mlsd.yaml';
    const text = joinLines(
      'mlsd: 1',
      'title: Feed ranking', // 1
      'requirements:', // 2
      '  goal: More watch time from 100M DAU, under 200 ms per request.',
      'evaluation:', // 4
      '  offline: Recall@k and NDCG on a held-out day of logs.',
      '  online: Watch time in an A/B test against the current ranker.',
    );
    const { diagnostics, steps } = await published(uri, text);
    const lenses = (await client.request(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    assert.deepEqual(lenses.map(lensLine), [
      '1:0-1:5 2/7 steps covered',
      `2:0-2:12 ${expectedTitle(steps.requirements, diagnostics, 2, 3)}`,
      `4:0-4:10 ${expectedTitle(steps.evaluation, diagnostics, 4, 6)}`,
    ]);
  });

  it('follows an edit at once, before the debounced lint has published', async () => {
    const uri = 'file:///ws/lens-edit.mlsd.md';
    await published(uri, feedDoc);
    await client.change(uri, [
      {
        text: joinLines(
          feedDoc,
          '',
          '## 7. Monitoring',
          'Alert when feature drift exceeds a PSI of 0.2; retrain weekly.',
        ),
      },
    ]);
    const lenses = (await client.request(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    assert.equal(lenses[0].command?.title, '3/7 steps covered');
    assert.deepEqual(lenses.at(-1)?.range, { start: { line: 11, character: 0 }, end: { line: 11, character: 16 } });
  });

  it('answers null for a file that is not a design doc', async () => {
    const uri = 'file:///ws/lens-readme.md';
    await client.open(uri, '# Readme\n');
    assert.equal(await client.request(CodeLensRequest.type, { textDocument: { uri } }), null);
  });
});

describe('code lens commands', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { commands: ['mlsd.openPreview', 'other.command'] } });
  });
  after(async () => {
    await client.shutdown();
  });

  it('adds a title lens for each client command the server knows, and only those', async () => {
    const uri = 'file:///ws/lens-commands.mlsd.md';
    await client.open(uri, feedDoc);
    const lenses = (await client.request(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    const title = lenses.filter((lens) => lens.range.start.line === 0);
    assert.deepEqual(
      title.map((lens) => lens.command),
      [
        { title: '2/7 steps covered', command: '' },
        { title: 'Open preview', command: 'mlsd.openPreview', arguments: [uri] },
      ],
    );
  });
});
