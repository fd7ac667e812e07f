/**
 * Markdown's top-level blocks (a heading, a paragraph, a whole list, a fence, ...), parsed by markdown-it and read
 * one by one, so that a new version of a doc is parsed again only around its edit.
 *
 * Why that is sound: markdown-it reads the top level block after block, and where one block ends depends only on the
 * lines up to the one that starts the next block (a paragraph ends at a blank line or at a line that interrupts it, a
 * list at the first line that does not go on with it, ...). So where a block starts at line a, what markdown-it made
 * of the lines before a is the same for any text that keeps those lines and line a; and from a block start on, what
 * it makes depends only on the lines from there. An edit keeps the blocks before its first changed line (but the one
 * just before it, which may run into the edit), parses from there to the start of a block after its last changed
 * line, and keeps the blocks from that start on, moved by the lines the edit added or removed, provided markdown-it
 * starts a block there in the new text too (checked by parsing that line with the rest of the window). Otherwise
 * (an edit that opens a fence or a comment) it parses to the end.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { mermaidContainers } from '../../../../common/mermaidContainers';

const markdown = new MarkdownIt({ html: true }).use(mermaidContainers);
// The outline needs the block structure only: inline tokens keep their text, and parsing their children (emphasis,
// links, ...) was most of the time spent on a long document.
markdown.core.ruler.disable(['inline', 'text_join']);

/** A top-level block: where it starts, how many lines its tokens cover, and what the caller read from its tokens. */
export interface Block<T> {
  start: number;
  lineCount: number;
  /** Read from the block's tokens and lines, both numbered from the block's first line. */
  read: T;
}

/** Reads a block from its tokens and its lines, both numbered from the block's first line. */
export type BlockReader<T> = (tokens: readonly Token[], lines: readonly string[]) => T;

/**
 * The top-level blocks of the lines, each read by `read`. Given the blocks of a previous version of the same text
 * (read by the same reader), the blocks the edit did not touch are kept as they were.
 */
export function parseBlocks<T>(
  lines: readonly string[],
  read: BlockReader<T>,
  previous?: { lines: readonly string[]; blocks: readonly Block<T>[] },
): Block<T>[] {
  if (!previous) return parseWindow(lines, 0, lines.length, read);
  const old = previous.lines;
  let first = 0;
  while (first < lines.length && first < old.length && lines[first] === old[first]) first++;
  if (first === lines.length && first === old.length) return [...previous.blocks];
  let same = 0;
  while (
    same < lines.length - first &&
    same < old.length - first &&
    lines[lines.length - 1 - same] === old[old.length - 1 - same]
  )
    same++;
  const shift = lines.length - old.length;

  // Restart at the last block that starts before the first changed line: it may run into the edit.
  let restart = -1;
  for (let b = 0; b < previous.blocks.length && previous.blocks[b].start < first; b++) restart = b;
  const kept = restart > 0 ? previous.blocks.slice(0, restart) : [];
  const from = restart >= 0 ? previous.blocks[restart].start : 0;

  // Resume at the first block that starts within the unchanged end of the text.
  const resume = previous.blocks.findIndex((block) => block.start >= old.length - same && block.start + shift > from);
  if (resume >= 0) {
    const resumeAt = previous.blocks[resume].start + shift;
    const window = parseWindow(lines, from, resumeAt + 1, read);
    const at = window.findIndex((block) => block.start === resumeAt);
    if (at >= 0) {
      const moved = previous.blocks
        .slice(resume)
        .map((block) => (shift === 0 ? block : { ...block, start: block.start + shift }));
      return [...kept, ...window.slice(0, at), ...moved];
    }
  }
  return [...kept, ...parseWindow(lines, from, lines.length, read)];
}

/** The blocks of lines [from, to), parsed as a text of their own. */
function parseWindow<T>(lines: readonly string[], from: number, to: number, read: BlockReader<T>): Block<T>[] {
  const windowLines = lines.slice(from, to);
  const tokens = markdown.parse(windowLines.join('\n'), {});
  const blocks: Block<T>[] = [];
  for (let i = 0; i < tokens.length;) {
    const opening = tokens[i];
    let end = i + 1;
    while (end < tokens.length && !(tokens[end].level === 0 && tokens[end].nesting !== -1)) end++;
    const [start, stop] = opening.map as [number, number];
    const own = tokens.slice(i, end);
    for (const token of own) if (token.map) token.map = [token.map[0] - start, token.map[1] - start];
    blocks.push({ start: from + start, lineCount: stop - start, read: read(own, windowLines.slice(start, stop)) });
    i = end;
  }
  return blocks;
}
