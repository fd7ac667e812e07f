/** The one place documents' URIs and file-system paths are turned into each other. */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled:, virtual workspaces) or a malformed one. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The path design-doc globs are matched against: the file-system path of a file: URI, otherwise (untitled:, virtual
 * workspaces) the path part of the URI, e.g. `Untitled-1`.
 */
export function uriPath(uri: string): string {
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

/** The `file:` URI of an absolute path. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
