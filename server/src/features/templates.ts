/**
 * `mlsd/templates` and `mlsd/template`: the template list and a rendered template for the "New Design Doc from Case
 * Study…" command. Templates come from the pure templates module (the same text as `mlsd new`).
 */
import { TemplateListRequest, TemplateRequest } from '../../../common/protocol';
import type { EditorFeature, FeatureContext } from './editorFeature';

export function registerTemplates(context: FeatureContext): EditorFeature {
  context.connection.onRequest(TemplateListRequest, async () => {
    const { templateInfos } = await import('../templates');
    return templateInfos.map(({ id, title, description }) => ({ id, title, description }));
  });
  context.connection.onRequest(TemplateRequest, async ({ id, format }) => {
    const { isTemplateId, renderTemplate, templateFileName } = await import('../templates');
    if (!isTemplateId(id) || (format !== 'markdown' && format !== 'yaml')) return null;
    return { content: renderTemplate(id, format), language: format, fileName: templateFileName(id, format) };
  });
  return { capabilities: {} };
}
