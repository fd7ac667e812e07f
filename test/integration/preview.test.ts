/// <reference types="mocha" />
/**
 * The preview panel in a real VS Code: the commands exist, "Open Preview to the Side" opens the mlsd webview for the
 * active design doc (its title comes from the server's `mlsd/previewModel` answer), the panel follows the active
 * design doc, and a plain Markdown file does not replace it. The webview's rendering itself is tested in headless
 * Chromium (test/webview).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers';

const previewCommands = [
  'mlsd.openPreview',
  'mlsd.openPreviewToSide',
  'mlsd.exportDiagramSvg',
  'mlsd.exportDiagramPng',
  'mlsd.copyDiagramSource',
  'mlsd.exportPreviewHtml',
];

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('mlsd.preview'));
}

function waitForPreviewTab(label: string): Promise<vscode.Tab> {
  return waitFor(
    `a preview tab labelled "${label}"`,
    vscode.window.tabGroups.onDidChangeTabs,
    () => previewTabs().find((tab) => tab.label === label),
    30_000,
    () =>
      `preview tabs: ${
        previewTabs()
          .map((tab) => tab.label)
          .join(', ') || '(none)'
      }`,
  );
}

suite('mlsd preview', () => {
  suiteTeardown(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });

  test('the preview commands are registered', async () => {
    await openFixture('complete.mlsd.md');
    const commands = await vscode.commands.getCommands(true);
    for (const id of previewCommands) assert.ok(commands.includes(id), `${id} is not registered`);
  });

  test('Open Preview to the Side shows the design doc and follows the active design doc', async () => {
    await openFixture('complete.mlsd.md');
    await vscode.commands.executeCommand('mlsd.openPreviewToSide');
    const tab = await waitForPreviewTab('Preview Harmful content detection');
    assert.notEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'opened beside the editor');
    assert.equal(previewTabs().length, 1);

    await openFixture('missing-monitoring.mlsd.md');
    await waitForPreviewTab('Preview Event recommendations for a ticketing app');
    assert.equal(previewTabs().length, 1, 'one panel follows the active doc');

    // A Markdown file that is not a design doc leaves the preview on the last design doc.
    await openFixture('README.md');
    await vscode.commands.executeCommand('mlsd.openPreviewToSide');
    assert.deepEqual(
      previewTabs().map((t) => t.label),
      ['Preview Event recommendations for a ticketing app'],
    );
  });
});
