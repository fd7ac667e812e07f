import type { Document } from 'yaml';
import type { DesignDoc, MermaidBlock, Section, SyntaxProblem } from '../model/designDoc';
import type { TextMemos } from '../model/cache';
import { buildSections, lineOwners, type ContentChunk, type OutlineEntry } from './outline';
import type { PlainData } from './yamlMap';

/** What a format parser hands to the coverage model. */
export interface ParsedOutline {
  frontMatter?: DesignDoc['frontMatter'];
  title?: DesignDoc['title'];
  sections: Section[];
  chunks: ContentChunk[];
  mermaid: MermaidBlock[];
  codeLines: ReadonlySet<number>;
  /** The syntax tree of a YAML design doc, and the tree as plain data when it was converted. */
  yamlDocument?: Document;
  yamlData?: PlainData;
  problems: SyntaxProblem[];
  /** Parts not read because of the parse limits. */
  limits: SyntaxProblem[];
}

/**
 * The outline a format parser hands on, from the entries it read (headings, keys): they are put in sections, and
 * `readContent` reads the rest of the outline, the content chunks first, given the sections and the section that
 * owns each line (-1 before the first).
 */
export function sectionedOutline<Read extends Omit<ParsedOutline, 'sections'>>(
  entries: readonly OutlineEntry[],
  lines: readonly string[],
  memos: TextMemos,
  readContent: (sections: Section[], owners: readonly number[]) => Read,
): Read & Pick<ParsedOutline, 'sections'> {
  const { sections, ends } = buildSections(entries, lines, memos);
  return { ...readContent(sections, lineOwners(sections, ends, lines.length)), sections };
}
