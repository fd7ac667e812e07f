/** Document symbols (the outline): steps at the top level with their sub-sections, in Markdown and YAML docs. */
import { designDocFor, offThreadOutline, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerDocumentSymbols(context: FeatureContext): EditorFeature {
  let hierarchical = false;
  context.connection.onDocumentSymbol(async (params, token) => {
    const { uri } = params.textDocument;
    const offThread = await offThreadOutline(context, uri);
    const doc = offThread === undefined ? await designDocFor(context, uri, token) : undefined;
    const { documentSymbols, flattenSymbols } = await import('../services');
    const symbols = offThread ? offThread.documentSymbols : doc && documentSymbols(doc);
    if (!symbols) return null;
    return hierarchical ? symbols : flattenSymbols(symbols, uri);
  });
  return {
    capabilities: { documentSymbolProvider: { label: 'mlsd' } },
    initialize(params) {
      hierarchical = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    },
  };
}
