/**
 * Per-document cache of the parsed design-doc model: each document version is parsed at most once (diagnostics,
 * and later hover, completion and code actions, all read the same model), from the version before it, and entries
 * are dropped on close.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOfPath } from '../../../common/files';
import { uriPath } from '../../../common/uris';
import { parseDesignDoc, plannedFormat, type DesignDoc, type DocFormat, type DocumentPlan } from '../engine';

interface CachedModel {
  version: number;
  /** The globs the design-doc decision was made with; a settings change invalidates the entry. */
  globsKey: string;
  /** undefined when the document is not a design doc. */
  model: DesignDoc | undefined;
}

export class DocumentModels {
  private readonly cache = new Map<string, CachedModel>();

  /** The model of this document version, or undefined if the plan does not make the document a design doc. */
  get(document: TextDocument, plan: DocumentPlan): DesignDoc | undefined {
    const globsKey = JSON.stringify([plan.ignored, plan.designDocGlobs, plan.globPath]);
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.globsKey === globsKey) return cached.model;

    const format = this.formatOf(document, plan);
    // The previous version's model lets the parse skip re-reading what the edit did not change.
    const model = format ? parseDesignDoc(document.getText(), format, cached?.model) : undefined;
    this.cache.set(document.uri, { version: document.version, globsKey, model });
    return model;
  }

  /** Whether the document is a design doc under these globs, and its format, without parsing it. */
  formatOf(document: TextDocument, plan: DocumentPlan): DocFormat | undefined {
    return plannedFormat(plan, pathWithExtension(document), document.getText());
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }
}

const languageExtensions: Record<string, string> = { markdown: '.md', yaml: '.yaml' };

/**
 * The format comes from the file extension, which untitled documents (`Untitled-1`) lack; for those the editor's
 * language mode supplies it, so a new unsaved doc with `mlsd:` front matter is linted.
 */
function pathWithExtension(document: TextDocument): string {
  const docPath = uriPath(document.uri);
  const extension = languageExtensions[document.languageId];
  return extension && !formatOfPath(docPath) ? docPath + extension : docPath;
}
