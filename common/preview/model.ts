/**
 * What the preview shows of a design doc: the answer to the `mlsd/previewModel` request, also embedded in the static
 * HTML export. Types only and no runtime imports, so the language server, the extension client and the webview (whose
 * tsconfig has the DOM lib and no Node types) all check the same definitions.
 */
import type { StepId } from '../../server/src/knowledge';
import type { Coverage, DocFormat, Range, Severity } from '../types';

export type FindingCounts = Record<Severity, number>;

export interface PreviewDiagram {
  /** The Mermaid source, without the fence lines. */
  source: string;
  /** Document line (0-based) of the first source line. */
  firstLine: number;
  range: Range;
  /**
   * Whether source line k is document line `firstLine + k` (a fence, a YAML block scalar); otherwise (a folded or
   * quoted YAML value) a position in the source is placed at the start of the value.
   */
  linesMatch: boolean;
}

export interface PreviewStep {
  id: StepId;
  number: number;
  title: string;
  state: Coverage;
  /** Where to reveal the step: its heading, or (missing step) the line its finding sits on; null when nowhere. */
  line: number | null;
  findings: FindingCounts;
}

export interface PreviewMetadata {
  key: string;
  /** The value as text (lists joined with ", "). */
  value: string;
  line: number;
}

export interface PreviewModel {
  uri: string;
  /** The document version the model was built from (LSP), or null outside an editor (CLI export). */
  version: number | null;
  format: DocFormat;
  /** The doc's title, else the file name. */
  title: string;
  /** The document text as written. */
  text: string;
  /**
   * The Markdown to render. For a Markdown doc, the doc itself with its front matter blanked out (same line numbers);
   * for a YAML doc, Markdown generated from its keys, with `lineMap` giving the document line of each line.
   * Mermaid diagrams appear as ```mermaid fences whose content equals a `diagrams[i].source`.
   */
  markdown: string;
  lineMap?: number[];
  metadata: PreviewMetadata[];
  diagrams: PreviewDiagram[];
  steps: PreviewStep[];
  /** Steps covered or thin. */
  covered: number;
  /** Every finding, including those not attributed to a step. */
  findings: FindingCounts;
}
