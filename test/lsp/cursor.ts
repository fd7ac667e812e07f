/**
 * Cursor markers for inline test documents, as in yaml-language-server's tests: `|` marks where the cursor is.
 * Documents using the marker must not contain another `|` (no Markdown tables, no YAML `|` block scalars).
 */
import type { Position } from 'vscode-languageserver-protocol';

export function withCursor(source: string): { text: string; position: Position } {
  const offset = source.indexOf('|');
  if (offset < 0 || source.indexOf('|', offset + 1) >= 0)
    throw new Error('the test document needs exactly one | cursor marker');
  const before = source.slice(0, offset).split('\n');
  return {
    text: source.slice(0, offset) + source.slice(offset + 1),
    position: { line: before.length - 1, character: before[before.length - 1].length },
  };
}
