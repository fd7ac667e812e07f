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
  /** The statements the state rests on, in document order: what `mlsd explain` shows. */
  basis: StepBasis[];
}

/**
 * One statement counted for a step: under a heading that names the step (or a label such as "Monitoring: ..."),
 * as content clearly about the step elsewhere, or as a passing mention inside another step's text.
 */
export interface StepBasis {
  statement: number;
  words: number;
  via: 'heading' | 'label' | 'content' | 'passing';
}

export interface MermaidBlock {
  /** The diagram source, without the fence lines. */
  source: string;
  /** Range of the diagram source lines (inside the fence or YAML scalar). */
  range: Range;
  /** Where the source starts, for mapping diagram error lines back to the document. */
  firstLine: number;
  /** The section a diagram written apart from it is about: the step key of a YAML `diagrams` map. */
  section?: number;
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

/**
 * How an occurrence was written, from strongest to weakest as a reviewer reads it: in a heading, in a real
 * sentence, in a table cell, as a diagram label, in a short fragment ("* Monitoring"), in code.
 */
export type Strength = 'heading' | 'sentence' | 'table' | 'diagram' | 'passing' | 'code';

/** One occurrence of a concept in the document. */
export interface Evidence {
  concept: string;
  /** The narrower kind named, when one was (`cross-entropy` of `loss`). */
  kind?: string;
  /** The concept's step and sub-topic. */
  step: StepId;
  subTopic: string;
  range: Range;
  /** The innermost section holding it, or -1 before the first section. */
  section: number;
  strength: Strength;
  polarity: Polarity;
  /** Named by a common word that means the concept only in its own step (see Terms in the knowledge). */
  generic: boolean;
  /** Index of the statement it was found in (DesignDoc.statements). */
  statement: number;
}

/** How a statement is laid out in the source. */
export type StatementLayout = 'prose' | 'list' | 'quote' | 'table' | 'diagram' | 'code' | 'heading';

/**
 * A sentence, table cell, diagram line or code line: the unit the coverage model weighs and the evidence points
 * into. `text` is as written; `start` is its column on `line` (diagram labels span their line).
 */
export interface StatementWrap {
  offset: number;
  line: number;
  column: number;
}

export interface Statement {
  section: number;
  /** Where the statement starts (line and column) and ends (column on its last line). */
  line: number;
  start: number;
  end: number;
  text: string;
  /**
   * A sentence wrapped over several lines is one statement: where each later line's part starts in `text`, and at
   * which line and column (see `positionIn`).
   */
  wraps?: StatementWrap[];
  layout: StatementLayout;
  /** Words of the text without markup; CJK counts two characters as a word. */
  words: number;
  placeholder: boolean;
  /** The whole statement asks (a question, or a template prompt such as "Describe the data sources"). */
  question: boolean;
  /** Every clause of the statement is negated or deferred: it says what the design does not (yet) have. */
  ruledOut: boolean;
  /** The clauses that state nothing (negated, deferred, asked), as [start, end) offsets in `text`. */
  unstated: [number, number, Polarity][];
  /** Indexes into the evidence list. */
  evidence: number[];
}

/**
 * What a sentence says about a concept it names: it is there (stated), ruled out (negated), put off (deferred), or
 * only asked for (a question, or a template's prompt such as "Describe the data sources").
 */
export type Polarity = 'stated' | 'negated' | 'deferred' | 'question';

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
  /** What mlsd did not read because it is too large or too deep (see parse/limits.ts), each said once. */
  limits: SyntaxProblem[];
  /** A document too large to lint in full: only its structure (headings, steps by their headings, syntax, front matter)
   * is checked; it has no statements or evidence. */
  structureOnly: boolean;
  /** Inline suppression comments, in document order (comments in code blocks do not count). */
  suppressions: SuppressionComment[];
  /** The doc's sentences, table cells, diagram and code lines, and section titles, in the order they were read. */
  statements: Statement[];
  /** Every occurrence of a concept of the knowledge base, found once per document version. */
  evidence: Evidence[];
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** A place that explains a finding: the evidence it rests on, or a mention that did not count. */
export interface RelatedInformation {
  message: string;
  range: Range;
  evidence?: Evidence;
}

/** What a finding says and where: what a rule reports (RuleReport) and the linter hands on (Finding). */
export interface FindingText {
  message: string;
  range: Range;
  /** The step the finding is about; consumers (preview sidebar, code lens, code actions) read this. */
  step?: StepId;
  /** An insert-only fix: offered in the editor and applied by `mlsd lint --fix`. */
  fix?: Fix;
  /**
   * A correction of a misspelt word (a directive, a rule id, a YAML key): it replaces what the user wrote, so it is
   * only offered in the editor, for the user to pick, and `mlsd lint --fix` never applies it.
   */
  suggestion?: Fix;
  /** Where the finding comes from: the evidence it rests on, or the mentions that did not count. */
  related?: RelatedInformation[];
}

export interface Finding extends FindingText {
  rule: string;
  severity: Severity;
}
