/**
 * Design-doc templates generated from the knowledge base: the ten case studies, a blank doc and a 45-minute
 * interview outline, in Markdown or YAML. Pure: no file system, no LSP. The CLI (`mlsd new`), the language server
 * (`mlsd/template`, behind "mlsd: New Design Doc from Case Study…") and the snippet generator all call this module.
 */
import { renderMarkdown } from './markdown';
import { templateModel, type TemplateFormat, type TemplateId } from './model';
import { renderYaml } from './yaml';

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

export const templateFormats: readonly TemplateFormat[] = ['markdown', 'yaml'];

/** The template's text; throws for an unknown id (check with isTemplateId first). */
export function renderTemplate(id: TemplateId, format: TemplateFormat): string {
  const model = templateModel(id);
  return format === 'yaml' ? renderYaml(model) : renderMarkdown(model);
}

/** The file name a template is saved under: `<id>.mlsd.md` or `<id>.mlsd.yaml`. */
export function templateFileName(id: TemplateId, format: TemplateFormat): string {
  return `${id}.mlsd.${format === 'yaml' ? 'yaml' : 'md'}`;
}
