/** Paragraphs wrapped over several lines: a sentence across a line break is one statement, located line by line. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';
import { readableLines } from '../../server/src/engine/model/readableLines';

const joinLines = (...lines: string[]): string => lines.join('\n');

const statementAt = (doc: ReturnType<typeof parseDesignDoc>, line: number) =>
  doc.statements.filter((statement) => statement.line === line && statement.layout !== 'heading');

test('a sentence wrapped over three lines is one statement, and its evidence keeps each line and column', () => {
  const doc = parseDesignDoc(
    joinLines(
      '## 5. Evaluation', // 0
      'Offline we report nDCG@10 on the held-out week. Online the', // 1
      '  click-through rate in an A/B test with 5% of', // 2
      'traffic.', // 3
    ),
    'markdown',
  );
  const [first, second] = statementAt(doc, 1);
  assert.equal(first.text, 'Offline we report nDCG@10 on the held-out week.');
  assert.equal(second.text, 'Online the click-through rate in an A/B test with 5% of traffic.');
  assert.equal(second.words, 12);
  assert.deepEqual(
    second.wraps?.map((wrap) => [wrap.line, wrap.column]),
    [
      [2, 2],
      [3, 0],
    ],
  );
  const abTest = doc.evidence.find((item) => item.concept === 'ab-test');
  const column = doc.lines[2].indexOf('A/B test');
  assert.deepEqual(abTest?.range, { start: { line: 2, character: column }, end: { line: 2, character: column + 8 } });
});

test('a negation that wraps rules out the term on the next line, and the content rules see neither part', () => {
  const doc = parseDesignDoc(
    joinLines(
      '## 5. Evaluation', // 0
      'Offline we report nDCG@10. We will not run an', // 1
      'A/B test before the launch.', // 2
    ),
    'markdown',
  );
  const abTest = doc.evidence.find((item) => item.concept === 'ab-test');
  assert.equal(abTest?.polarity, 'negated');
  assert.equal(abTest?.range.start.line, 2);
  const lines = readableLines(doc);
  assert.match(lines[1] ?? '', /^Offline we report nDCG@10\.\s+$/);
  assert.match(lines[2] ?? '', /^\s+$/);
});

test('list items, their lazy continuation lines, table rows and YAML values', () => {
  const markdown = parseDesignDoc(
    joinLines(
      '## 3. Data preparation', // 0
      '- Click logs joined with impressions', // 1
      '  in a daily Spark job.', // 2
      '- Labels: a click within 30 minutes.', // 3
      '',
      '| source | rows |', // 5
      '| --- | --- |',
      '| clicks | 2B |', // 7
    ),
    'markdown',
  );
  assert.deepEqual(
    markdown.statements.filter((s) => s.layout === 'list').map((s) => [s.line, s.text]),
    [
      [1, '- Click logs joined with impressions in a daily Spark job.'],
      [3, '- Labels: a click within 30 minutes.'],
    ],
  );
  assert.deepEqual(
    markdown.statements.filter((s) => s.layout === 'table').map((s) => s.line),
    [5, 5, 7, 7],
  );
  const yaml = parseDesignDoc(
    joinLines('mlsd: 1', 'evaluation:', '  offline: nDCG@10 on the held-out week', '  online: CTR in an A/B test'),
    'yaml',
  );
  assert.ok(yaml.statements.every((statement) => statement.wraps === undefined));
  assert.equal(yaml.statements.filter((s) => s.layout !== 'heading' && s.line >= 2).length >= 2, true);
});
