/// <reference types="mocha" />
/**
 * Completion in a real VS Code, through `vscode.executeCompletionItemProvider` on the fixture design docs: the step
 * headings on a new heading line (the missing step first), a metric in prose with its documentation, ranked for the
 * doc's case study, and the case-study ids after `case:` in the front matter. Expected texts come from the
 * knowledge base, so the tests pin what reaches the editor, not the wording of a definition.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  caseStudies,
  caseStudyById,
  categoryById,
  metricById,
  metrics,
  stepById,
  stepIds,
} from '../../server/src/knowledge';
import { executeUntil, lineStartingWith, openFixture, restoreFixture, waitForCode } from './helpers';

const labelOf = (item: vscode.CompletionItem): string =>
  typeof item.label === 'string' ? item.label : item.label.label;
const documentationOf = (item: vscode.CompletionItem): string =>
  typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');
const insertTextOf = (item: vscode.CompletionItem): string =>
  typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
/** The range the item replaces (the language client turns an LSP textEdit into insertText + range). */
function replaceRangeOf(item: vscode.CompletionItem): vscode.Range | undefined {
  const range = item.range ?? item.textEdit?.range;
  return range instanceof vscode.Range ? range : range?.replacing;
}
const at = (range: vscode.Range | undefined): string =>
  range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : '(none)';

/** The items in the order the suggest widget shows them before any filtering: by sortText, then label. */
function ranked(items: readonly vscode.CompletionItem[]): vscode.CompletionItem[] {
  return [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
}

/** Completion at `position` without snippets, asked again (bounded) until `wanted` holds; see executeUntil. */
async function completionsAt(
  uri: vscode.Uri,
  position: vscode.Position,
  wanted: (items: vscode.CompletionItem[]) => boolean,
  triggerCharacter?: string,
): Promise<vscode.CompletionItem[]> {
  const args: unknown[] = triggerCharacter ? [uri, position, triggerCharacter] : [uri, position];
  const list = await executeUntil<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    args,
    (result) => wanted(result.items),
    new vscode.CompletionList([]),
  );
  // Snippets come from the editor's snippet provider, not the language server.
  return ranked(list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet));
}

function find(items: readonly vscode.CompletionItem[], label: string): vscode.CompletionItem {
  const item = items.find((candidate) => labelOf(candidate) === label);
  assert.ok(item, `no completion "${label}" among: ${items.map(labelOf).join(', ')}`);
  return item;
}

suite('mlsd completion', () => {
  test('a new "## " line offers the seven step headings, the missing monitoring step first', async () => {
    const doc = await openFixture('missing-monitoring.mlsd.md');
    await waitForCode(doc.uri, 'missing-step');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), doc.uri.toString(), 'the fixture is the active editor');
    const original = doc.getText();
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.equal(await editor.edit((edit) => edit.insert(end, '\n\n## ')), true);
    try {
      const line = doc.lineCount - 1;
      assert.equal(doc.lineAt(line).text, '## ');
      const monitoring = '7. Monitoring and infrastructure';
      const items = await completionsAt(
        doc.uri,
        new vscode.Position(line, 3),
        (found) => found.some((i) => labelOf(i) === monitoring),
        '#',
      );
      const steps = items.filter((item) => /^Step \d · /.test(item.detail ?? ''));
      assert.deepEqual(
        steps.map(labelOf),
        [
          '7. Monitoring and infrastructure',
          '1. Clarifying requirements',
          '2. Framing the problem as an ML task',
          '3. Data preparation',
          '4. Model development',
          '5. Evaluation',
          '6. Deployment and serving',
        ],
        'missing steps first, then the others in framework order',
      );
      assert.deepEqual(
        steps.map((item) => item.detail),
        ['Step 7 · missing', ...[1, 2, 3, 4, 5, 6].map((n) => `Step ${n} · covered`)],
      );
      const first = steps[0];
      assert.equal(first.kind, vscode.CompletionItemKind.Module);
      assert.equal(
        insertTextOf(first),
        '## 7. Monitoring and infrastructure',
        'in the doc numbering and heading level',
      );
      assert.equal(at(replaceRangeOf(first)), `${line}:0-${line}:3`, 'replaces what was typed of the heading');
      const step = stepById('monitoring');
      assert.equal(
        documentationOf(first),
        `${step.purpose}\n\nCovers: ${step.subTopics.map((t) => t.label).join(', ')}.`,
      );
      assert.equal(steps.length, stepIds.length);
    } finally {
      await restoreFixture(doc, original);
    }
  });

  test('a metric in prose comes with its definition, formula and fitting tasks, the case study metrics first', async () => {
    const doc = await openFixture('news-feed.mlsd.md');
    const line = lineStartingWith(doc, 'Offline metrics: ROC-AUC');
    const start = doc.lineAt(line).text.indexOf('nDCG@20');
    const position = new vscode.Position(line, start + 'nDCG'.length);
    const items = await completionsAt(doc.uri, position, (found) => found.some((i) => labelOf(i) === 'Normalized DCG'));

    const ndcg = metricById('ndcg')!;
    const item = find(items, 'Normalized DCG');
    assert.equal(item.detail, 'offline metric');
    assert.equal(item.kind, vscode.CompletionItemKind.Value);
    assert.equal(insertTextOf(item), 'Normalized DCG');
    assert.equal(at(replaceRangeOf(item)), `${line}:${start}-${line}:${start + 4}`, 'replaces the word typed so far');
    assert.ok(item.filterText?.split(' ').includes('nDCG'), `the aliases filter too: ${item.filterText}`);
    const fits = ndcg.fits.map((id) => categoryById(id)?.title ?? id).join(', ');
    assert.equal(
      documentationOf(item),
      [ndcg.definition, '```text\n' + ndcg.formula + '\n```', `**Fits:** ${fits}`, ndcg.note].join('\n\n'),
    );

    // In evaluation, the metrics the doc's case study recommends come first (in knowledge-base order).
    const study = caseStudyById('personalized-news-feed')!;
    const recommended = new Set([...study.offlineMetrics, ...study.onlineMetrics]);
    const expectedFirst = metrics.filter((m) => recommended.has(m.id)).map((m) => m.name);
    assert.deepEqual(items.slice(0, expectedFirst.length).map(labelOf), expectedFirst);
  });

  test('the value of case: in the front matter offers the case-study ids', async () => {
    const doc = await openFixture('news-feed.mlsd.md');
    const line = lineStartingWith(doc, 'case:');
    const items = await completionsAt(doc.uri, new vscode.Position(line, 'case: '.length), (found) =>
      found.some((i) => labelOf(i) === 'custom'),
    );
    assert.deepEqual(items.map(labelOf), [...caseStudies.map((study) => study.id), 'custom']);
    const feed = find(items, 'personalized-news-feed');
    assert.equal(feed.detail, 'Personalized news feed');
    assert.equal(feed.kind, vscode.CompletionItemKind.EnumMember);
    assert.equal(at(replaceRangeOf(feed)), `${line}:6-${line}:6`);
    assert.equal(find(items, 'custom').detail, 'A problem of your own');
  });
});
