import type { Document } from 'yaml';
import type { DesignDoc, MermaidBlock, Section, SyntaxProblem } from '../model/designDoc';
import type { ContentChunk } from './outline';

/** What a format parser hands to the coverage model. */
export interface ParsedOutline {
  frontMatter?: DesignDoc['frontMatter'];
  title?: DesignDoc['title'];
  sections: Section[];
  chunks: ContentChunk[];
  mermaid: MermaidBlock[];
  codeLines: ReadonlySet<number>;
  /** The syntax tree of a YAML design doc. */
  yamlDocument?: Document;
  problems: SyntaxProblem[];
  /** Parts not read because of the parse limits. */
  limits: SyntaxProblem[];
}
