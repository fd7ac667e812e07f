/**
 * Custom LSP messages shared by the extension client and the language server: one typed definition per message,
 * so neither side switches on untyped method strings.
 *
 * Both bundles can resolve 'vscode-languageserver-protocol' (the client and the server libraries are built on it),
 * and the engine import is type-only, so the client bundle pulls in no engine code.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Coverage, StepId } from './engine';
import type { PreviewModel } from './previewTypes';

/** Step coverage of a design doc, sent after each diagnostics publish. */
export interface DesignDocCoverage {
  uri: string;
  /** Steps whose state is 'covered' or 'thin'. */
  covered: number;
  total: number;
  steps: Record<StepId, Coverage>;
}

/** Sent when a document is not (or no longer) a design doc, or was closed, so the client forgets its coverage. */
export interface NotADesignDoc {
  uri: string;
  designDoc: false;
}

export type CoverageParams = DesignDocCoverage | NotADesignDoc;

export const CoverageNotification = new NotificationType<CoverageParams>('mlsd/coverage');

export function isDesignDocCoverage(params: CoverageParams): params is DesignDocCoverage {
  return !('designDoc' in params);
}

export type { PreviewModel } from './previewTypes';

export interface PreviewModelParams {
  /** URI of an open document. */
  uri: string;
}

/**
 * What the preview panel shows of an open document: its diagrams, rendered text and step coverage with finding
 * counts. null when the document is not open or not a design doc. The client never parses docs itself.
 */
export const PreviewModelRequest = new RequestType<PreviewModelParams, PreviewModel | null, void>('mlsd/previewModel');
