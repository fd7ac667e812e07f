/**
 * The parsed design-doc models of the open documents the user is working in: each document version is parsed at most
 * once while it is kept (diagnostics, hover, completion and code actions all read the same model), from the version
 * before it. Only the most recently used documents keep theirs: a model and what is derived from it weigh about
 * ninety times the document's text (0.5 MB for a doc of 5.5 KB), so with many documents open the others are parsed
 * again when a request needs them (their findings are kept apart, by ./documentAnalysis). Entries are dropped on close.
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

/** Documents whose models are kept: the one typed in, those beside it on screen, and a few the user went back to. */
export const keptModels = 4;

export class DocumentModels {
  /** The least recently used first. */
  private readonly cache = new Map<string, CachedModel>();

  constructor(private readonly kept = keptModels) {}

  /**
   * The model of this document version, or undefined if the plan does not make the document a design doc. `keep`:
   * false for a look at every open document (workspace symbols), which should not push out the ones in use.
   */
  get(document: TextDocument, plan: DocumentPlan, keep = true): DesignDoc | undefined {
    const globsKey = JSON.stringify([plan.ignored, plan.designDocGlobs, plan.globPath]);
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.globsKey === globsKey) {
      if (keep) this.keep(document.uri, cached);
      return cached.model;
    }

    const format = this.formatOf(document, plan);
    // The previous version's model lets the parse skip re-reading what the edit did not change.
    const model = format ? parseDesignDoc(document.getText(), format, cached?.model) : undefined;
    if (keep) this.keep(document.uri, { version: document.version, globsKey, model });
    return model;
  }

  /** Whether the document is a design doc under these globs, and its format, without parsing it. */
  formatOf(document: TextDocument, plan: DocumentPlan): DocFormat | undefined {
    return plannedFormat(plan, pathWithExtension(document), document.getText());
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  /** Marks the entry as the most recently used; the least recently used past `kept` are dropped. */
  private keep(uri: string, entry: CachedModel): void {
    this.cache.delete(uri);
    this.cache.set(uri, entry);
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= this.kept) break;
      this.cache.delete(oldest);
    }
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
