/**
 * `mlsd lint --fix`: the engine's insert-only fixes applied to a file's text until none is left. Each pass applies
 * the fixes that insert at different places, then lints again, since an insertion moves what follows it and can
 * change what the next fix should insert.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { applyEdits, type Finding, type TextEdit } from '../engine';

/** Enough for every fix a doc can have (seven steps, their prompts, the sub-topics); a bound, not a tuning knob. */
const maxPasses = 10;

export interface FixResult {
  text: string;
  /** The titles of the fixes applied, in order. */
  applied: string[];
}

const place = (edit: TextEdit): string => `${edit.range.start.line}:${edit.range.start.character}`;

export function fixText(text: string, lintText: (text: string) => Finding[]): FixResult {
  const applied: string[] = [];
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const taken = new Set<string>();
    const edits: TextEdit[] = [];
    for (const { fix } of lintText(current)) {
      if (!fix || fix.edits.some((edit) => taken.has(place(edit)))) continue;
      for (const edit of fix.edits) taken.add(place(edit));
      edits.push(...fix.edits);
      applied.push(fix.title);
    }
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
  }
  return { text: current, applied };
}

/** A unified diff (a/PATH, b/PATH) that `git apply` takes. */
export function fixDiff(path: string, before: string, after: string): string {
  const name = path.replace(/\\/g, '/');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    headerOptions: FILE_HEADERS_ONLY,
  });
}
