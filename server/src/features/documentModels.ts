/**
 * Per-document cache of the parsed design-doc model: each document version is parsed at most once (diagnostics,
 * and later hover, completion and code actions, all read the same model), and entries are dropped on close.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { designDocFormat, parseDesignDoc, type DesignDoc } from '../engine';

interface CachedModel {
  version: number;
  /** The globs the design-doc decision was made with; a settings change invalidates the entry. */
  globsKey: string;
  /** undefined when the document is not a design doc. */
  model: DesignDoc | undefined;
}

export class DocumentModels {
  private readonly cache = new Map<string, CachedModel>();

  /**
   * The model of this document version, or undefined if the document is not a design doc under these globs.
   * `globPath`: the path to match the globs against when it is not the document's own (a config file's globs are
   * relative to its folder).
   */
  get(document: TextDocument, designDocGlobs: readonly string[], globPath?: string): DesignDoc | undefined {
    const globsKey = JSON.stringify([designDocGlobs, globPath]);
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.globsKey === globsKey) return cached.model;

    const text = document.getText();
    const format = designDocFormat(globPath ?? pathWithExtension(document), text, designDocGlobs);
    const model = format ? parseDesignDoc(text, format) : undefined;
    this.cache.set(document.uri, { version: document.version, globsKey, model });
    return model;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }
}

const languageExtensions: Record<string, string> = { markdown: '.md', yaml: '.yaml' };

/**
 * designDocFormat takes the format from the file extension, which untitled documents (`Untitled-1`) lack;
 * for those the editor's language mode supplies it, so a new unsaved doc with `mlsd:` front matter is linted.
 */
function pathWithExtension(document: TextDocument): string {
  const docPath = uriToPath(document.uri);
  const extension = languageExtensions[document.languageId];
  return extension && !/\.(?:md|markdown|mdx|ya?ml)$/i.test(docPath) ? docPath + extension : docPath;
}

/**
 * The path that design-doc globs are matched against: the file-system path of a file: URI, otherwise (untitled:,
 * virtual workspaces) the path part of the URI, e.g. `Untitled-1`.
 */
export function uriToPath(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return uri;
  }
  if (url.protocol === 'file:') return fileURLToPath(url);
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname; // malformed percent-encoding: match the raw path
  }
}
