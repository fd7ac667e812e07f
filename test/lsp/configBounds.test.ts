/**
 * Config files stay in bounds in the language server: `extends` out of the workspace is a diagnostic on the config
 * file, and an untrusted workspace (initializationOptions.workspaceTrusted: false) reads nothing outside its folder
 * until the client says the user trusted it (mlsd/workspaceTrusted).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { WorkspaceTrustedNotification } from '../../common/protocol';
import { LspTestClient } from './lspClient';

const base = mkdtempSync(join(tmpdir(), 'mlsd-lsp-bounds-'));
after(() => rmSync(base, { recursive: true, force: true }));
const uriOf = (path: string): string => pathToFileURL(path).href;

describe('config bounds in the language server', () => {
  it('an extends to /etc/passwd is a config problem on the entry, never read', async () => {
    const root = join(base, 'passwd');
    mkdirSync(root);
    writeFileSync(join(root, '.mlsdrc.json'), '{ "extends": "/etc/passwd" }');
    const client = await LspTestClient.start({ workspaceFolder: uriOf(root) });
    try {
      const published = await client.waitForDiagnosticsWhere(
        uriOf(join(root, '.mlsdrc.json')),
        (p) => p.diagnostics.length > 0,
        'the config problem',
      );
      assert.deepEqual(
        published.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.message]),
        [
          [
            0,
            13,
            'Cannot read "/etc/passwd" (outside the workspace: a config file may extend files inside the workspace, or a config file such as ~/.mlsdrc.json).',
          ],
        ],
      );
      assert.ok(!client.events.some((e) => e.kind === 'diagnostics' && e.params.uri === 'file:///etc/passwd'));
    } finally {
      await client.shutdown();
    }
  });

  it('an untrusted workspace reads no config file outside it until trusted', async () => {
    const root = join(base, 'untrusted');
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(base, '.mlsdrc.json'), '{ "rules": { "missing-step": "off" } }');
    const doc = uriOf(join(root, 'docs', 'a.mlsd.md'));
    const client = await LspTestClient.start({
      workspaceFolder: uriOf(root),
      initializationOptions: { workspaceTrusted: false },
    });
    try {
      await client.open(doc, '# Draft\n\n## Requirements\nRank 500 posts in 200 ms for 2M daily users.\n');
      const untrusted = await client.waitForDiagnostics(doc, 1);
      assert.ok(
        untrusted.diagnostics.some((d) => d.code === 'missing-step'),
        'the config above the workspace was not read',
      );
      const since = client.mark();
      await client.notify(WorkspaceTrustedNotification, {});
      const trusted = await client.waitForDiagnostics(doc, 1, since);
      assert.ok(
        !trusted.diagnostics.some((d) => d.code === 'missing-step'),
        'once trusted, the config up the tree applies',
      );
    } finally {
      await client.shutdown();
      rmSync(join(base, '.mlsdrc.json'));
    }
  });
});
