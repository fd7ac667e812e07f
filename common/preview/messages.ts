/**
 * The one definition of the messages between the preview panel's host (extension) and its webview. Imported by both
 * bundles; no 'vscode' and no DOM here. Every message is a member of a discriminated union handled exhaustively
 * (`assertNever`), and what arrives from the webview is validated before use: the webview renders untrusted docs.
 */
import type { PreviewModel } from './model';

export type { PreviewDiagram, PreviewModel, PreviewStep } from './model';

export type ExportFormat = 'svg' | 'png';

/** Host → webview. */
export type HostMessage =
  /** Show this model (a new document, or a new version of the shown one). */
  | { type: 'update'; model: PreviewModel }
  /** Nothing to show: the active document is not a design doc and none was shown before. */
  | { type: 'empty'; message: string }
  /** Render diagram `index` for export and answer with `exportReady` or `exportFailed`. */
  | { type: 'exportDiagram'; index: number; format: ExportFormat }
  /** The editor scrolled: bring document line `line` (0-based) to the top of the preview. */
  | { type: 'scrollToLine'; line: number };

/** Webview → host. */
export type WebviewMessage =
  /** The webview's script is running: send the model. */
  | { type: 'ready' }
  /** Reveal this document line (0-based) in the editor. */
  | { type: 'reveal'; line: number }
  /** Copy diagram `index`'s source to the clipboard. */
  | { type: 'copySource'; index: number }
  /** A toolbar button asked for an export: the host runs the same flow as the command. */
  | { type: 'requestExport'; index: number; format: ExportFormat }
  /** The exported diagram: SVG text, or PNG bytes as base64. */
  | { type: 'exportReady'; index: number; format: ExportFormat; data: string }
  | { type: 'exportFailed'; index: number; format: ExportFormat; message: string }
  /** The toolbar's "Export HTML" button. */
  | { type: 'exportHtml' };

/** What the webview persists with `setState`, and the panel serializer restores from. */
export interface WebviewState {
  uri?: string;
  /** Zoom and pan per diagram id (content hash), so they survive re-renders and reloads. */
  zoom?: Record<string, ZoomState>;
}

export interface ZoomState {
  scale: number;
  x: number;
  y: number;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected message ${JSON.stringify(value)}`);
}

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isFormat = (value: unknown): value is ExportFormat => value === 'svg' || value === 'png';

/** The fields of a message-shaped value (an object), to be checked one by one. */
const fieldsOf = (data: unknown): Record<string, unknown> =>
  (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;

/** The message if `data` is a well-formed WebviewMessage, else undefined. */
export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
  const m = fieldsOf(data);
  const type = m.type as WebviewMessage['type'];
  switch (type) {
    case 'ready':
    case 'exportHtml':
      return { type };
    case 'reveal':
      return isIndex(m.line) ? { type, line: m.line } : undefined;
    case 'copySource':
      return isIndex(m.index) ? { type, index: m.index } : undefined;
    case 'requestExport':
      return isIndex(m.index) && isFormat(m.format) ? { type, index: m.index, format: m.format } : undefined;
    case 'exportReady':
      return isIndex(m.index) && isFormat(m.format) && typeof m.data === 'string'
        ? { type, index: m.index, format: m.format, data: m.data }
        : undefined;
    case 'exportFailed':
      return isIndex(m.index) && isFormat(m.format) && typeof m.message === 'string'
        ? { type, index: m.index, format: m.format, message: m.message }
        : undefined;
    default:
      return undefined;
  }
}

/** The message if `data` is a well-formed HostMessage (shape only; the host is trusted), else undefined. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  const m = fieldsOf(data);
  const type = m.type as HostMessage['type'];
  switch (type) {
    case 'update':
      return typeof m.model === 'object' && m.model !== null ? { type, model: m.model as PreviewModel } : undefined;
    case 'empty':
      return typeof m.message === 'string' ? { type, message: m.message } : undefined;
    case 'exportDiagram':
      return isIndex(m.index) && isFormat(m.format) ? { type, index: m.index, format: m.format } : undefined;
    case 'scrollToLine':
      return isIndex(m.line) ? { type, line: m.line } : undefined;
    default:
      return undefined;
  }
}
