/**
 * The preview reads like the doc (headless Chromium): HTML comments are hidden, not shown as `<!-- … -->` text; a
 * `::: mermaid` container is drawn as a fenced diagram is; the header of a Mermaid error names the same document line
 * as the mermaid-syntax finding in the Problems panel; the preview follows the editor's scrolling (`scrollToLine`),
 * also across updates.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultRules, lint, parseDesignDoc } from '../../server/src/engine';
import { mermaidMaxTextSize } from '../../server/src/knowledge';
import { brokenDiagrams } from '../helpers/brokenDiagrams';
import { realChecker } from '../helpers/mermaidWorker';
import { modelOf, skipReason, WebviewHarness } from './browser';

const skip = skipReason();

describe('preview reading (headless Chromium)', { skip }, () => {
  let harness: WebviewHarness;
  const checker = realChecker();
  before(async () => {
    harness = await WebviewHarness.start();
  });
  after(async () => {
    await harness?.close();
    await checker.stop();
  });

  it('hides HTML comments, keeps them in code and keeps an unclosed one visible', async () => {
    const page = await harness.open();
    const text = [
      '# Ranking <!-- working title -->',
      '',
      '<!-- Pin down the business goal',
      'before designing anything. -->',
      '',
      '- Business objective: more watch time <!-- What does the business gain? -->',
      '- Scale: 100M DAU',
      '',
      'Inline <!-- a note --> comment in a paragraph.',
      '',
      '```html',
      '<!-- kept in code -->',
      '```',
      '',
      'Written as `<!-- code span -->` on purpose.',
      '',
      'An unclosed <!-- comment stays as text.',
    ].join('\n');
    await page.show(modelOf(text));
    const shown = await page.page.locator('.mlsd-doc').innerText();
    assert.doesNotMatch(shown, /working title|business goal|business gain|a note/);
    assert.match(shown, /Business objective: more watch time/);
    assert.match(shown, /Inline\s+comment in a paragraph\./);
    assert.match(await page.page.locator('.mlsd-doc pre').innerText(), /<!-- kept in code -->/);
    assert.match(await page.page.locator('.mlsd-doc p code').innerText(), /<!-- code span -->/);
    assert.match(shown, /An unclosed <!-- comment stays as text\./);
    // Blocks after a hidden comment still carry their own line for reveal and scroll sync.
    assert.equal(await page.page.locator('.mlsd-doc ul').getAttribute('data-line'), '5');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('draws a `::: mermaid` container as a diagram where it stands; another `:::` container stays text', async () => {
    const page = await harness.open();
    const text = [
      '# Serving',
      '',
      'Before the diagram.',
      '',
      '::: mermaid',
      'flowchart LR',
      '  A[Feature store] --> B[Ranker]',
      ':::',
      '',
      'After the diagram.',
      '',
      '::: note',
      'Kept as text.',
      ':::',
    ].join('\n');
    await page.show(modelOf(text));
    const order = await page.eval<string[]>(
      `[...document.querySelector('.mlsd-doc').children].map((el) => el.matches('.mlsd-diagram, .mlsd-diagram-slot') ? 'diagram@' + el.dataset.line : el.textContent.trim())`,
    );
    assert.deepEqual(order.slice(1, 4), ['Before the diagram.', 'diagram@4', 'After the diagram.']);
    assert.match(await page.page.locator('.mlsd-diagram-canvas > svg').innerHTML(), /Feature store/);
    assert.match(await page.page.locator('.mlsd-doc').innerText(), /::: note\s+Kept as text\.\s+:::/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('names the same document line for a Mermaid error as the mermaid-syntax finding', async () => {
    const page = await harness.open();
    const text = [
      '# Doc',
      '',
      ...brokenDiagrams.flatMap(({ lines }) => ['Some text.', '', '```mermaid', ...lines, '```', '']),
    ].join('\n');
    const doc = parseDesignDoc(text, 'markdown');
    const { outcomes } = await checker.check(doc.mermaid.map((block) => block.source));
    const findingLines = lint(doc, { rules: defaultRules, diagrams: outcomes })
      .filter((f) => f.rule === 'mermaid-syntax')
      .map((f) => f.range.start.line);
    assert.deepEqual(
      findingLines,
      doc.mermaid.map((block, i) => block.firstLine + brokenDiagrams[i].line),
    );
    await page.show(modelOf(text));
    const errorLines = await page.eval<number[]>(
      `[...document.querySelectorAll('.mlsd-diagram-error')].map((box) => Number(box.dataset.line))`,
    );
    assert.deepEqual(errorLines, findingLines);
    const headers = await page.page.locator('.mlsd-error-title').allInnerTexts();
    assert.deepEqual(
      headers,
      findingLines.map((line) => `Mermaid error on line ${line + 1}`),
    );
    await page.close();
  });

  it(`renders a diagram of ${mermaidMaxTextSize} characters, the limit mermaid-max-text-size checks, and not one more`, async () => {
    const page = await harness.open();
    // The length is the text Mermaid parses: an accessibility description pads it without adding anything to draw.
    const sized = (length: number) => {
      const [head, tail] = ['flowchart LR\n  accDescr: ', '\n  A[Ranker] --> B[Client]'];
      return `${head}${'x'.repeat(length - head.length - tail.length)}${tail}`;
    };
    const [fits, over] = [sized(mermaidMaxTextSize), sized(mermaidMaxTextSize + 1)];
    assert.deepEqual([fits.length, over.length], [mermaidMaxTextSize, mermaidMaxTextSize + 1]);
    await page.show(modelOf(['# Doc', '', '```mermaid', fits, '```', '', '```mermaid', over, '```'].join('\n')));
    const texts = await page.eval<string[]>(
      `[...document.querySelectorAll('.mlsd-diagram-canvas > svg')].map((svg) => svg.textContent)`,
    );
    assert.equal(texts.length, 2);
    assert.match(texts[0], /Ranker/);
    assert.match(texts[1], /Maximum text size in diagram exceeded/);
    await page.close();
  });

  it('follows the editor: the line the editor shows at its top comes to the top of the preview, across updates', async () => {
    const page = await harness.open();
    const lines = ['# Long doc', ''];
    for (let section = 1; section <= 12; section++) {
      lines.push(
        `## Section ${section}`,
        '',
        ...Array.from(
          { length: 6 },
          (_, i) => `Paragraph ${section}.${i} with enough words to wrap a little in a narrow preview.`,
        ).flatMap((p) => [p, '']),
      );
      if (section % 4 === 0)
        lines.push('```mermaid', 'flowchart LR', `  A${section}[Stage] --> B${section}[Next]`, '```', '');
    }
    const text = lines.join('\n');
    await page.show(modelOf(text));
    const topOf = (line: number) =>
      page.eval<number>(`document.querySelector('.mlsd-doc [data-line="${line}"]').getBoundingClientRect().top`);
    const section9 = lines.indexOf('## Section 9');
    await page.send({ type: 'scrollToLine', line: section9 });
    await page.page.waitForFunction(`window.scrollY > 0`);
    assert.ok(Math.abs(await topOf(section9)) <= 1, `section 9 at the top (${await topOf(section9)})`);

    // A line inside a paragraph's gap scrolls between the blocks around it.
    const paragraph = lines.indexOf('Paragraph 9.2 with enough words to wrap a little in a narrow preview.');
    const before = await page.eval<number>('window.scrollY');
    await page.send({ type: 'scrollToLine', line: paragraph + 1 });
    await page.page.waitForFunction(`window.scrollY !== ${before}`);
    const [here, next] = [await topOf(paragraph), await topOf(paragraph + 2)];
    assert.ok(here < 0 && next > 0, `between paragraph ${here} and the next ${next}`);

    // An edit re-renders the text (and a diagram): the preview stays on the editor's line.
    await page.send({ type: 'scrollToLine', line: section9 });
    await page.page.waitForFunction(
      `Math.abs(document.querySelector('.mlsd-doc [data-line="${section9}"]').getBoundingClientRect().top) <= 1`,
    );
    await page.show(modelOf(text.replace('A12[Stage]', 'A12[Stage two]').replace('Paragraph 1.0', 'Paragraph one')));
    assert.ok(Math.abs(await topOf(section9)) <= 1, `still at section 9 after the update (${await topOf(section9)})`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
