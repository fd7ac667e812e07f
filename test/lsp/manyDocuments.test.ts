/**
 * Many documents open over real JSON-RPC: only the most recently used keep their parsed models, so a document the
 * user comes back to after working in others is parsed again, and must answer exactly as it did before.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver-protocol';
import { keptModels } from '../../server/src/features/documentModels';
import { LspTestClient } from './lspClient';

const fixtures = join(__dirname, '..', 'fixtures', 'docs');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('many documents open', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  it('answers hover, code actions, lenses and symbols the same for a document whose model was dropped', async () => {
    const uri = 'file:///project/ads.mlsd.md';
    const text = fixture('missing-monitoring.mlsd.md');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const missing: Diagnostic[] = diagnostics.filter((d) => d.code === 'missing-step');
    assert.equal(missing.length, 1);
    const line = text.split('\n').findIndex((l) => l.includes('normalized cross-entropy'));
    const character = text.split('\n')[line].indexOf('normalized cross-entropy') + 3;
    const textDocument = { uri };
    const actionParams: CodeActionParams = { textDocument, range: missing[0].range, context: { diagnostics: missing } };
    const answers = () =>
      Promise.all([
        client.request(HoverRequest.type, { textDocument, position: { line, character } }),
        client.request(CodeActionRequest.type, actionParams),
        client.request(CodeLensRequest.type, { textDocument }),
        client.request(DocumentSymbolRequest.type, { textDocument }),
      ]);
    const first = await answers();
    assert.ok(first[0], 'the hover names the metric');
    assert.ok(first[1]?.length, 'the missing step has its fixes');

    // Other documents are opened and used: each is linted, and asked for its symbols, as an editor would.
    const others = readdirSync(fixtures)
      .filter((name) => name.endsWith('.mlsd.md') && name !== 'missing-monitoring.mlsd.md')
      .slice(0, keptModels + 2);
    for (const name of others) {
      const other = `file:///project/${name}`;
      await client.open(other, fixture(name));
      await client.waitForDiagnostics(other, 1);
      await client.request(DocumentSymbolRequest.type, { textDocument: { uri: other } });
    }

    assert.deepEqual(await answers(), first);
    assert.deepEqual(client.errorLogs, []);
  });
});
