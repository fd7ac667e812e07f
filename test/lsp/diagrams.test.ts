/**
 * Mermaid diagrams over real JSON-RPC: text findings first, diagram findings merged in for the same version when the
 * worker answers, never for a stale version; only changed diagrams are parsed; the worker starts with the first
 * diagram, stops when idle, and never starts when `mlsd.diagrams.validate` is off.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient, type StartOptions } from './lspClient';

const complete = readFileSync(join(__dirname, '..', 'fixtures', 'docs', 'complete.mlsd.md'), 'utf8');
const broken = [
  '```mermaid',
  'flowchart LR',
  '  Index[HNSW index] --> Ranker[Re-ranking service]',
  '  Ranker -->> Carousel',
  '```',
];

/** The complete fixture (no findings of its own) followed by `blocks`. */
function docWith(...blocks: string[][]): string {
  return `${complete}\n${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

function diagram(i: number): string[] {
  return ['```mermaid', 'flowchart LR', `  Index${i}[HNSW index] --> Ranker${i}[Re-ranking service]`, '```'];
}

const codes = (params: PublishDiagnosticsParams): string[] => params.diagnostics.map((d) => String(d.code));

async function withServer(options: StartOptions, body: (client: LspTestClient) => Promise<void>): Promise<void> {
  const client = await LspTestClient.start(options);
  try {
    await body(client);
  } finally {
    await client.shutdown();
  }
  assert.deepEqual(client.protocolErrors, []);
  assert.deepEqual(client.errorLogs, []);
}

/** The first publish for `version` that has a finding of `rule`. */
function publishWith(
  client: LspTestClient,
  uri: string,
  version: number,
  rule: string,
): Promise<PublishDiagnosticsParams> {
  return client.waitForDiagnosticsWhere(
    uri,
    (p) => p.version === version && codes(p).includes(rule),
    `${rule} in version ${version}`,
  );
}

describe('Mermaid diagrams in the language server', () => {
  it('publishes the text findings at once, then the same version again with the Mermaid error where Mermaid found it', () =>
    withServer({}, async (client) => {
      const uri = 'file:///ws/broken.mlsd.md';
      const text = docWith(broken);
      await client.open(uri, text);
      const first = await client.waitForDiagnostics(uri, 1);
      assert.deepEqual(codes(first), [], 'the text alone is clean, and is not held back for Mermaid');
      const merged = await publishWith(client, uri, 1, 'mermaid-syntax');
      const line = text.split('\n').indexOf('  Ranker -->> Carousel');
      assert.deepEqual(
        merged.diagnostics.map((d) => [d.code, d.range]),
        [['mermaid-syntax', { start: { line, character: 12 }, end: { line, character: 13 } }]],
      );
      assert.match(merged.diagnostics[0].message, /^Mermaid cannot parse this diagram: Expecting/);
    }));

  it('a doc with 50 diagrams: an edit in one diagram parses that one, an edit in the text parses none', () =>
    withServer({}, async (client) => {
      const uri = 'file:///ws/many.mlsd.md';
      const blocks = Array.from({ length: 49 }, (_, i) => diagram(i));
      const text = docWith(...blocks, broken);
      await client.open(uri, text);
      await publishWith(client, uri, 1, 'mermaid-syntax');
      assert.ok(
        client.logMessages.some((m) => /Mermaid parsed 50 of 50 diagrams/.test(m)),
        client.logMessages.join('\n'),
      );

      // One diagram's source changes (a second space in a label): one parse, and still only the broken diagram's error.
      const lines = text.split('\n');
      const target = lines.indexOf('  Index7[HNSW index] --> Ranker7[Re-ranking service]');
      let logs = client.logMessages.length;
      const v2 = await client.change(uri, [
        { range: { start: { line: target, character: 13 }, end: { line: target, character: 13 } }, text: ' ' },
      ]);
      const v2Merged = await publishWith(client, uri, v2, 'mermaid-syntax');
      assert.deepEqual(codes(v2Merged), ['mermaid-syntax']);
      assert.match(await client.waitForLog(/Mermaid parsed/, logs), /Mermaid parsed 1 of 50 diagrams/);

      // A one-character edit in the prose: the diagram findings come from the cache, in the same publish as the rest.
      logs = client.logMessages.length;
      const since = client.mark();
      const v3 = await client.change(uri, [
        { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'x' },
      ]);
      const v3Publish = await client.waitForDiagnostics(uri, v3, since);
      assert.deepEqual(codes(v3Publish), ['mermaid-syntax']);
      assert.deepEqual(
        client.logMessages.slice(logs).filter((m) => /Mermaid parsed/.test(m)),
        [],
      );
    }));

  it('never publishes diagram findings of a version the user has already edited', () =>
    withServer({}, async (client) => {
      const uri = 'file:///ws/fixed.mlsd.md';
      const text = docWith(broken);
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, 1);
      // Fixed before Mermaid has answered for version 1 (the worker is still loading).
      const line = text.split('\n').indexOf('  Ranker -->> Carousel');
      const v2 = await client.change(uri, [
        { range: { start: { line, character: 12 }, end: { line, character: 13 } }, text: '' },
      ]);
      await client.waitForDiagnostics(uri, v2);
      // The worker parses in order: once the fixed diagram's parse is logged, version 1's outcome came and went.
      const parsed = /Mermaid parsed 1 of 1 diagrams of file:\/\/\/ws\/fixed\.mlsd\.md/;
      await client.waitForLog(parsed);
      await client.waitForLog(parsed, client.logMessages.findIndex((m) => parsed.test(m)) + 1);
      const publishes = client.events.flatMap((e) =>
        e.kind === 'diagnostics' && e.params.uri === uri ? [e.params] : [],
      );
      assert.ok(
        publishes.every((p) => !codes(p).includes('mermaid-syntax')),
        'no stale mermaid-syntax for version 1',
      );
      assert.deepEqual(
        publishes.map((p) => p.version),
        [1, v2],
      );
    }));

  it('starts the worker only for a doc with a diagram, and stops it when idle', () =>
    withServer({ initializationOptions: { diagramWorkerIdleMs: 100 } }, async (client) => {
      await client.open('file:///ws/plain.mlsd.md', complete);
      await client.waitForDiagnostics('file:///ws/plain.mlsd.md', 1);
      const uri = 'file:///ws/diagram.mlsd.md';
      await client.open(uri, docWith(broken));
      await publishWith(client, uri, 1, 'mermaid-syntax');
      const started = client.logMessages.findIndex((m) => /diagram worker started/.test(m));
      assert.ok(started >= 0);
      assert.equal(client.logMessages.filter((m) => /diagram worker started/.test(m)).length, 1);
      await client.waitForLog(/diagram worker stopped: idle/, started);
    }));

  it('with mlsd.diagrams.validate off, Mermaid is never loaded', () =>
    withServer({ settings: { mlsd: { diagrams: { validate: false } } } }, async (client) => {
      const uri = 'file:///ws/off.mlsd.md';
      await client.open(uri, docWith(broken));
      await client.waitForDiagnostics(uri, 1);
      // A later publish of the same document orders after anything the first lint sent.
      const v2 = await client.change(uri, [
        { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: 'x' },
      ]);
      const second = await client.waitForDiagnostics(uri, v2);
      assert.deepEqual(codes(second), []);
      assert.deepEqual(
        client.logMessages.filter((m) => /diagram worker|Mermaid parsed/.test(m)),
        [],
      );
    }));
});
