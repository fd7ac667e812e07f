/**
 * What every editor feature (completion, hover, symbols, folding, selection ranges, code lens, workspace symbols)
 * gets from the server, and what it gives back: its capabilities and optional initialize hooks. The features are thin
 * adapters: find the design-doc model of the request's document, call a pure service in ../services, answer.
 */
import type {
  CancellationToken,
  Connection,
  InitializeParams,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DesignDoc } from '../engine';
import type { WorkspaceFileSystem } from '../workspace';
import type { DiagnosticsFeature, LintSettings } from './diagnostics';
import type { OutlineAnswers } from './offThreadLint';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Decides which documents are design docs (globs, config files, ignores) and holds their findings. */
  diagnostics: DiagnosticsFeature;
  settings(): Promise<LintSettings>;
  /** How workspace files are read (the disk or the editor, by URI): features never touch a file system themselves. */
  fileSystem: WorkspaceFileSystem;
}

export interface EditorFeature {
  capabilities: ServerCapabilities;
  /** Reads what the client announced (capabilities, workspace folders, initialization options). */
  initialize?(params: InitializeParams): void;
  /** After the client's `initialized`: the moment a server may start talking to the client. */
  initialized?(): void;
}

/**
 * The model of an open design doc, or undefined when the document is not open, is not a design doc, or the request
 * was cancelled while the settings were read.
 */
export async function designDocFor(
  context: FeatureContext,
  uri: string,
  token: CancellationToken,
): Promise<DesignDoc | undefined> {
  const document = context.documents.get(uri);
  if (!document) return undefined;
  const model = await context.diagnostics.modelFor(document);
  return token.isCancellationRequested ? undefined : model;
}

/**
 * The outline answers the worker computed for the current version of an open document linted off the main thread:
 * null when there are none (the document is not open, or not a design doc), undefined when the document is linted
 * on the main thread and the feature answers from its model.
 */
export async function offThreadOutline(
  context: FeatureContext,
  uri: string,
): Promise<OutlineAnswers | null | undefined> {
  const document = context.documents.get(uri);
  return document ? context.diagnostics.outlineOffThread(document) : null;
}
