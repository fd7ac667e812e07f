/**
 * VS Code for the Web: the language server's web build runs in a web worker of headless Chromium against a virtual
 * workspace (`vscode-vfs:`, in memory, read through the `mlsd/fs/*` requests), and does what it does on Node:
 * diagnostics with the project config and its `extends`, config problems on the config file, hover, completion,
 * code actions and workspace symbols. Mermaid does not run in a web worker: the log says diagrams go unchecked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DiagnosticSeverity,
  HoverRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionList,
  type MarkupContent,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { withCursor } from '../lsp/cursor';
import { inFolder, skipReason, WorkerServer } from './workerServer';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'docs', 'missing-monitoring.mlsd.md'), 'utf8');
/** The fixture's missing-step finding sits on this 0-based line (its serving heading). */
const missingStepLine = 18;

const folder = 'vscode-vfs://github/mlsd-tools/designs';
const uri = (...names: string[]) => inFolder(folder, ...names);

const workspace: Record<string, string> = {
  // The root config extends a shared one, in a folder of the virtual workspace.
  [uri('.mlsdrc.json')]: '{ "extends": "./shared/team.yaml", "ignore": ["drafts"] }',
  [uri('shared', 'team.yaml')]: 'rules:\n  missing-step: warning\n',
  // A folder whose config names a base that is not there, and one outside the workspace.
  [uri('broken', '.mlsdrc.json')]: '{\n  "extends": ["../nope.json", "/etc/passwd"]\n}',
  [uri('broken', 'a.mlsd.md')]: fixture,
  [uri('docs', 'ads.mlsd.md')]: fixture,
  [uri('docs', 'carousel.mlsd.yaml')]:
    'mlsd: 1\ntitle: Listing carousel\nevaluation:\n  offline: NDCG@10 on the next day.\n',
  [uri('drafts', 'wip.mlsd.md')]: '# Work in progress\n\n## Evaluation\nTBD.\n',
};

describe('the language server in a web worker', { skip: skipReason(), timeout: 120_000 }, () => {
  let server: WorkerServer;
  before(async () => {
    server = await WorkerServer.start(folder, workspace);
  });
  after(async () => {
    await server?.close();
  });

  it('lints a virtual-workspace doc with its config and what the config extends', async () => {
    const doc = uri('docs', 'ads.mlsd.md');
    await server.open(doc, fixture);
    const published = await server.diagnosticsWhere(doc, (p) => p.version === 1);
    const missing = published.diagnostics.filter((d) => d.code === 'missing-step');
    assert.equal(missing.length, 1, JSON.stringify(published.diagnostics));
    assert.equal(missing[0].range.start.line, missingStepLine);
    assert.equal(missing[0].severity, DiagnosticSeverity.Warning, 'shared/team.yaml turns the error into a warning');
    assert.ok(server.fileRequests.includes(uri('shared', 'team.yaml')), 'the base was read from the workspace');
  });

  it('reports config problems on the config file: a missing base, and a file outside the workspace', async () => {
    const config = uri('broken', '.mlsdrc.json');
    await server.open(uri('broken', 'a.mlsd.md'), fixture);
    const published = await server.diagnosticsWhere(config, (p) => p.diagnostics.length > 0);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range.start.line, d.message]),
      [
        [1, `"../nope.json" does not exist (${uri('nope.json')}).`],
        [
          1,
          'Cannot read "/etc/passwd" (outside the workspace: a config file may extend files inside the workspace, or a config file such as ~/.mlsdrc.json).',
        ],
      ],
    );
    assert.ok(!server.fileRequests.some((asked) => asked.endsWith('/etc/passwd')), 'nothing outside is looked at');
    const doc = await server.diagnosticsWhere(uri('broken', 'a.mlsd.md'), (p) => p.version === 1);
    const missing = doc.diagnostics.find((d) => d.code === 'missing-step');
    assert.equal(missing?.severity, DiagnosticSeverity.Error, 'a broken config lints with the defaults');
  });

  it('leaves out what the config ignores', async () => {
    const draft = uri('drafts', 'wip.mlsd.md');
    await server.open(draft, workspace[draft]);
    const published = await server.diagnosticsWhere(draft, (p) => p.version === 1);
    assert.deepEqual(published.diagnostics, []);
  });

  it('answers hover and completion', async () => {
    const hovered = withCursor('# Feed ranking\n\n## 5. Evaluation\nOffline: ND|CG@10 on the next day of logs.\n');
    const hoverDoc = uri('docs', 'hover.mlsd.md');
    await server.open(hoverDoc, hovered.text);
    const hover = await server.request(HoverRequest.type, {
      textDocument: { uri: hoverDoc },
      position: hovered.position,
    });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*Normalized DCG\*\* · offline metric/);

    const completed = withCursor('# Feed ranking\n\n## 1. Clarifying requirements\nRank posts.\n\n## |');
    const completionDoc = uri('docs', 'completion.mlsd.md');
    await server.open(completionDoc, completed.text);
    const list = (await server.request(CompletionRequest.type, {
      textDocument: { uri: completionDoc },
      position: completed.position,
    })) as CompletionList;
    assert.ok(
      list.items.some((item) => item.label === '2. Framing the problem as an ML task'),
      JSON.stringify(list.items.map((item) => item.label)),
    );
  });

  it('offers the quick fix for a missing step', async () => {
    const doc = uri('docs', 'ads.mlsd.md');
    const published = await server.diagnosticsWhere(doc, (p) => p.version === 1);
    const missing = published.diagnostics.filter((d) => d.code === 'missing-step');
    const actions = (await server.request(CodeActionRequest.type, {
      textDocument: { uri: doc },
      range: missing[0].range,
      context: { diagnostics: missing },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Insert step 7 (Monitoring and infrastructure) skeleton');
    assert.ok(actions[0].edit?.changes?.[doc]?.length);
  });

  it('finds workspace symbols in docs that are not open, by walking the virtual workspace', async () => {
    const symbols = (await server.request(WorkspaceSymbolRequest.type, { query: 'carousel' })) as SymbolInformation[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.location.uri]),
      [['Listing carousel', uri('docs', 'carousel.mlsd.yaml')]],
    );
  });

  it('says in the log that Mermaid diagrams go unchecked, and lints the rest', async () => {
    const doc = uri('docs', 'diagram.mlsd.md');
    await server.open(doc, `${fixture}\n\`\`\`mermaid\nflowchart LR\n  a --> \n\`\`\`\n`);
    const published = await server.diagnosticsWhere(doc, (p) => p.version === 1);
    assert.ok(published.diagnostics.some((d) => d.code === 'missing-step'));
    assert.ok(!published.diagnostics.some((d) => d.code === 'mermaid-syntax'));
    assert.match(await server.logWhere(/Mermaid diagrams are not checked/), /Mermaid needs a DOM/);
    assert.deepEqual(server.errorLogs, []);
    assert.deepEqual(server.pageErrors, []);
  });
});
