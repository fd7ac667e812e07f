/// <reference types="mocha" />
/**
 * The workspace's design docs in a real VS Code: a design doc saved on disk and never opened shows its findings in
 * the Problems panel (`mlsd.lint.scope` unset and the fixture workspace small), and they go with the file; with
 * `mlsd.lint.scope: openFiles` they are cleared, and "mlsd: Lint Workspace" brings an unopened doc's findings in.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../common/protocol';
import { SOURCE, activeExtension, codeOf, fixtureUri, waitForDiagnostics } from './helpers';

/** A design doc with its requirements only: a missing-step finding for each of the six other steps. */
const requirementsOnly = [
  '---',
  'mlsd: 1',
  'title: Churn prediction',
  '---',
  '',
  '# Churn prediction',
  '',
  '## 1. Clarifying requirements',
  '',
  'Reduce churn of paying users by 5% within a quarter; 2M subscribers, scored nightly.',
  '',
].join('\n');

const missingSteps = (diags: readonly vscode.Diagnostic[]): number =>
  diags.filter((d) => d.source === SOURCE && codeOf(d) === 'missing-step').length;

const isOpen = (uri: vscode.Uri): boolean =>
  vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === uri.toString());

async function writeDoc(name: string): Promise<vscode.Uri> {
  const uri = fixtureUri(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(requirementsOnly, 'utf8'));
  return uri;
}

suite('mlsd workspace lint', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  test('a design doc saved on disk shows its findings without being opened, and they go with the file', async () => {
    const uri = await writeDoc('churn-on-disk.mlsd.md');
    try {
      const diags = await waitForDiagnostics(uri, (ds) => missingSteps(ds) === 6, 'six missing-step findings');
      assert.ok(diags.every((d) => d.source === SOURCE));
      assert.equal(isOpen(uri), false, 'the workspace lint does not open the file');
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no findings once the file is deleted');
  });

  test('with mlsd.lint.scope openFiles, "mlsd: Lint Workspace" shows the findings of a doc that is not open', async () => {
    const settings = vscode.workspace.getConfiguration('mlsd');
    const before = await writeDoc('churn-before.mlsd.md');
    let byCommand: vscode.Uri | undefined;
    try {
      await waitForDiagnostics(before, (ds) => missingSteps(ds) === 6, 'the findings of the doc on disk');
      await settings.update('lint.scope', 'openFiles', vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(before, (ds) => ds.length === 0, 'no findings of unopened docs with openFiles');

      byCommand = await writeDoc('churn-by-command.mlsd.md');
      const result = await vscode.commands.executeCommand<LintWorkspaceResult>('mlsd.lintWorkspace');
      assert.ok(result, 'the command returns what it found');
      assert.ok(result.designDocs >= 2, `this test's docs at least: ${JSON.stringify(result)}`);
      assert.ok(result.withProblems >= 2, JSON.stringify(result));
      await waitForDiagnostics(byCommand, (ds) => missingSteps(ds) === 6, 'six missing-step findings');
      assert.equal(isOpen(byCommand), false, 'the command does not open the file');
    } finally {
      await settings.update('lint.scope', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(before, { useTrash: false });
      if (byCommand) await vscode.workspace.fs.delete(byCommand, { useTrash: false });
    }
    if (byCommand) await waitForDiagnostics(byCommand, (ds) => ds.length === 0, 'no findings once the file is deleted');
  });
});
