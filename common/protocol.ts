/**
 * Custom LSP messages shared by the extension client and the language server: one typed definition per message,
 * so neither side switches on untyped method strings.
 *
 * Both bundles can resolve 'vscode-languageserver-protocol' (the client and the server libraries are built on it),
 * and the knowledge import is type-only, so the client bundle pulls in no server code.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { StepId } from '../server/src/knowledge';
import type { PreviewModel } from './preview/model';
import type { Coverage, PracticeSessionFile, Range, ReadinessReport } from './types';

/** Step coverage of a design doc, sent after each diagnostics publish. */
export interface DesignDocCoverage {
  uri: string;
  /** Steps whose state is 'covered' or 'thin'. */
  covered: number;
  total: number;
  steps: Record<StepId, Coverage>;
  /** The steps in the framework's order with their numbers and titles, so the client lists them without bundling the knowledge base. */
  stepTitles: StepTitle[];
}

export interface StepTitle {
  id: StepId;
  number: number;
  title: string;
}

/** Sent when a document is not (or no longer) a design doc, or was closed, so the client forgets its coverage. */
export interface NotADesignDoc {
  uri: string;
  designDoc: false;
}

export type CoverageParams = DesignDocCoverage | NotADesignDoc;

export const CoverageNotification = new NotificationType<CoverageParams>('mlsd/coverage');

/**
 * The user trusted the workspace (VS Code's workspace trust): config files outside it may now be read. Until then, and
 * from the start when `initializationOptions.workspaceTrusted` is false, the server reads nothing outside it.
 */
export const WorkspaceTrustedNotification = new NotificationType<Record<string, never>>('mlsd/workspaceTrusted');

export function isDesignDocCoverage(params: CoverageParams): params is DesignDocCoverage {
  return !('designDoc' in params);
}

export type { PreviewModel } from './preview/model';
export type { StepId };

export interface PreviewModelParams {
  /** URI of an open document. */
  uri: string;
}

/**
 * What the preview panel shows of an open document: its diagrams, rendered text and step coverage with finding
 * counts. null when the document is not open or not a design doc. The client never parses docs itself.
 */
export const PreviewModelRequest = new RequestType<PreviewModelParams, PreviewModel | null, void>('mlsd/previewModel');

/** A template the "New Design Doc from Case Study…" command can create: a case study, `blank` or `quick-45`. */
export interface TemplateChoice {
  id: string;
  title: string;
  /** One line for the quick pick. */
  description: string;
}

/** The templates, in the order the picker shows them (the ten case studies, then blank and quick-45). */
export const TemplateListRequest = new RequestType0<TemplateChoice[], void>('mlsd/templates');

export interface TemplateParams {
  id: string;
  format: 'markdown' | 'yaml';
}

export interface TemplateResult {
  /** The document text. */
  content: string;
  /** VS Code language id of the document: 'markdown' or 'yaml'. */
  language: 'markdown' | 'yaml';
  /** Suggested file name, e.g. `visual-search.mlsd.md`. */
  fileName: string;
}

/**
 * `mlsd/template`: a new design doc rendered from the knowledge base, so the client bundles neither the templates
 * nor the knowledge they are generated from. null for an unknown template id.
 */
export const TemplateRequest = new RequestType<TemplateParams, TemplateResult | null, void>('mlsd/template');

/**
 * The editor's file system, for the language server (`mlsd/fs/*`): in a browser the server has no disk, and on Node a
 * virtual workspace's files (`vscode-vfs:`, …) are not on it. A client that answers these says so with
 * `initializationOptions.fileSystem: true`; the server asks no other. Files and folders are URIs.
 */
export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Last modification, in milliseconds. */
  mtime: number;
}

export interface DirectoryEntry {
  name: string;
  kind: FileKind;
}

export interface FileParams {
  uri: string;
}

/** What is at `uri` (links followed); null when nothing is. */
export const FileStatRequest = new RequestType<FileParams, FileStat | null, void>('mlsd/fs/stat');

export interface ReadFileParams extends FileParams {
  /** Send no text when the file holds more bytes than this. */
  maxBytes?: number;
}

export interface ReadFileResult {
  /** The file's text (UTF-8); absent when it holds more than `maxBytes` bytes. */
  text?: string;
  /** The file's size in bytes. */
  size: number;
}

/** A file's text; an error response says why it cannot be read. */
export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('mlsd/fs/readFile');

/** A folder's entries, in no particular order; an error response says why it cannot be read. */
export const ReadDirectoryRequest = new RequestType<FileParams, DirectoryEntry[], void>('mlsd/fs/readDirectory');

/**
 * What "mlsd: Lint Workspace" found on disk: the Markdown and YAML files that are not open in the editor (open ones
 * are linted as they are edited), the design docs among them, and those with findings.
 */
export interface LintWorkspaceResult {
  files: number;
  designDocs: number;
  withProblems: number;
}

/**
 * `mlsd/lintWorkspace`: lints every design doc of the workspace folders now, whatever `mlsd.lint.scope` says, and
 * keeps them linted until that setting changes; the server reports its progress (work-done progress it creates) and,
 * to a client that does not pull, publishes the findings before it answers. null when cancelled.
 */
export const LintWorkspaceRequest = new RequestType<Record<string, never>, LintWorkspaceResult | null, void>(
  'mlsd/lintWorkspace',
);

/** What the server puts in a diagnostic's `data`: the step the finding is about, so a client can hold it back. */
export interface DiagnosticData {
  step?: StepId;
}

/**
 * A step's stretch of a doc: from the heading that opens it to the line before the next section outside it, blank
 * lines included, so a cursor anywhere below the heading is in the step. A merged heading names several steps.
 */
export interface StepSpan {
  steps: StepId[];
  range: Range;
}

/** Where the steps of an open design doc are, with what a practice session needs to know of the doc. */
export interface StepOutline {
  uri: string;
  version: number;
  title: string;
  /** The `case` of the front matter (or YAML top level), when it names one. */
  caseStudy?: string;
  spans: StepSpan[];
}

/** `mlsd/stepOutline`: the step spans of an open design doc; null when it is not open or not a design doc. */
export const StepOutlineRequest = new RequestType<PreviewModelParams, StepOutline | null, void>('mlsd/stepOutline');

/** A split of interview time among the steps (knowledge data): minutes per step for `presetMinutes` minutes. */
export interface PracticePresetInfo {
  id: string;
  title: string;
  description: string;
  minutes: Record<StepId, number>;
}

export interface PracticePresets {
  /** The interview length the presets' minutes add up to. */
  presetMinutes: number;
  presets: PracticePresetInfo[];
  steps: StepTitle[];
}

/** `mlsd/practicePresets`: the built-in presets and the steps' titles, so the client bundles no knowledge. */
export const PracticePresetsRequest = new RequestType0<PracticePresets, void>('mlsd/practicePresets');

export interface ReadinessReportParams {
  /** URI of an open document. */
  uri: string;
  /** The practice session written in the doc, as its session file has it, for time per step and the history. */
  session?: PracticeSessionFile;
}

/**
 * `mlsd/readinessReport`: the report of an open design doc on the findings the diagnostics use (the same as
 * `mlsd report`); null when the document is not open or not a design doc.
 */
export const ReadinessReportRequest = new RequestType<ReadinessReportParams, ReadinessReport | null, void>(
  'mlsd/readinessReport',
);
