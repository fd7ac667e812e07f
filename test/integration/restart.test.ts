/// <reference types="mocha" />
/**
 * A crashed language server comes back: the test kills the server process (SIGKILL, as an out-of-memory abort would),
 * and the client starts a new one, which lints the open documents again. The proof is an edit made after the kill
 * whose diagnostics can only come from the new server.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import {
  SOURCE,
  codeOf,
  lineStartingWith,
  openFixture,
  restoreFixture,
  waitForCode,
  waitForDiagnostics,
} from './helpers';

/** The pids of the mlsd language servers this extension host started (its child processes running server.js). */
function serverPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => /dist[\\/]server[\\/]server\.js/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

suite('mlsd language server restart', () => {
  test('after the server is killed, a new one publishes diagnostics again', async function () {
    if (process.platform !== 'linux') this.skip();
    const doc = await openFixture('missing-monitoring.mlsd.md');
    await waitForCode(doc.uri, 'missing-step');
    const before = serverPids();
    assert.equal(before.length, 1, `one server process, found ${before.join(', ') || 'none'}`);
    process.kill(before[0], 'SIGKILL');
    // The editor keeps asking while the server is gone (an outline here): those messages fail to reach it, which
    // must not stop the client from starting a new one when the close comes.
    const askedMeanwhile = Array.from({ length: 6 }, () =>
      vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri).then(
        () => undefined,
        () => undefined,
      ),
    );

    // Two lines above the "## 6." heading move its missing-step finding down by two: only a live server says so.
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const heading = lineStartingWith(doc, '## 6.');
    const original = doc.getText();
    try {
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(heading, 0), 'A new line.\n\n')));
      await waitForDiagnostics(
        doc.uri,
        (ds) =>
          ds.some((d) => d.source === SOURCE && codeOf(d) === 'missing-step' && d.range.start.line === heading + 2),
        'missing-step from the restarted server',
        60_000,
      );
      await Promise.all(askedMeanwhile);
      const after = serverPids();
      assert.equal(after.length, 1);
      assert.notEqual(after[0], before[0], 'a new server process');
    } finally {
      await restoreFixture(doc, original);
    }
    // The next suites read this fixture's diagnostics: they must be the restored text's, not the edit's.
    await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => d.source === SOURCE && codeOf(d) === 'missing-step' && d.range.start.line === heading),
      'missing-step back on the "## 6." heading after the restore',
    );
  });
});
