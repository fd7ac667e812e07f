/** Completion: step and sub-section headings, metadata keys and values, metrics, ML categories and glossary terms. */
import { designDocFor, type EditorFeature, type FeatureContext } from './editorFeature';

/** `#` starts a heading (step and sub-section names), `:` ends a metadata key (its values). */
const completionTriggerCharacters = ['#', ':'];

export function registerCompletion(context: FeatureContext): EditorFeature {
  context.connection.onCompletion(async (params, token) => {
    const doc = await designDocFor(context, params.textDocument.uri, token);
    if (!doc) return null;
    const { completions } = await import('../services');
    return { isIncomplete: false, items: completions(doc, params.position, params.context?.triggerCharacter) };
  });
  return { capabilities: { completionProvider: { triggerCharacters: completionTriggerCharacters } } };
}
