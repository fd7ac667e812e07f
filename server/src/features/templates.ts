/**
 * `mlsd/templates` and `mlsd/template`: the template list and a rendered template for the "New Design Doc from Case
 * Study…" command. Templates come from the pure templates module (the same text as `mlsd new`).
 */
import { TemplateListRequest, TemplateRequest } from '../../../common/protocol';
import { isTemplateId, renderTemplate, templateFileName, templateInfos } from '../templates';
import type { EditorFeature, FeatureContext } from './editorFeature';

export function registerTemplates(context: FeatureContext): EditorFeature {
  context.connection.onRequest(TemplateListRequest, () =>
    templateInfos.map(({ id, title, description }) => ({ id, title, description })),
  );
  context.connection.onRequest(TemplateRequest, ({ id, format }) => {
    if (!isTemplateId(id) || (format !== 'markdown' && format !== 'yaml')) return null;
    return { content: renderTemplate(id, format), language: format, fileName: templateFileName(id, format) };
  });
  return { capabilities: {} };
}
