/**
 * The preview's markdown-it plugin that hides HTML comments (the templates' prompts) while raw HTML stays off: closed
 * comments go and unclosed ones stay visible text, in one pass over many (test/webview/previewReading.test.ts shows
 * the same in the rendered preview, code included).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { htmlComments } from '../../media/preview/htmlComments';

describe('HTML comments in the preview', () => {
  it('hides comments in one pass over 50,000 unclosed "<!--" (blocks and inline)', { timeout: 60_000 }, () => {
    const md = new MarkdownIt({ html: false }).use(htmlComments);
    assert.match(md.render('a <!-- hidden --> b\n\n<!--\nhidden too\n-->\n\nc'), /^<p>a {2}b<\/p>\n<p>c<\/p>\n$/);
    const blocks = md.render('<!-- never closed\n'.repeat(50_000));
    assert.equal((blocks.match(/&lt;!--/g) ?? []).length, 50_000);
    const inline = md.render(`x ${'<!-- '.repeat(50_000)}`);
    assert.equal((inline.match(/&lt;!--/g) ?? []).length, 50_000);
  });
});
