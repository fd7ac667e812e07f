/**
 * The vocabulary every runtime shares: positions in a document (0-based line and UTF-16 character, as in LSP),
 * severities, step coverage states and document formats. Types only, so the webview (DOM lib, no Node types) checks
 * the same definitions as the engine, the language server and the client.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** covered: substantive content; thin: some content; empty: a heading with no real content; missing: absent. */
export type Coverage = 'covered' | 'thin' | 'empty' | 'missing';

export type DocFormat = 'markdown' | 'yaml';

/** What Mermaid's parser said about a diagram, and where in the diagram's source (0-based, as Position). */
export interface MermaidProblem {
  /** What Mermaid said, without its ASCII-art excerpt of the flattened text. */
  message: string;
  /** No diagram type matches the first line (Mermaid's UnknownDiagramError). */
  unknownType: boolean;
  /** Where the problem is in the diagram source (start and end on one line), when Mermaid located it. */
  start?: Position;
  end?: Position;
}
