/**
 * The one kind of edit that replaces text: a misspelt word (a directive, a rule id, a YAML key) changed to the word
 * mlsd guessed it stands for. Offered as a suggestion the user picks in the editor, never applied by `--fix`.
 */
import type { Fix, Range } from '../model/designDoc';

export function correction(range: Range, written: string, meant: string): Fix {
  return { title: `Change "${written}" to "${meant}"`, edits: [{ range, newText: meant }] };
}
