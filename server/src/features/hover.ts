/** Hover: metric and concept definitions, and the interviewer's checklist on a step heading. */
import { hover } from '../services';
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerHover(context: FeatureContext): EditorFeature {
  context.connection.onHover(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    return (doc && hover(doc, params.position)) ?? null;
  });
  return { capabilities: { hoverProvider: true } };
}
