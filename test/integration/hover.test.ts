/// <reference types="mocha" />
/**
 * Hover in a real VS Code, through `vscode.executeHoverProvider` on the news-feed fixture: a metric (nDCG) shows its
 * definition, formula and fitting tasks; a step heading shows the interviewer's checklist with ✓ for the sub-topics
 * the doc touches and why the step got its state; a plain word gets no mlsd hover. Texts are rebuilt from the knowledge
 * base.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { categoryById, glossaryEntryById, metricById, stepById } from '../../server/src/knowledge';
import { executeUntil, lineMatching, lineStartingWith, openFixture } from './helpers';

const FIXTURE = 'news-feed.mlsd.md';

const textOf = (hover: vscode.Hover): string =>
  hover.contents.map((content) => (typeof content === 'string' ? content : content.value)).join('\n\n');
const at = (range: vscode.Range | undefined): string =>
  range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : '(none)';

/** The mlsd hover at `position`: the one whose text starts with `**` (other providers may add their own). */
async function mlsdHoverAt(uri: vscode.Uri, position: vscode.Position, startsWith: string): Promise<vscode.Hover> {
  const hovers = await executeUntil<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    [uri, position],
    (found) => found.some((h) => textOf(h).startsWith(startsWith)),
    [],
  );
  const hover = hovers.find((h) => textOf(h).startsWith(startsWith));
  assert.ok(
    hover,
    `no hover starting with ${JSON.stringify(startsWith)}; got:\n${hovers.map(textOf).join('\n---\n') || '(none)'}`,
  );
  return hover;
}

suite('mlsd hover', () => {
  test('a metric (nDCG) shows its definition, formula and the tasks it fits', async () => {
    const doc = await openFixture(FIXTURE);
    const line = lineStartingWith(doc, 'Offline metrics: ROC-AUC');
    const start = doc.lineAt(line).text.indexOf('nDCG@20');
    const ndcg = metricById('ndcg')!;
    const hover = await mlsdHoverAt(doc.uri, new vscode.Position(line, start + 1), `**${ndcg.name}**`);
    const fits = ndcg.fits.map((id) => categoryById(id)?.title ?? id).join(', ');
    assert.equal(
      textOf(hover),
      [
        `**${ndcg.name}** · offline metric`,
        ndcg.definition,
        '```text\n' + ndcg.formula + '\n```',
        `**Fits:** ${fits}`,
        ndcg.note,
      ].join('\n\n'),
    );
    assert.equal(
      at(hover.range),
      `${line}:${start}-${line}:${start + 'nDCG@20'.length}`,
      'the whole mention, @k included',
    );
  });

  test('a glossary term (feature store) shows its definition and when it matters', async () => {
    const doc = await openFixture(FIXTURE);
    const line = lineMatching(doc, /\bfeature store\b/);
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('feature store') + 3);
    const entry = glossaryEntryById('feature-store');
    assert.ok(entry, 'the glossary has a feature-store entry');
    const hover = await mlsdHoverAt(doc.uri, position, `**${entry.term}**`);
    const value = textOf(hover);
    assert.ok(value.includes(entry.definition), value);
    assert.ok(value.includes(`**When it matters:** ${entry.when}`), value);
    assert.ok(value.startsWith(`**${entry.term}** · serving term`), value);
  });

  test('a step heading shows what an interviewer expects, ✓ for the sub-topics the doc touches', async () => {
    const doc = await openFixture(FIXTURE);
    const line = lineStartingWith(doc, '## 5. Evaluation');
    const step = stepById('evaluation');
    const hover = await mlsdHoverAt(doc.uri, new vscode.Position(line, 8), `**Step ${step.number} · ${step.title}**`);
    const checklist = [
      `**Step ${step.number} · ${step.title}** · covered`,
      step.purpose,
      `What an interviewer expects (${step.subTopics.length}/${step.subTopics.length} touched):`,
      step.subTopics.map((topic) => `- ✓ **${topic.label}**: ${topic.prompt}`).join('\n'),
    ].join('\n\n');
    // Then why the step is covered: the words behind it and the first statements it rests on.
    assert.ok(textOf(hover).startsWith(`${checklist}\n\n**Why: covered** — `), textOf(hover));
    assert.match(textOf(hover), /\n- line \d+: '/);
    assert.equal(at(hover.range), `${line}:0-${line}:${'## 5. Evaluation'.length}`);
  });

  test('a plain word gets no mlsd hover', async () => {
    const doc = await openFixture(FIXTURE);
    // First a hover that certainly comes back, so an empty answer below is not the server still starting.
    const heading = lineStartingWith(doc, '## 4. Model development');
    await mlsdHoverAt(doc.uri, new vscode.Position(heading, 8), '**Step 4 · ');
    const line = lineStartingWith(doc, 'The baseline sorts');
    const hovers =
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        new vscode.Position(line, 'The baseline so'.length),
      )) ?? [];
    assert.deepEqual(
      hovers.map(textOf).filter((text) => text.startsWith('**')),
      [],
    );
  });
});
