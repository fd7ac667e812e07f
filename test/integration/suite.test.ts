/// <reference types="mocha" />
/**
 * Diagnostics in a real VS Code: the mlsd extension, its language server, and the fixture workspace
 * (test/integration/workspace, copied to a temp folder by the runner). Later features add their own
 * `test/integration/<feature>.test.ts` files (code actions through `vscode.executeCodeActionProvider`, completion
 * through `vscode.executeCompletionItemProvider`, hover, commands, preview); index.ts picks up every *.test.js.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  SOURCE,
  activeExtension,
  codeOf,
  describeDiagnostics,
  lineStartingWith,
  lintBarrier,
  mlsdDiagnostics,
  openFixture,
  waitForCode,
  waitForDiagnostics,
} from './helpers';

suite('mlsd diagnostics', () => {
  test('the extension is installed and activates on a design doc', async () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} should be installed`);
    await openFixture('missing-monitoring.mlsd.md');
    const ext = await activeExtension();
    assert.equal(ext.isActive, true);
  });

  test('a Markdown doc missing the monitoring step gets missing-step on the "## 6." heading', async () => {
    const doc = await openFixture('missing-monitoring.mlsd.md');
    assert.equal(doc.languageId, 'markdown');
    const expectedLine = lineStartingWith(doc, '## 6.');
    // Wait for this text's finding: an earlier suite's edit of the same fixture may leave its stale one briefly.
    const diags = await waitForDiagnostics(
      doc.uri,
      (ds) =>
        ds.some((d) => d.source === SOURCE && codeOf(d) === 'missing-step' && d.range.start.line === expectedLine),
      `missing-step on line ${expectedLine} (the "## 6." heading)`,
    );
    const found = diags.filter((d) => d.source === SOURCE && codeOf(d) === 'missing-step');
    for (const d of found) {
      assert.equal(d.source, SOURCE);
      assert.match(d.message, /monitoring/i, `the message should name the missing step: ${d.message}`);
    }
    assert.equal(found.length, 1, `only monitoring is missing; got:\n${describeDiagnostics(found)}`);
  });

  test('a complete Markdown doc gets no missing-step', async () => {
    const doc = await openFixture('complete.mlsd.md');
    await lintBarrier();
    const missing = mlsdDiagnostics(doc.uri).filter((d) => codeOf(d) === 'missing-step');
    assert.deepEqual(missing, [], `unexpected missing-step:\n${describeDiagnostics(missing)}`);
  });

  test('a plain README.md gets no mlsd diagnostics', async () => {
    const doc = await openFixture('README.md');
    assert.equal(doc.languageId, 'markdown');
    await lintBarrier();
    const diags = mlsdDiagnostics(doc.uri);
    assert.deepEqual(diags, [], `README.md is not a design doc; got:\n${describeDiagnostics(diags)}`);
  });

  test('a YAML doc missing a step gets missing-step', async () => {
    const doc = await openFixture('missing-step.mlsd.yaml');
    const found = await waitForCode(doc.uri, 'missing-step');
    assert.ok(found.every((d) => d.source === SOURCE));
    assert.ok(
      found.some((d) => /monitoring/i.test(d.message)),
      `expected the missing monitoring step to be named; got:\n${describeDiagnostics(found)}`,
    );
  });
});
