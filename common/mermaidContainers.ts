/**
 * `::: mermaid` containers (Azure DevOps wikis write diagrams this way) read as ```` ```mermaid ```` fences: a line of
 * three or more colons and the word `mermaid` opens one, a line of at least as many colons alone closes it, and an
 * unclosed one runs to the end of its list item, quote or document, as a fence does. markdown-it gets a block rule that
 * emits a `fence` token with the info `mermaid`, so the outline's parser and the preview take it for a fence, with no
 * twin code path. Used by the engine's Markdown parser and by the preview webview.
 */
import type MarkdownIt from 'markdown-it';

type StateBlock = Parameters<Parameters<MarkdownIt['block']['ruler']['before']>[2]>[0];

const openingPattern = /^(:{3,})[ \t]*mermaid[ \t]*$/i;
const closingPattern = /^(:{3,})[ \t]*$/;

/** The text of line `line` after its indentation. */
function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/** Whether `line` is indented as code relative to the current block (four spaces or more): no marker there. */
const indentedAsCode = (state: StateBlock, line: number): boolean => state.sCount[line] - state.blkIndent >= 4;

function mermaidContainer(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (indentedAsCode(state, startLine)) return false;
  const opening = openingPattern.exec(lineText(state, startLine));
  if (!opening) return false;
  if (silent) return true;
  const colons = opening[1].length;
  let line = startLine + 1;
  let closed = false;
  for (; line < endLine; line++) {
    const text = lineText(state, line);
    // A line indented less than the block it is in ends that block (a list item, a quote), and the container with it.
    if (text !== '' && state.sCount[line] < state.blkIndent) break;
    const closing = indentedAsCode(state, line) ? null : closingPattern.exec(text);
    if (closing && closing[1].length >= colons) {
      closed = true;
      break;
    }
  }
  const token = state.push('fence', 'code', 0);
  token.info = 'mermaid';
  token.markup = opening[1];
  token.content = state.getLines(startLine + 1, line, state.sCount[startLine], true);
  token.map = [startLine, closed ? line + 1 : line];
  state.line = closed ? line + 1 : line;
  return true;
}

export function mermaidContainers(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'mlsd_mermaid_container', mermaidContainer, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}
