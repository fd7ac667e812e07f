/**
 * `mlsd/previewModel`: what the preview panel shows of an open design doc, built from the same model and findings
 * the diagnostics use (the client never parses docs itself). null when the document is not open or not a design doc.
 */
import { PreviewModelRequest } from '../../../common/protocol';
import type { EditorFeature, FeatureContext } from './editorFeature';

export function registerPreview(context: FeatureContext): EditorFeature {
  context.connection.onRequest(PreviewModelRequest, async ({ uri }, token) => {
    const document = context.documents.get(uri);
    if (!document) return null;
    const analysed = await context.diagnostics.findingsFor(document);
    if (!analysed || token.isCancellationRequested) return null;
    const { buildPreviewModel } = await import('../services');
    return buildPreviewModel({ uri, version: document.version, doc: analysed.model, findings: analysed.findings });
  });
  return { capabilities: {} };
}
