import type { Statement } from './designDoc';

/** Fewer words than this say nothing on their own (an image, "* Misc", a stray word). */
const sayingWords = 3;

/** Whether a statement (not a heading) says something: a few words that are no question, prompt or placeholder and do not only rule things out. */
export function saysSomething(statement: Statement): boolean {
  return (
    statement.layout !== 'heading' &&
    statement.words >= sayingWords &&
    !statement.question &&
    !statement.placeholder &&
    !statement.ruledOut
  );
}
