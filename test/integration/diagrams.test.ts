/// <reference types="mocha" />
/**
 * Mermaid diagrams in a real VS Code: a broken diagram's error reaches the Problems panel (the diagnostics VS Code
 * shows there) on the exact token Mermaid names, although Mermaid counts the line without the diagram's directive and
 * comment; fixing the diagram clears it. The driver (scripts/e2e/run.mjs) also checks the Problems panel's rows and
 * drives zoom, pan and export in the preview webview.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, mlsdDiagnostics, openFixture, waitFor } from './helpers';

const FIXTURE = 'diagram-error.mlsd.md';

function mermaidErrors(uri: vscode.Uri): vscode.Diagnostic[] {
  return mlsdDiagnostics(uri).filter((d) => codeOf(d) === 'mermaid-syntax');
}

suite('mlsd Mermaid diagnostics', () => {
  test('the Problems panel shows the Mermaid error on the token Mermaid names, and the fix clears it', async () => {
    const doc = await openFixture(FIXTURE);
    const line = doc
      .getText()
      .split('\n')
      .findIndex((text) => text.includes('Ranker -->> Index'));
    const [error] = await waitFor(
      'the mermaid-syntax diagnostic',
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const found = mermaidErrors(doc.uri);
        return found.length > 0 ? found : undefined;
      },
      60_000,
      () => describeDiagnostics(mlsdDiagnostics(doc.uri)),
    );
    assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
    assert.match(error.message, /^Mermaid cannot parse this diagram: Expecting/);
    const arrow = doc.lineAt(line).text.indexOf('-->>');
    assert.deepEqual(
      [error.range.start.line, error.range.start.character, error.range.end.character],
      [line, arrow + 3, arrow + 4],
      'on the second ">" of "-->>"',
    );

    const editor = await vscode.window.showTextDocument(doc);
    try {
      await editor.edit((edit) => edit.delete(new vscode.Range(line, arrow + 3, line, arrow + 4)));
      await waitFor(
        'the Mermaid error to clear',
        vscode.languages.onDidChangeDiagnostics,
        () => mermaidErrors(doc.uri).length === 0,
        60_000,
        () => describeDiagnostics(mlsdDiagnostics(doc.uri)),
      );
    } finally {
      await vscode.commands.executeCommand('undo');
      await doc.save();
    }
  });
});
