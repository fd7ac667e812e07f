/** Folding ranges per step and sub-section; null for other files so the editor keeps its own folding there. */
import { designDocFor, offThreadOutline, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerFolding(context: FeatureContext): EditorFeature {
  context.connection.onFoldingRanges(async (params, token) => {
    const offThread = await offThreadOutline(context, params.textDocument.uri);
    if (offThread !== undefined) return offThread?.foldingRanges ?? null;
    const doc = await designDocFor(context, params.textDocument.uri, token);
    if (!doc) return null;
    const { foldingRanges } = await import('../services');
    return foldingRanges(doc);
  });
  return { capabilities: { foldingRangeProvider: true } };
}
