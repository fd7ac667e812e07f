/**
 * Mermaid's own parser, in Node: the diagram worker's only job. Mermaid expects a browser (DOMPurify sanitises labels
 * while parsing, and throws "addHook is not a function" without a window), so a happy-dom window stands in for one,
 * with script execution, file loading and navigation left off: nothing is rendered, fetched or run.
 */
import { Window } from 'happy-dom';
import { locateMermaidError } from '../../../common/mermaid/errorLocation';
import { ParsedDiagramText } from '../../../common/mermaid/parsedText';
import type { DiagramOutcome } from '../engine';

export type DiagramParser = (source: string) => Promise<DiagramOutcome>;

function installWindow(): void {
  const window = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  Object.assign(globalThis, { window, document: window.document });
}

/** Loads Mermaid (a second or so) and returns a parser that never throws: every failure is an outcome. */
export async function loadMermaidParser(): Promise<DiagramParser> {
  installWindow();
  // Imported only now: DOMPurify binds to the window it finds when Mermaid loads it.
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true });
  // Mermaid's own limit, not a copy: the knowledge base's mermaidMaxTextSize (in messages) is tested against it.
  const { maxTextSize } = mermaid.mermaidAPI.getConfig();
  return async (source) => {
    // Mermaid renders an error box instead of a diagram whose parsed text is over maxTextSize; no need to parse it.
    const length = new ParsedDiagramText(source).length;
    if (maxTextSize !== undefined && length > maxTextSize) return { kind: 'too-large', length };
    try {
      const result = await mermaid.parse(source);
      return { kind: 'valid', diagramType: result ? result.diagramType : 'unknown' };
    } catch (error) {
      return { kind: 'invalid', problem: locateMermaidError(error, source) };
    }
  };
}
