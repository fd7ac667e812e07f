/// <reference types="mocha" />
/** Quick fixes in a real VS Code: the code action provider offers the fix, applying it clears the diagnostic. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeActionsAt,
  codeOf,
  describeDiagnostics,
  mlsdDiagnostics,
  openFixture,
  restoreFixture,
  waitForCode,
  waitForDiagnostics,
} from './helpers';

suite('mlsd quick fixes', () => {
  test('the missing-step fix inserts the monitoring skeleton and the diagnostic goes away', async () => {
    const doc = await openFixture('missing-monitoring.mlsd.md');
    const original = doc.getText();
    try {
      const [missing] = await waitForCode(doc.uri, 'missing-step');
      const fixTitle = 'Insert step 7 (Monitoring and infrastructure) skeleton';
      const actions = await codeActionsAt(doc.uri, missing.range, (found) => found.some((a) => a.title === fixTitle));
      const titles = actions.map((a) => a.title);
      const fix = actions.find((a) => a.title === fixTitle);
      assert.ok(fix?.edit, `expected the insert fix among: ${titles.join(' | ')}`);
      assert.ok(titles.includes('Disable missing-step for this line'), titles.join(' | '));
      assert.ok(titles.includes('Disable missing-step for this file'), titles.join(' | '));

      const linesBefore = doc.lineCount;
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      assert.ok(doc.lineCount > linesBefore, 'the fix inserts lines');
      assert.ok(doc.getText().includes('## 7. Monitoring and infrastructure'));
      await waitForDiagnostics(
        doc.uri,
        (diags) => diags.some((d) => codeOf(d) === 'empty-step') && !diags.some((d) => codeOf(d) === 'missing-step'),
        'missing-step to clear after the fix',
      );
      const after = mlsdDiagnostics(doc.uri);
      assert.ok(
        after.some((d) => codeOf(d) === 'empty-step'),
        `the new skeleton still needs writing:\n${describeDiagnostics(after)}`,
      );
    } finally {
      await restoreFixture(doc, original);
    }
  });
});
