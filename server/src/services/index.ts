/**
 * Editor services: what an editor shows of a design doc (completion, hover, outline, folding, selection ranges, code
 * lenses, workspace symbols, the preview's model), as pure functions over the engine's model that answer in LSP
 * types. No connection and no file access of their own: the language server's features call them, and so does the
 * CLI's HTML export.
 */
export { codeLenses, titleCommands } from './codeLens';
export { completions } from './completion';
export { foldingRanges } from './folding';
export { hover } from './hover';
export { buildPreviewModel, type PreviewSource } from './previewModel';
export { selectionRange } from './selectionRanges';
export { stepSpans } from './outline';
export { documentSymbols, flattenSymbols } from './symbols';
export { WorkspaceIndex } from './workspaceIndex';
export { designDocSymbols, matchesQuery, type SearchableSymbol } from './workspaceSymbols';
