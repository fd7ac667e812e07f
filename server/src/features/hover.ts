/** Hover: metric and concept definitions, and the interviewer's checklist on a step heading. */
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerHover(context: FeatureContext): EditorFeature {
  context.connection.onHover(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    if (!doc) return null;
    const { hover } = await import('../services');
    return hover(doc, params.position) ?? null;
  });
  return { capabilities: { hoverProvider: true } };
}
