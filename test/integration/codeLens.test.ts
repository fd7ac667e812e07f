/// <reference types="mocha" />
/**
 * Code lenses in a real VS Code, through `vscode.executeCodeLensProvider`: "N/7 steps covered" and "Open preview"
 * above the title, and above each step heading its state plus the open findings on the step's lines ("covered ·
 * 1 finding"). Counts are checked against the diagnostics VS Code shows for the same document, so the test pins how
 * lenses count without depending on which rules exist.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { stepById, stepIds } from '../../server/src/knowledge';
import {
  codeOf,
  describeDiagnostics,
  executeUntil,
  lineStartingWith,
  mlsdDiagnostics,
  openFixture,
  waitForDiagnostics,
  SOURCE,
} from './helpers';

const describe = (lenses: readonly vscode.CodeLens[]): string =>
  lenses
    .map(
      (lens) =>
        `  line ${lens.range.start.line}: ${lens.command?.title ?? '(unresolved)'} [${lens.command?.command ?? ''}]`,
    )
    .join('\n') || '(none)';

const hasCoverage = (lenses: readonly vscode.CodeLens[]): boolean =>
  lenses.some((lens) => /^\d\/7 steps covered$/.test(lens.command?.title ?? ''));

/** The lenses of a document by line, once `wanted` holds (bounded; see executeUntil). */
async function lensesOf(
  uri: vscode.Uri,
  wanted: (lenses: vscode.CodeLens[]) => boolean = hasCoverage,
  attempts = 200,
): Promise<vscode.CodeLens[]> {
  const lenses = await executeUntil<vscode.CodeLens[]>(
    'vscode.executeCodeLensProvider',
    [uri],
    (found) => hasCoverage(found) && wanted(found),
    [],
    attempts,
  );
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** What a step lens says: its state, then the findings on the step's lines other than missing-step. */
function expectedTitle(state: string, diagnostics: readonly vscode.Diagnostic[], first: number, last: number): string {
  const open = diagnostics.filter(
    (d) => codeOf(d) !== 'missing-step' && d.range.start.line >= first && d.range.start.line <= last,
  ).length;
  return open ? `${state} · ${open} finding${open === 1 ? '' : 's'}` : state;
}

suite('mlsd code lens', () => {
  test('coverage above the title and state plus open findings above each step heading', async () => {
    const doc = await openFixture('news-feed.mlsd.md');
    const headingLines = stepIds.map((id) => lineStartingWith(doc, `## ${stepById(id).number}. `));
    const expected = (): string[] => {
      const diagnostics = mlsdDiagnostics(doc.uri);
      return headingLines.map(
        (start, i) =>
          `line ${start}: ${expectedTitle('covered', diagnostics, start, (headingLines[i + 1] ?? doc.lineCount) - 1)}`,
      );
    };
    const stepLensesOf = (lenses: readonly vscode.CodeLens[]): string[] =>
      lenses
        .filter((lens) => headingLines.includes(lens.range.start.line) && lens.command?.command === '')
        .map((lens) => `line ${lens.range.start.line}: ${lens.command?.title}`);
    // The lenses count the findings the diagnostics show: asked again (bounded) until the diagnostics VS Code shows
    // for this document have arrived and agree with them.
    const lenses = await lensesOf(
      doc.uri,
      (found) => JSON.stringify(stepLensesOf(found)) === JSON.stringify(expected()),
    );
    const all = describe(lenses);
    assert.deepEqual(
      stepLensesOf(lenses),
      expected(),
      `${all}\ndiagnostics:\n${describeDiagnostics(mlsdDiagnostics(doc.uri))}`,
    );

    const title = lineStartingWith(doc, '# Personalized news feed');
    const onTitle = lenses.filter((lens) => lens.range.start.line === title);
    assert.equal(onTitle[0]?.command?.title, '7/7 steps covered', all);
    assert.equal(onTitle[0]?.command?.command, '', 'a display-only lens');
    const preview = onTitle.find((lens) => lens.command?.command === 'mlsd.openPreview');
    assert.ok(preview, `an "Open preview" lens on the title:\n${all}`);
    assert.equal(preview.command?.title, 'Open preview');
    assert.deepEqual(preview.command?.arguments, [doc.uri.toString()]);
    for (const lens of lenses.filter((l) => headingLines.includes(l.range.start.line))) {
      assert.equal(lens.range.start.character, 0);
      assert.equal(
        lens.range.end.character,
        doc.lineAt(lens.range.start.line).text.length,
        'the lens sits on the heading',
      );
    }
  });

  test('a doc missing a step says 6/7 and has no lens for the missing step', async () => {
    const doc = await openFixture('missing-monitoring.mlsd.md');
    await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => d.source === SOURCE && codeOf(d) === 'missing-step') && !doc.isDirty,
      'missing-step on the saved fixture',
    );
    const lenses = await lensesOf(doc.uri);
    const all = describe(lenses);
    assert.equal(lenses.find((lens) => lens.command?.command === '')?.command?.title, '6/7 steps covered', all);
    const stepLines = stepIds.slice(0, 6).map((id) => lineStartingWith(doc, `## ${stepById(id).number}. `));
    const stepLenses = lenses.filter(
      (lens) => lens.command?.command === '' && !/steps covered$/.test(lens.command.title),
    );
    assert.deepEqual(
      stepLenses.map((lens) => lens.range.start.line),
      stepLines,
      all,
    );
    assert.ok(
      stepLenses.every((lens) => /^covered(?: · \d+ findings?)?$/.test(lens.command?.title ?? '')),
      all,
    );
  });
});
