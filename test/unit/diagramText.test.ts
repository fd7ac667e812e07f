/**
 * The text Mermaid parses, rebuilt with origins (common/mermaid/parsedText.ts), and the label scanner, on ordinary
 * and hostile input: a diagram of blank lines, an unclosed front matter and a label line of spaces take one pass (a
 * quadratic pass over these inputs would run for minutes; the test's bound only stops a hang).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParsedDiagramText } from '../../common/mermaid/parsedText';
import { diagramComponents } from '../../server/src/engine/diagrams/components';

const hostile = { timeout: 60_000 };

describe('the text Mermaid parses', () => {
  it('drops front matter, directives, comment lines with the blank lines before them, and leading whitespace', () => {
    const source = [
      '---',
      'title: x',
      '---',
      '',
      '%%{init: {"theme": "dark"}}%%',
      '  %% a comment',
      'flowchart LR',
      '',
      '',
      '%% another',
      '  A --> B %% stays',
      '',
      '  B --> C',
    ].join('\n');
    const text = new ParsedDiagramText(source);
    assert.deepEqual(
      [1, 2, 3, 4].map((line) => text.lineText(line)),
      ['flowchart LR', '  A --> B %% stays', '', '  B --> C'],
    );
    assert.deepEqual(text.sourcePoint(2, 2), { line: 10, character: 2 });
    assert.deepEqual(text.sourcePoint(4, 6), { line: 12, character: 6 });
    assert.equal(text.length, 'flowchart LR\n  A --> B %% stays\n\n  B --> C'.length);
  });

  it('handles a diagram of 200,000 blank lines and comment lines in one pass', hostile, () => {
    const blank = new ParsedDiagramText(`flowchart LR\n${'\n'.repeat(200_000)}  A --> B`);
    assert.equal(blank.lineCount, 200_002);
    const comments = new ParsedDiagramText(`flowchart LR\n${' \n%% c\n'.repeat(100_000)}  A --> B`);
    assert.deepEqual([comments.lineText(1), comments.lineText(2)], ['flowchart LR', '  A --> B']);
  });

  it(
    'cuts front matter as Mermaid does, an empty one too, and leaves an unclosed one of 200,000 lines in one pass',
    hostile,
    () => {
      const empty = new ParsedDiagramText('---\n\n---\nflowchart LR\n  A --> B');
      assert.deepEqual([empty.lineText(1), empty.sourcePoint(1, 0)], ['flowchart LR', { line: 3, character: 0 }]);
      const indented = new ParsedDiagramText('  ---\n  title: x\n  ---\nflowchart LR');
      assert.equal(indented.lineText(1), 'flowchart LR');
      const unclosed = new ParsedDiagramText(`---\n${'\n'.repeat(200_000)}flowchart LR`);
      assert.deepEqual([unclosed.lineText(1), unclosed.lineCount], ['---', 200_002]);
    },
  );

  it('scans a participant line of 200,000 spaces in one pass', hostile, () => {
    const [participant] = diagramComponents(`sequenceDiagram\n  participant A as Feature store${' '.repeat(200_000)}x`);
    assert.equal(participant.label, `Feature store${' '.repeat(200_000)}x`.replace(/\s+/g, ' '));
  });
});
