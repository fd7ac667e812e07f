/** Selection ranges: word → line → sub-section → step → document. */
import { selectionRange } from '../services';
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerSelectionRanges(context: FeatureContext): EditorFeature {
  context.connection.onSelectionRanges(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    return doc ? params.positions.map((position) => selectionRange(doc, position)) : null;
  });
  return { capabilities: { selectionRangeProvider: true } };
}
