/** A template's text and file name, in Markdown or YAML. */
import { renderMarkdown } from './markdown';
import { templateModel, type TemplateFormat, type TemplateId } from './model';
import { renderYaml } from './yaml';

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
