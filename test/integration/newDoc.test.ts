/// <reference types="mocha" />
/**
 * "mlsd: New Design Doc from Case Study…" in a real VS Code: with `{ caseId, format }` the command skips its pickers,
 * asks the language server for the template (`mlsd/template`) and opens it as an untitled document in the right
 * language; the server then lints it like any design doc (placeholders flagged, no step missing). With `save: true`
 * it is saved in the workspace folder under a free `<id>.mlsd.*` name, never over an existing file.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension,
  codeOf,
  describeDiagnostics,
  mlsdDiagnostics,
  waitFor,
  waitForDiagnostics,
  workspaceRoot,
} from './helpers';

const command = 'mlsd.newFromCaseStudy';
const stepHeadings = [
  '## 1. Clarifying requirements',
  '## 2. Framing the problem as an ML task',
  '## 3. Data preparation',
  '## 4. Model development',
  '## 5. Evaluation',
  '## 6. Deployment and serving',
  '## 7. Monitoring and infrastructure',
];

/** Runs the command and resolves with the editor it opens (the active editor change, not a sleep). */
async function runAndWaitForEditor(
  args: unknown,
  what: string,
  matches: (doc: vscode.TextDocument) => boolean,
): Promise<{ editor: vscode.TextEditor; returned: unknown }> {
  const opened = waitFor(
    what,
    vscode.window.onDidChangeActiveTextEditor,
    () => {
      const editor = vscode.window.activeTextEditor;
      return editor && matches(editor.document) ? editor : undefined;
    },
    30_000,
    () => `active editor: ${vscode.window.activeTextEditor?.document.uri.toString() ?? '(none)'}`,
  );
  const returned = await vscode.commands.executeCommand(command, args);
  return { editor: await opened, returned };
}

async function closeActiveWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('mlsd new design doc', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  test('the command is contributed and registered', async () => {
    const contributed = (
      vscode.extensions.getExtension('mlsd-tools.mlsd')?.packageJSON as {
        contributes: { commands: { command: string; title: string }[] };
      }
    ).contributes.commands;
    assert.equal(contributed.find((c) => c.command === command)?.title, 'New Design Doc from Case Study…');
    assert.ok((await vscode.commands.getCommands(true)).includes(command));
  });

  test('{ caseId: visual-search, format: markdown } opens an untitled Markdown design doc that the server lints', async () => {
    const { editor, returned } = await runAndWaitForEditor(
      { caseId: 'visual-search', format: 'markdown' },
      'an untitled editor with the visual-search template',
      (doc) => doc.isUntitled && doc.getText().includes('case: visual-search'),
    );
    const doc = editor.document;
    try {
      assert.equal(doc.languageId, 'markdown');
      assert.equal(String(returned), doc.uri.toString(), 'the command returns the new document');
      const text = doc.getText();
      assert.match(text, /^---\nmlsd: 1\ntitle: Visual search system\ncase: visual-search\n/);
      const lines = text.split('\n');
      for (const heading of stepHeadings) assert.ok(lines.includes(heading), heading);
      assert.ok(text.includes('```mermaid'), 'the pipeline diagram skeleton');

      const diagnostics = await waitForDiagnostics(
        doc.uri,
        (ds) => ds.some((d) => d.source === 'mlsd' && codeOf(d) === 'placeholder-text'),
        'placeholder findings on the new doc',
      );
      const rules = new Set(diagnostics.filter((d) => d.source === 'mlsd').map(codeOf));
      assert.ok(!rules.has('missing-step'), describeDiagnostics(mlsdDiagnostics(doc.uri)));
    } finally {
      await closeActiveWithoutSaving();
    }
  });

  test('format yaml opens an untitled YAML design doc', async () => {
    const { editor } = await runAndWaitForEditor(
      { caseId: 'people-you-may-know', format: 'yaml' },
      'an untitled editor with the people-you-may-know YAML template',
      (doc) => doc.isUntitled && doc.getText().includes('case: people-you-may-know'),
    );
    try {
      assert.equal(editor.document.languageId, 'yaml');
      for (const key of [
        'requirements:',
        'framing:',
        'data:',
        'model:',
        'evaluation:',
        'serving:',
        'monitoring:',
        'diagram: |',
      ]) {
        assert.ok(editor.document.getText().split('\n').includes(key), key);
      }
    } finally {
      await closeActiveWithoutSaving();
    }
  });

  test('save: true writes <id>.mlsd.md into the workspace folder, and never over an existing file', async () => {
    const first = vscode.Uri.joinPath(workspaceRoot(), 'quick-45.mlsd.md');
    const second = vscode.Uri.joinPath(workspaceRoot(), 'quick-45-2.mlsd.md');
    await vscode.workspace.fs.writeFile(first, Buffer.from('---\nmlsd: 1\n---\n# Mine\n', 'utf8'));
    try {
      const { editor } = await runAndWaitForEditor(
        { caseId: 'quick-45', format: 'markdown', save: true },
        'an editor on quick-45-2.mlsd.md',
        (doc) => doc.uri.toString() === second.toString(),
      );
      assert.ok(!editor.document.isDirty);
      assert.match(editor.document.getText(), /^## 1\. Clarifying requirements \(5 min\)$/m);
      assert.equal(
        Buffer.from(await vscode.workspace.fs.readFile(first)).toString('utf8'),
        '---\nmlsd: 1\n---\n# Mine\n',
        'the existing file is untouched',
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      for (const uri of [first, second])
        await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    }
  });
});
