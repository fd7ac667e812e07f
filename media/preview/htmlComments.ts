/**
 * HTML comments (`<!-- … -->`, the templates' prompts and the authors' notes) are hidden in the preview, as in any
 * rendered Markdown. markdown-it runs with raw HTML off, which would show them as literal text; these two rules skip a
 * comment block (one or more whole lines) and an inline comment instead, without turning raw HTML on. A comment that
 * is never closed stays visible text, and comments in code blocks and code spans stay as written.
 */
import type MarkdownIt from 'markdown-it';

/** The parser states, taken from MarkdownIt's own rule types (so the webview and the Node tests agree on them). */
type StateBlock = Parameters<Parameters<MarkdownIt['block']['ruler']['before']>[2]>[0];
type StateInline = Parameters<Parameters<MarkdownIt['inline']['ruler']['before']>[2]>[0];

const open = '<!--';
const close = '-->';

/**
 * Where a search for `-->` already failed, per parser state: later openings in the same range fail too, so a text of
 * many unclosed `<!--` costs one scan, not one per opening.
 */
const blockMisses = new WeakMap<StateBlock, { from: number; end: number }>();
const inlineMisses = new WeakMap<StateInline, number>();

/** Lines `startLine`… that hold one comment starting the block (up to 3 spaces in), closed at a line's end. */
function commentBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4 || !state.src.startsWith(open, start)) return false;
  const miss = blockMisses.get(state);
  if (miss && startLine >= miss.from && endLine <= miss.end) return false;
  // The first `-->` after the opening, and the line it ends on.
  const at = state.src.indexOf(close, start + open.length);
  let line = startLine;
  if (at >= 0) while (line < endLine && state.eMarks[line] < at + close.length) line++;
  if (at < 0 || line >= endLine) {
    blockMisses.set(state, { from: startLine, end: endLine });
    return false;
  }
  // Only a comment that the line ends with is a block; text after it makes the line a paragraph.
  if (state.src.slice(at + close.length, state.eMarks[line]).trim() !== '') return false;
  if (!silent) state.line = line + 1;
  return true;
}

/** `<!-- … -->` inside a paragraph, heading or list item: skipped (nothing is emitted, in validation mode or not). */
function commentInline(state: StateInline): boolean {
  if (!state.src.startsWith(open, state.pos)) return false;
  const missFrom = inlineMisses.get(state);
  if (missFrom !== undefined && state.pos >= missFrom) return false;
  const end = state.src.indexOf(close, state.pos + open.length);
  if (end < 0) {
    inlineMisses.set(state, state.pos);
    return false;
  }
  state.pos = end + close.length;
  return true;
}

export function htmlComments(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'mlsd_html_comment', commentBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.inline.ruler.before('text', 'mlsd_html_comment', commentInline);
}
