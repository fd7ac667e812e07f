/**
 * Project config files and rule settings in the language server, over real JSON-RPC: a broken `.mlsdrc.json` gets a
 * diagnostic on itself (and linting goes on with the defaults), a watched-file change re-reads it and re-lints, and
 * `mlsd.rules` settings override the config file. Config files live in a real temporary workspace folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Diagnostic,
} from 'vscode-languageserver-protocol';
import { LspTestClient, type Settings } from './lspClient';
import { tempDir } from '../helpers/tempDir';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'docs', 'missing-monitoring.mlsd.md'), 'utf8');
/** The fixture's missing-step finding sits on this 0-based line (its serving heading). */
const missingStepLine = 18;

function workspace(files: Record<string, string>): string {
  const dir = tempDir('mlsd-lsp-config-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const uriOf = (path: string): string => pathToFileURL(path).href;

function missingStep(diagnostics: Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === 'missing-step' && d.range.start.line === missingStepLine);
}

async function withServer(
  folder: string,
  settings: Settings | undefined,
  body: (client: LspTestClient) => Promise<void>,
): Promise<void> {
  const client = await LspTestClient.start({ settings, workspaceFolder: uriOf(folder) });
  try {
    await body(client);
  } finally {
    await client.shutdown();
  }
  assert.deepEqual(client.protocolErrors, [], 'the JSON-RPC stream stayed clean');
  assert.deepEqual(client.errorLogs, [], 'the server logged no failures');
  assert.doesNotMatch(client.stderr, /error|unhandled|exception/i, 'stderr shows no unhandled error');
}

describe('project config in the language server', () => {
  it('publishes a broken .mlsdrc.json on the file itself, lints with defaults, and recovers when it is fixed', async () => {
    const dir = workspace({
      '.mlsdrc.json': '{\n  "rules": {\n    "missing-step": "fatal"\n  }\n}\n',
      'docs/feed.mlsd.md': fixture,
    });
    const configUri = uriOf(join(dir, '.mlsdrc.json'));
    const docUri = uriOf(join(dir, 'docs', 'feed.mlsd.md'));
    await withServer(dir, undefined, async (client) => {
      // Found at the workspace root right after `initialized`, before any document is opened.
      const broken = await client.waitForDiagnosticsWhere(
        configUri,
        (p) => p.diagnostics.length > 0,
        'the config problem',
      );
      assert.equal(broken.diagnostics.length, 1);
      const [problem] = broken.diagnostics;
      assert.deepEqual(problem.range, { start: { line: 2, character: 20 }, end: { line: 2, character: 27 } });
      assert.equal(problem.severity, DiagnosticSeverity.Error);
      assert.equal(problem.source, 'mlsd');
      assert.match(
        problem.message,
        /Severity of "missing-step" must be one of error, warning, info, hint, off, not "fatal"/,
      );

      await client.open(docUri, fixture);
      const opened = await client.waitForDiagnostics(docUri, 1);
      assert.equal(
        missingStep(opened.diagnostics)?.severity,
        DiagnosticSeverity.Error,
        'the default severity while the config is broken',
      );

      const since = client.mark();
      writeFileSync(join(dir, '.mlsdrc.json'), '{\n  "rules": {\n    "missing-step": "hint"\n  }\n}\n');
      await client.notify(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: configUri, type: FileChangeType.Changed }],
      });
      await client.waitForDiagnosticsWhere(configUri, (p) => p.diagnostics.length === 0, 'the problem cleared', since);
      const relinted = await client.waitForDiagnostics(docUri, 1, since);
      assert.equal(missingStep(relinted.diagnostics)?.severity, DiagnosticSeverity.Hint, 'the fixed config applies');
    });
  });

  it('a broken .mlsdrc.yaml opened in the editor keeps its config diagnostics (it is not linted as a doc)', async () => {
    const dir = workspace({
      'team/.mlsdrc.yaml': 'rules:\n  step-order: off\nignores: [drafts]\n',
      'team/feed.mlsd.md': fixture,
    });
    const configUri = uriOf(join(dir, 'team', '.mlsdrc.yaml'));
    const docUri = uriOf(join(dir, 'team', 'feed.mlsd.md'));
    await withServer(dir, undefined, async (client) => {
      await client.open(configUri, readFileSync(join(dir, 'team', '.mlsdrc.yaml'), 'utf8'));
      const problems = await client.waitForDiagnosticsWhere(
        configUri,
        (p) => p.diagnostics.length > 0,
        'the config problem',
      );
      assert.deepEqual(
        problems.diagnostics.map((d) => [d.range.start.line, d.message]),
        [[2, 'Unknown key "ignores"; did you mean "ignore"?']],
      );
      // Opening a doc under it lints the doc (with the defaults) and publishes nothing new for the config file.
      await client.open(docUri, fixture);
      assert.ok(missingStep((await client.waitForDiagnostics(docUri, 1)).diagnostics));
      const configPublishes = client.events.filter((e) => e.kind === 'diagnostics' && e.params.uri === configUri);
      assert.equal(configPublishes.length, 1, 'no empty publish replaced the config problem');
    });
  });

  it('a config file created in a sub-folder applies to the docs below it once the watcher reports it', async () => {
    const dir = workspace({ 'team/feed.mlsd.md': fixture });
    const docUri = uriOf(join(dir, 'team', 'feed.mlsd.md'));
    await withServer(dir, undefined, async (client) => {
      await client.open(docUri, fixture);
      assert.ok(missingStep((await client.waitForDiagnostics(docUri, 1)).diagnostics));
      const since = client.mark();
      const config = join(dir, 'team', '.mlsdrc.yaml');
      writeFileSync(config, 'rules:\n  missing-step: off\n');
      await client.notify(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: uriOf(config), type: FileChangeType.Created }],
      });
      const relinted = await client.waitForDiagnostics(docUri, 1, since);
      assert.equal(missingStep(relinted.diagnostics), undefined, 'missing-step is off');
    });
  });

  it('mlsd.rules settings override the config file, which overrides the defaults', async () => {
    const dir = workspace({ '.mlsdrc.yaml': 'rules:\n  missing-step: info\n', 'feed.mlsd.md': fixture });
    const docUri = uriOf(join(dir, 'feed.mlsd.md'));
    await withServer(dir, { mlsd: { rules: { 'missing-step': 'warning' } } }, async (client) => {
      await client.open(docUri, fixture);
      const opened = await client.waitForDiagnostics(docUri, 1);
      assert.equal(
        missingStep(opened.diagnostics)?.severity,
        DiagnosticSeverity.Warning,
        'the setting wins over the config',
      );

      let since = client.mark();
      await client.changeSettings({ mlsd: {} });
      const fromConfig = await client.waitForDiagnostics(docUri, 1, since);
      assert.equal(
        missingStep(fromConfig.diagnostics)?.severity,
        DiagnosticSeverity.Information,
        'the config file applies',
      );

      since = client.mark();
      await client.changeSettings({
        mlsd: { rules: { 'missing-step': 'off', 'no-such-rule': 'error', 'empty-step': 'loud' } },
      });
      const off = await client.waitForDiagnostics(docUri, 1, since);
      assert.equal(missingStep(off.diagnostics), undefined, 'off disables the rule; malformed entries are ignored');
    });
  });

  it('mlsd.ignore settings and config ignore globs stop linting a document', async () => {
    const dir = workspace({
      '.mlsdrc.json': '{ "ignore": ["archive"] }',
      'archive/old.mlsd.md': fixture,
      'drafts/new.mlsd.md': fixture,
    });
    const archived = uriOf(join(dir, 'archive', 'old.mlsd.md'));
    const draft = uriOf(join(dir, 'drafts', 'new.mlsd.md'));
    await withServer(dir, { mlsd: { ignore: ['drafts/**'] } }, async (client) => {
      await client.open(archived, fixture);
      await client.open(draft, fixture);
      assert.deepEqual((await client.waitForDiagnostics(archived, 1)).diagnostics, []);
      assert.deepEqual((await client.waitForDiagnostics(draft, 1)).diagnostics, []);
      const since = client.mark();
      await client.changeSettings({ mlsd: { ignore: [] } });
      assert.ok(
        missingStep((await client.waitForDiagnostics(draft, 1, since)).diagnostics),
        'linted once no longer ignored',
      );
    });
  });
});
