/**
 * The design-doc model: what both parsers (Markdown, YAML) produce and what every rule reads.
 * Positions are 0-based line/character, as in LSP, but nothing here depends on LSP.
 */
import type { Coverage, DocFormat, Range, Severity } from '../../../../common/types';
import type { StepId } from '../../knowledge';

export type { Coverage, DocFormat, Position, Range, Severity } from '../../../../common/types';
export type { StepId } from '../../knowledge';

/** How a section was recognised in the source. */
export type SectionKind = 'heading' | 'bold-line' | 'step-line' | 'list-item' | 'yaml-key';

export interface Section {
  /** Index in DesignDoc.sections. */
  index: number;
  /** Index of the enclosing section, or -1 at top level. */
  parent: number;
  kind: SectionKind;
  /** Outline depth: 1-6 for Markdown headings, deeper for pseudo-headings nested under them. */
  level: number;
  /** Heading text without markup, numbering or trailing colon. */
  title: string;
  /** Range of the heading line (or YAML key). */
  headingRange: Range;
  /** From the line after the heading to the end of the section, children included. */
  bodyRange: Range;
  /** Steps the heading itself names (a merged heading can name several). */
  headingSteps: StepId[];
  /** Steps named by a heading that is the step's canonical title rather than a sub-topic. */
  primarySteps: StepId[];
  /** Steps this section's own text is attributed to (heading, inherited heading, or content evidence). */
  steps: StepId[];
}

export interface StepInfo {
  id: StepId;
  state: Coverage;
  /** Sections whose heading names this step, in document order. */
  sections: number[];
  /** Range of the first heading naming the step, if any. */
  headingRange?: Range;
  /** Body of the first heading naming the step, if any. */
  bodyRange?: Range;
  /** Substantive words attributed to the step (own headings and content evidence elsewhere). */
  words: number;
  /** Distinct sub-topics of the step the text touches. */
  topics: string[];
}

export interface MermaidBlock {
  /** The diagram source, without the fence lines. */
  source: string;
  /** Range of the diagram source lines (inside the fence or YAML scalar). */
  range: Range;
  /** Where the source starts, for mapping diagram error lines back to the document. */
  firstLine: number;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Range of the whole front matter block, delimiters included (Markdown) or the metadata keys (YAML). */
  range: Range;
  /** Range of each top-level key, for pointing at a key in messages. */
  keyRanges: Record<string, Range>;
}

export interface SyntaxProblem {
  message: string;
  range: Range;
}

/** The directive of an inline suppression comment; 'unknown' for a misspelt `mlsd-…` directive. */
export type SuppressionKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'unknown';

/**
 * An inline suppression comment (`<!-- mlsd-disable-next-line rule -->` in Markdown, `# mlsd-disable-line rule` in
 * YAML), parsed: rules never see raw comments, and lint() applies these after the rules ran.
 */
export interface SuppressionComment {
  kind: SuppressionKind;
  /** The directive as written, e.g. `mlsd-disable-next-line`. */
  directive: string;
  /** Range of the directive word. */
  range: Range;
  /** The rule ids named, each with its range; none means every rule. */
  rules: { id: string; range: Range }[];
}

export interface DesignDoc {
  format: DocFormat;
  text: string;
  lines: string[];
  frontMatter?: FrontMatter;
  /** The document title: front matter `title`, else the first H1. */
  title?: { text: string; range: Range };
  sections: Section[];
  steps: Record<StepId, StepInfo>;
  mermaid: MermaidBlock[];
  /** Lines inside code blocks and diagrams, fence lines included (Markdown): never prose, comments or directives. */
  codeLines: ReadonlySet<number>;
  /** YAML or front matter that could not be parsed; the rest of the doc is still modelled. */
  syntaxProblems: SyntaxProblem[];
  /** Inline suppression comments, in document order (comments in code blocks do not count). */
  suppressions: SuppressionComment[];
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  related?: { message: string; range: Range }[];
}
