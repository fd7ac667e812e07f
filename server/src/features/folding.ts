/** Folding ranges per step and sub-section; null for other files so the editor keeps its own folding there. */
import { foldingRanges } from '../services';
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerFolding(context: FeatureContext): EditorFeature {
  context.connection.onFoldingRanges(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    return doc ? foldingRanges(doc) : null;
  });
  return { capabilities: { foldingRangeProvider: true } };
}
