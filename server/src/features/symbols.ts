/** Document symbols (the outline): steps at the top level with their sub-sections, in Markdown and YAML docs. */
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerDocumentSymbols(context: FeatureContext): EditorFeature {
  let hierarchical = false;
  context.connection.onDocumentSymbol(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    if (!doc) return null;
    const { documentSymbols, flattenSymbols } = await import('../services');
    const symbols = documentSymbols(doc);
    return hierarchical ? symbols : flattenSymbols(symbols, params.textDocument.uri);
  });
  return {
    capabilities: { documentSymbolProvider: { label: 'mlsd' } },
    initialize(params) {
      hierarchical = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    },
  };
}
