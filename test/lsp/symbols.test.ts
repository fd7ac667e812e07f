/**
 * The outline features over real JSON-RPC: document symbols, folding ranges, selection ranges and workspace
 * symbols (with a temporary workspace folder on disk), for Markdown and YAML design docs.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeWorkspaceFoldersNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  SelectionRangeRequest,
  SymbolKind,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Range,
  type SelectionRange,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { withCursor } from './cursor';
import { joinLines, LspTestClient } from './lspClient';

/** SymbolKind is a namespace of numbers; its names read better in expectations. */
const kindName = (kind: number): string =>
  Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
const at = (r: Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** One line per symbol, indented by depth: "Module 5. Evaluation [thin] 13:0-18:26 @13:0-13:16". */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${kindName(s.kind)} ${s.name}${s.detail !== undefined ? ` [${s.detail}]` : ''} ${at(s.range)} @${at(s.selectionRange)}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

function chain(selection: SelectionRange | undefined): string[] {
  const ranges: string[] = [];
  for (let s = selection; s; s = s.parent) ranges.push(at(s.range));
  return ranges;
}

const markdownDoc = joinLines(
  '---', // 0
  'mlsd: 1',
  'case: video-recommendation',
  '---',
  '# Home feed', // 4
  'Short intro.',
  '',
  '## 1. Clarifying requirements', // 7
  'Goal: more watch time from 100M DAU, under 200 ms per request.',
  '',
  '### Scale', // 10
  'About 100M DAU and 20k QPS at peak.',
  '',
  '## 5. Evaluation', // 13
  '**Offline metrics**',
  'Recall@k and NDCG on a held-out day of logs.',
  '',
  '### Online metrics', // 17
  'Watch time in an A/B test.',
  '',
  '## Appendix', // 20
  'Links to dashboards.',
);

const yamlDoc = joinLines(
  'mlsd: 1', // 0
  'title: Home feed',
  'tags:',
  '  - ranking',
  'requirements:', // 4
  '  goal: More watch time from 100M DAU under 200 ms.',
  '  scale:',
  '    users: 100M DAU',
  'evaluation:', // 8
  '  offline: Recall@k and NDCG on a held-out day.',
  'diagram: graph LR',
);

describe('document symbols, folding and selection ranges', () => {
  let client: LspTestClient;
  const mdUri = 'file:///ws/feed.mlsd.md';
  const yamlUri = 'file:///ws/feed.mlsd.yaml';
  before(async () => {
    client = await LspTestClient.start();
    await client.open(mdUri, markdownDoc);
    await client.open(yamlUri, yamlDoc);
  });
  after(async () => {
    await client.shutdown();
  });

  it('outlines a Markdown doc: steps at the top level, sub-sections nested, title and appendix in place', async () => {
    const symbols = (await client.request(DocumentSymbolRequest.type, {
      textDocument: { uri: mdUri },
    })) as DocumentSymbol[];
    assert.deepEqual(outline(symbols), [
      'Namespace front matter 0:0-3:3 @0:0-0:3',
      '  Property mlsd [1] 1:0-1:7 @1:0-1:4',
      '  Property case [video-recommendation] 2:0-2:26 @2:0-2:4',
      'String Home feed 4:0-5:12 @4:0-4:11',
      'Module 1. Clarifying requirements [thin] 7:0-11:35 @7:0-7:29',
      '  String Scale 10:0-11:35 @10:0-10:9',
      'Module 5. Evaluation [covered] 13:0-18:26 @13:0-13:16',
      '  String Offline metrics 14:0-15:44 @14:0-14:19',
      '  String Online metrics 17:0-18:26 @17:0-17:18',
      'String Appendix 20:0-21:20 @20:0-20:11',
    ]);
  });

  it('outlines a YAML doc: metadata keys, step keys with their nested keys', async () => {
    const symbols = (await client.request(DocumentSymbolRequest.type, {
      textDocument: { uri: yamlUri },
    })) as DocumentSymbol[];
    assert.deepEqual(outline(symbols), [
      'Property mlsd [1] 0:0-0:7 @0:0-0:4',
      'Property title [Home feed] 1:0-1:16 @1:0-1:5',
      'Property tags [ranking] 2:0-3:11 @2:0-2:4',
      'Module requirements [thin] 4:0-7:19 @4:0-4:12',
      '  Key goal 5:0-5:51 @5:2-5:6',
      '  Key scale 6:0-7:19 @6:2-6:7',
      '    Key users 7:0-7:19 @7:4-7:9',
      'Module evaluation [thin] 8:0-9:47 @8:0-8:10',
      '  Key offline 9:0-9:47 @9:2-9:9',
      'Property diagram [graph LR] 10:0-10:17 @10:0-10:7',
    ]);
  });

  it('puts outline-style steps (bullets) at the top level and answers null for other files', async () => {
    const uri = 'file:///ws/outline.mlsd.md';
    await client.open(
      uri,
      joinLines(
        '* Evaluation',
        '  * Offline: NDCG@10 on held-out logs.',
        '* Deployment and serving',
        '  * Batch prediction, refreshed nightly.',
      ),
    );
    const symbols = (await client.request(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(outline(symbols), [
      'Module Evaluation [thin] 0:0-1:38 @0:0-0:12',
      'Module Deployment and serving [thin] 2:0-3:40 @2:0-2:24',
    ]);
    await client.open('file:///ws/README.md', '# Readme\n\n## Evaluation\n');
    assert.equal(
      await client.request(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///ws/README.md' } }),
      null,
    );
  });

  it('folds every step and sub-section, the front matter and multi-line YAML metadata', async () => {
    const fold = async (uri: string) =>
      ((await client.request(FoldingRangeRequest.type, { textDocument: { uri } })) ?? []).map(
        (r) => `${r.startLine}-${r.endLine}`,
      );
    assert.deepEqual(await fold(mdUri), ['0-3', '4-21', '7-11', '10-11', '13-18', '14-15', '17-18', '20-21']);
    assert.deepEqual(await fold(yamlUri), ['2-3', '4-7', '6-7', '8-9']);
    assert.equal(
      await client.request(FoldingRangeRequest.type, { textDocument: { uri: 'file:///ws/README.md' } }),
      null,
    );
  });

  it('expands the selection word → line → sub-section → step → title section → document (Markdown)', async () => {
    const { position } = withCursor(markdownDoc.split('\n').slice(0, 15).join('\n') + '\nRecall@k and ND|CG');
    const [selection] =
      (await client.request(SelectionRangeRequest.type, { textDocument: { uri: mdUri }, positions: [position] })) ?? [];
    assert.deepEqual(chain(selection), [
      '15:13-15:17',
      '15:0-15:44',
      '14:0-15:44',
      '13:0-18:26',
      '4:0-21:20',
      '0:0-21:20',
    ]);
  });

  it('expands the selection through nested YAML keys, and through front matter keys', async () => {
    const [users, tag] =
      (await client.request(SelectionRangeRequest.type, {
        textDocument: { uri: yamlUri },
        positions: [
          { line: 7, character: 6 },
          { line: 3, character: 6 },
        ],
      })) ?? [];
    assert.deepEqual(chain(users), ['7:4-7:9', '7:0-7:19', '6:0-7:19', '4:0-7:19', '0:0-10:17']);
    assert.deepEqual(chain(tag), ['3:4-3:11', '3:0-3:11', '2:0-3:11', '0:0-10:17']);
    const [caseKey] =
      (await client.request(SelectionRangeRequest.type, {
        textDocument: { uri: mdUri },
        positions: [{ line: 2, character: 8 }],
      })) ?? [];
    assert.deepEqual(chain(caseKey), ['2:6-2:26', '2:0-2:26', '0:0-3:3', '0:0-21:20']);
  });
});

describe('workspace symbols', () => {
  let client: LspTestClient;
  let root: string;
  let second: string;
  const file = (...parts: string[]): string => join(root, ...parts);
  const uriOf = (path: string): string => pathToFileURL(path).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'mlsd-ws-'));
    second = mkdtempSync(join(tmpdir(), 'mlsd-ws2-'));
    writeFileSync(
      file('ads.mlsd.md'),
      joinLines(
        '---',
        'mlsd: 1',
        'title: Ads ranking',
        'case: ad-click-prediction',
        '---',
        '# Ads ranking',
        '',
        '## 1. Clarifying requirements',
        'More clicks.',
        '',
        '## 5. Evaluation',
        'Log loss.',
        '',
      ),
    );
    writeFileSync(
      file('feed.mlsd.yaml'),
      joinLines(
        'mlsd: 1',
        'title: Feed',
        'case: personalized-news-feed',
        'evaluation: NDCG@10 offline.',
        'serving: Online prediction.',
        '',
      ),
    );
    mkdirSync(file('notes'));
    writeFileSync(
      file('notes', 'plan.md'),
      joinLines('---', 'mlsd: 1', '---', '# Plan', '', '## Evaluation', 'Recall@k.', ''),
    );
    writeFileSync(file('README.md'), joinLines('# Readme', '', '## Evaluation', 'Not a design doc.', ''));
    for (const skipped of ['node_modules', '.hidden']) {
      mkdirSync(file(skipped));
      writeFileSync(file(skipped, 'x.mlsd.md'), joinLines('# X', '', '## Evaluation', 'Skipped.', ''));
    }
    writeFileSync(
      join(second, 'pymk.mlsd.md'),
      joinLines('---', 'mlsd: 1', 'case: people-you-may-know', '---', '# PYMK', '', '## Evaluation', 'mAP@20.', ''),
    );
    client = await LspTestClient.start({ workspaceFolder: uriOf(root) });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  const search = async (query: string): Promise<string[]> => {
    const result = ((await client.request(WorkspaceSymbolRequest.type, { query })) ?? []) as SymbolInformation[];
    return result.map(
      (s) =>
        `${kindName(s.kind)} ${s.name} (${s.containerName}) ${s.location.uri.slice(uriOf(root).length + 1)} ${at((s.location as { range: Range }).range)}`,
    );
  };

  it('finds a step across every design doc in the folder, skipping other files and dependency folders', async () => {
    assert.deepEqual(await search('evaluation'), [
      'Module 5. Evaluation (Ads ranking) ads.mlsd.md 10:0-11:9',
      'Module evaluation (Feed) feed.mlsd.yaml 3:0-3:28',
      'Module Evaluation (Plan) notes/plan.md 5:0-6:9',
    ]);
  });

  it('finds a case study by title or id, and every symbol for an empty query', async () => {
    assert.deepEqual(await search('ad click'), ['Object Ad click prediction (Ads ranking) ads.mlsd.md 3:0-3:4']);
    assert.deepEqual(await search('people-you'), []);
    assert.deepEqual(await search('personalized-news'), [
      'Object Personalized news feed (Feed) feed.mlsd.yaml 2:0-2:4',
    ]);
    assert.deepEqual(await search(''), [
      'File Ads ranking (ads.mlsd.md) ads.mlsd.md 2:0-2:5',
      'Object Ad click prediction (Ads ranking) ads.mlsd.md 3:0-3:4',
      'Module 1. Clarifying requirements (Ads ranking) ads.mlsd.md 7:0-8:12',
      'Module 5. Evaluation (Ads ranking) ads.mlsd.md 10:0-11:9',
      'File Feed (feed.mlsd.yaml) feed.mlsd.yaml 1:0-1:5',
      'Object Personalized news feed (Feed) feed.mlsd.yaml 2:0-2:4',
      'Module evaluation (Feed) feed.mlsd.yaml 3:0-3:28',
      'Module serving (Feed) feed.mlsd.yaml 4:0-4:27',
      'File Plan (plan.md) notes/plan.md 3:0-3:6',
      'Module Evaluation (Plan) notes/plan.md 5:0-6:9',
    ]);
  });

  it('reads open documents with their unsaved text, and files changed on disk', async () => {
    const ads = file('ads.mlsd.md');
    await client.open(
      uriOf(ads),
      joinLines('---', 'mlsd: 1', 'title: Ads ranking', '---', '# Ads ranking', '', '## 5. Metrics', 'Log loss.'),
    );
    writeFileSync(
      file('feed.mlsd.yaml'),
      joinLines('mlsd: 1', 'title: Home feed v2', 'evaluation: NDCG@10 offline, CTR online.', ''),
    );
    assert.deepEqual(await search('evaluation'), [
      'Module 5. Metrics (Ads ranking) ads.mlsd.md 6:0-7:9',
      'Module evaluation (Home feed v2) feed.mlsd.yaml 2:0-2:40',
      'Module Evaluation (Plan) notes/plan.md 5:0-6:9',
    ]);
    await client.close(uriOf(ads));
  });

  it('follows workspace folders added later', async () => {
    await client.notify(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: uriOf(second), name: 'second' }], removed: [] },
    });
    const found = ((await client.request(WorkspaceSymbolRequest.type, { query: 'people' })) ??
      []) as SymbolInformation[];
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri]),
      [['People You May Know', uriOf(join(second, 'pymk.mlsd.md'))]],
    );
  });
});
