/**
 * Code lenses: step coverage above the title, coverage and open findings above each step heading. Findings are the
 * ones the diagnostics feature published for this version (or would publish), so lenses agree with the Problems view.
 *
 * Lenses that run a client command appear only for commands the client lists in `initializationOptions.commands`.
 * A document linted off the main thread gets the lenses the worker computed with its lint of the same version.
 */
import { offThreadOutline, type EditorFeature, type FeatureContext } from './editorFeature';

export function registerCodeLens(context: FeatureContext): EditorFeature {
  let clientCommands = new Set<string>();
  context.connection.onCodeLens(async (params, token) => {
    const offThread = await offThreadOutline(context, params.textDocument.uri);
    // The worker's lenses offer every title command: the client's own are kept, and those that only inform.
    if (offThread !== undefined)
      return (
        offThread?.codeLenses.filter((lens) => !lens.command?.command || clientCommands.has(lens.command.command)) ??
        null
      );
    const document = context.documents.get(params.textDocument.uri);
    if (!document) return null;
    const current = await context.diagnostics.findingsFor(document);
    if (!current || token.isCancellationRequested) return null;
    const { codeLenses } = await import('../services');
    return codeLenses(current.model, current.findings, params.textDocument.uri, clientCommands);
  });
  return {
    capabilities: { codeLensProvider: { resolveProvider: false } },
    initialize(params) {
      const commands = (params.initializationOptions as { commands?: unknown } | undefined)?.commands;
      clientCommands = new Set(
        Array.isArray(commands) ? commands.filter((c): c is string => typeof c === 'string') : [],
      );
    },
  };
}
