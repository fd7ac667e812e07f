/**
 * Editor-to-preview scroll sync: the preview puts document line `line` at its top, as VS Code's Markdown preview
 * does. Every rendered block carries `data-line` (its first document line); a line between two blocks scrolls to a
 * point between them, in proportion, so scrolling the editor line by line scrolls the preview smoothly.
 */

interface LineMark {
  line: number;
  top: number;
}

/** Block positions by document line, in document order (the first element of each line wins). */
function lineMarks(root: HTMLElement): LineMark[] {
  const byLine = new Map<number, number>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-line]')) {
    const line = Number(element.dataset.line);
    if (!Number.isInteger(line) || byLine.has(line) || element.closest('.mlsd-diagram-error')) continue;
    byLine.set(line, element.getBoundingClientRect().top + window.scrollY);
  }
  return [...byLine].map(([line, top]) => ({ line, top })).sort((a, b) => a.line - b.line);
}

/** The page offset at which document line `line` begins. */
export function offsetOfLine(root: HTMLElement, line: number): number {
  const marks = lineMarks(root);
  if (marks.length === 0) return 0;
  let before = marks[0];
  let after: LineMark | undefined;
  for (const mark of marks) {
    if (mark.line <= line) before = mark;
    else {
      after = mark;
      break;
    }
  }
  if (line <= before.line || !after) return before.top;
  const fraction = (line - before.line) / (after.line - before.line);
  return before.top + fraction * (after.top - before.top);
}

export function scrollToLine(root: HTMLElement, line: number): void {
  window.scrollTo({ top: Math.max(0, offsetOfLine(root, line)), behavior: 'instant' });
}
