import type { DesignDoc, DocFormat } from '../model';
import { computeStepCoverage } from '../stepCoverage';
import { parseSuppressions } from '../suppression';
import { parseMarkdown } from './markdown';
import { splitLines } from './positions';
import { parseYaml } from './yaml';
import { rememberYamlDocument } from '../yamlDocument';

/** Parses a Markdown or YAML design doc into the one model every rule reads. Never throws on bad input. */
export function parseDesignDoc(text: string, format: DocFormat): DesignDoc {
  const lines = splitLines(text);
  const outline = format === 'yaml' ? parseYaml(text, lines) : parseMarkdown(text, lines);
  const steps = computeStepCoverage(outline.sections, outline.chunks);
  const frontMatterLines = format === 'markdown' && outline.frontMatter ? outline.frontMatter.range.end.line + 1 : 0;
  const doc: DesignDoc = {
    format,
    text,
    lines,
    frontMatter: outline.frontMatter,
    title: outline.title,
    sections: outline.sections,
    steps,
    mermaid: outline.mermaid,
    codeLines: outline.codeLines,
    syntaxProblems: outline.problems,
    suppressions: parseSuppressions(text, lines, format, frontMatterLines, outline.codeLines),
  };
  if (outline.yamlDocument) rememberYamlDocument(doc, outline.yamlDocument);
  return doc;
}
