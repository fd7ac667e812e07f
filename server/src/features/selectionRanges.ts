/** Selection ranges: word → line → sub-section → step → document. */
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerSelectionRanges(context: FeatureContext): EditorFeature {
  context.connection.onSelectionRanges(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    if (!doc) return null;
    const { selectionRange } = await import('../services');
    return params.positions.map((position) => selectionRange(doc, position));
  });
  return { capabilities: { selectionRangeProvider: true } };
}
