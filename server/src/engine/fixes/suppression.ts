/** The quick fixes that turn a finding's rule off with an inline suppression comment. */
import type { DesignDoc, Finding, TextEdit } from '../model/designDoc';
import { insertLines } from './edits';

export type SuppressionScope = 'line' | 'file';

/** A comment that turns the finding's rule off for its line (inserted above it) or for the whole file. */
export function suppressionEdit(doc: DesignDoc, finding: Finding, scope: SuppressionScope): TextEdit {
  const line = finding.range.start.line;
  const frontMatterEnd = doc.format === 'markdown' && doc.frontMatter ? doc.frontMatter.range.end.line : -1;
  // Inside Markdown front matter the comment must be YAML; on its `---` delimiters only the file scope fits.
  if (scope === 'line' && line <= frontMatterEnd) {
    if (line === 0 || line === frontMatterEnd) return suppressionEdit(doc, finding, 'file');
    const indent = /^\s*/.exec(doc.lines[line] ?? '')?.[0] ?? '';
    return insertLines(doc, line, [`${indent}# mlsd-disable-next-line ${finding.rule}`]);
  }
  const directive = scope === 'line' ? 'mlsd-disable-next-line' : 'mlsd-disable-file';
  const comment = doc.format === 'yaml' ? `# ${directive} ${finding.rule}` : `<!-- ${directive} ${finding.rule} -->`;
  if (scope === 'line') {
    const indent = /^\s*/.exec(doc.lines[line] ?? '')?.[0] ?? '';
    return insertLines(doc, line, [`${indent}${comment}`]);
  }
  const afterFrontMatter = doc.format === 'markdown' && doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0;
  return insertLines(doc, afterFrontMatter, [comment]);
}
