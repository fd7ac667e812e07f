/**
 * Design-doc templates generated from the knowledge base: the ten case studies, a blank doc and a 45-minute
 * interview outline, in Markdown or YAML. Pure: no file system, no LSP. The CLI (`mlsd new`), the language server
 * (`mlsd/template`, behind "mlsd: New Design Doc from Case Study…") and the snippet generator all call this module.
 */
export {
  blankInfo,
  interviewMinutes,
  isTemplateId,
  quickInfo,
  templateIds,
  templateInfos,
  templateModel,
  type TemplateFormat,
  type TemplateId,
  type TemplateInfo,
} from './model';
export { renderTemplate, templateFileName, templateFormats } from './render';
export { generateSnippets, snippetFileText, type Snippet } from './snippets';
