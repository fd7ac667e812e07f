/** Quick fixes over real JSON-RPC: offered for the published diagnostics, applied, and re-linted clean. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/textEdits';
import { joinLines, LspTestClient } from './lspClient';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'docs', 'missing-monitoring.mlsd.md'), 'utf8');

describe('code actions', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  async function actionsFor(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const result = await client.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    return (result ?? []) as CodeAction[];
  }

  it('offers the insert fix, line and file suppression; the fix clears the diagnostic', async () => {
    const uri = 'file:///project/ads.mlsd.md';
    await client.open(uri, fixture);
    const published = await client.waitForDiagnostics(uri, 1);
    const missing = published.diagnostics.filter((d) => d.code === 'missing-step');
    assert.equal(missing.length, 1);
    const actions = await actionsFor(uri, missing);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Insert step 7 (Monitoring and infrastructure) skeleton', CodeActionKind.QuickFix, true],
        ['Disable missing-step for this line', CodeActionKind.QuickFix, false],
        ['Disable missing-step for this file', CodeActionKind.QuickFix, false],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, missing);
    const edits = actions[0].edit?.changes?.[uri];
    assert.ok(edits?.length);
    const fixed = applyEdits(fixture, edits);
    const since = client.mark();
    const version = await client.change(uri, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, version, since);
    assert.ok(!after.diagnostics.some((d) => d.code === 'missing-step'), JSON.stringify(after.diagnostics));
  });

  it('offers "Insert every missing step" when several are missing, and as source.fixAll', async () => {
    const uri = 'file:///project/draft.mlsd.md';
    const text = joinLines(
      '# Draft',
      '',
      '## Evaluation',
      'Offline nDCG@10; online CTR in an A/B test against the current ranker.',
      '',
    );
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, 1);
    const missing = published.diagnostics.filter((d) => d.code === 'missing-step');
    assert.equal(missing.length, 6);
    const actions = await actionsFor(uri, [missing[0]]);
    const fixAll = actions.find((a) => a.title === 'Insert every missing step');
    assert.ok(fixAll, actions.map((a) => a.title).join(' | '));
    const source = (await client.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
    })) as CodeAction[];
    assert.deepEqual(
      source.map((a) => [a.title, a.kind]),
      [['Insert every missing step', CodeActionKind.SourceFixAll]],
    );
    const fixed = applyEdits(text, fixAll.edit?.changes?.[uri] ?? []);
    const since = client.mark();
    const version = await client.change(uri, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, version, since);
    assert.deepEqual(
      after.diagnostics.filter((d) => d.code === 'missing-step' || d.code === 'step-order'),
      [],
    );
  });

  it('offers the correction of a misspelt directive or YAML step key, preferred, and never as a fix', async () => {
    const uri = 'file:///project/typos.mlsd.md';
    const text = fixture.replace('## 1.', '<!-- mlsd-disabel-line step-order -->\n## 1.');
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, 1);
    const typo = published.diagnostics.filter((d) => d.code === 'suppression-comment');
    assert.equal(typo.length, 1, JSON.stringify(published.diagnostics));
    assert.match(typo[0].message, /Did you mean "mlsd-disable-line"\?$/);
    const [correction] = await actionsFor(uri, typo);
    assert.equal(correction.title, 'Change "mlsd-disabel-line" to "mlsd-disable-line"');
    assert.equal(correction.isPreferred, true);
    const since = client.mark();
    const version = await client.change(uri, [{ text: applyEdits(text, correction.edit?.changes?.[uri] ?? []) }]);
    const after = await client.waitForDiagnostics(uri, version, since);
    assert.ok(!after.diagnostics.some((d) => d.code === 'suppression-comment'), JSON.stringify(after.diagnostics));

    const yamlUri = 'file:///project/aliases.mlsd.yaml';
    await client.open(yamlUri, joinLines('mlsd: 1', 'metrics:', '  offline: log loss on the next day'));
    const yaml = await client.waitForDiagnostics(yamlUri, 1);
    const alias = yaml.diagnostics.filter((d) => d.code === 'front-matter-schema');
    const [rename] = await actionsFor(yamlUri, alias);
    assert.equal(rename.title, 'Change "metrics" to "evaluation"');
    assert.deepEqual(rename.edit?.changes?.[yamlUri], [{ range: alias[0].range, newText: 'evaluation' }]);
  });

  it('offers nothing for a document that is not a design doc', async () => {
    const uri = 'file:///project/README.md';
    await client.open(uri, '# Readme\n');
    await client.waitForDiagnostics(uri, 1);
    const actions = await client.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });
});
