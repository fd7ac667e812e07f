/**
 * URIs as mlsd addresses files in every runtime: a design doc on the disk (`file:`), in a browser's virtual workspace
 * (`vscode-vfs:`, `vscode-remote:`, …) or unsaved (`untitled:`). Config lookup, `extends`, ignores and the workspace
 * walk go through these functions, so the same code runs on Node and in a web worker (no `node:path`, no `node:url`).
 *
 * A URI's path is handled as decoded segments and written back with one encoding (VS Code's: every character but
 * letters, digits and `-._~` percent-encoded, a Windows drive letter in lower case), so two spellings of one file
 * compare equal once normalised. The query and the fragment name no file and are dropped by every function that
 * builds a URI.
 */

interface UriParts {
  scheme: string;
  /** `//authority`, as written (e.g. a GitHub repository's encoded reference); undefined when the URI has none. */
  authority: string | undefined;
  /** The path's segments, decoded. */
  segments: string[];
  /** The path starts with `/`: the URI sits in a folder tree. */
  rooted: boolean;
}

const uriPattern = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/i;
const windowsDrive = /^[a-z]:$/i;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed percent-encoding: the raw text
  }
}

function parse(uri: string): UriParts | undefined {
  const match = uriPattern.exec(uri);
  if (!match) return undefined;
  const [, scheme, authority, path] = match;
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
  return { scheme: scheme.toLowerCase(), authority, segments, rooted: path.startsWith('/') };
}

function format({ scheme, authority, segments, rooted }: UriParts): string {
  const path = segments
    .map((segment, i) =>
      i === 0 && scheme === 'file' && windowsDrive.test(segment)
        ? encodeURIComponent(segment.toLowerCase())
        : encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
  return `${scheme}:${authority === undefined ? '' : `//${authority}`}${rooted ? '/' : ''}${path}`;
}

/** A file or folder in a tree: the URIs config files and ignores apply to (not `untitled:`, not a bare name). */
export function isTreeUri(uri: string): boolean {
  const parts = parse(uri);
  return parts !== undefined && parts.rooted && parts.scheme !== 'untitled';
}

/** One spelling for one file: the form every URI below comes back in. A string that is no URI is returned as is. */
export function normalizeUri(uri: string): string {
  const parts = parse(uri);
  return parts ? format(parts) : uri;
}

/** The folder holding `uri`; the root gives itself back. */
export function parentUri(uri: string): string {
  const parts = parse(uri);
  return parts ? format({ ...parts, segments: parts.segments.slice(0, -1) }) : uri;
}

/** The root of `uri`'s tree (`file:///`, `vscode-vfs://github/`). */
export function rootUri(uri: string): string {
  const parts = parse(uri);
  return parts ? format({ ...parts, segments: [] }) : uri;
}

/** The entry `name` of the folder `folder`. */
export function childUri(folder: string, name: string): string {
  const parts = parse(folder);
  if (!parts) throw new Error(`not a URI: ${folder}`);
  return format({ ...parts, segments: [...parts.segments, name], rooted: true });
}

/**
 * The file a path written in a config file names, relative to `folder` unless it is absolute (`/…`, or `C:\…` for a
 * `file:` URI). `/` and `\` both separate folders, so a path written on Windows works everywhere.
 */
export function resolveUri(folder: string, written: string): string {
  const parts = parse(folder);
  if (!parts) throw new Error(`not a URI: ${folder}`);
  const names = written.split(/[\\/]/);
  const fromRoot = written.startsWith('/') || written.startsWith('\\');
  const fromDrive = parts.scheme === 'file' && windowsDrive.test(names[0]);
  const segments = fromRoot || fromDrive ? [] : [...parts.segments];
  for (const name of names) {
    if (name === '..') segments.pop();
    else if (name !== '' && name !== '.') segments.push(name);
  }
  return format({ ...parts, segments, rooted: true });
}

/** Whether both URIs name the same tree (scheme and authority), comparing the authority as written. */
function sameTree(a: UriParts, b: UriParts): boolean {
  return a.scheme === b.scheme && (a.authority ?? '') === (b.authority ?? '');
}

/** Segments equal, a Windows drive letter in any case. */
function sameSegment(a: string, b: string, index: number): boolean {
  return a === b || (index === 0 && windowsDrive.test(a) && a.toLowerCase() === b.toLowerCase());
}

/**
 * `uri`'s path relative to the folder `base`, with `/`, or undefined when it is not inside it: how ignore globs and
 * the config file's design-doc globs are matched, and how the workspace decides which config files it may read.
 */
export function uriInside(base: string, uri: string): string | undefined {
  const [folder, file] = [parse(base), parse(uri)];
  if (!folder || !file || !sameTree(folder, file) || file.segments.length <= folder.segments.length) return undefined;
  if (!folder.segments.every((segment, i) => sameSegment(segment, file.segments[i], i))) return undefined;
  return file.segments.slice(folder.segments.length).join('/');
}

/** Whether `uri` is the folder `base` itself or inside it. */
export function isWithin(base: string, uri: string): boolean {
  return normalizeUri(base) === normalizeUri(uri) || uriInside(base, uri) !== undefined;
}

/** How to get from the folder `from` to `to` (`../base.json`), for messages; `to` as shown when in another tree. */
export function relativeUriPath(from: string, to: string): string {
  const [folder, file] = [parse(from), parse(to)];
  if (!folder || !file || !sameTree(folder, file)) return displayUri(to);
  let common = 0;
  while (
    common < folder.segments.length &&
    common < file.segments.length &&
    sameSegment(folder.segments[common], file.segments[common], common)
  )
    common++;
  return [...folder.segments.slice(common).map(() => '..'), ...file.segments.slice(common)].join('/');
}

/** The last segment of the path, decoded: the file's name. */
export function uriBasename(uri: string): string {
  return parse(uri)?.segments.at(-1) ?? uri;
}

/**
 * The decoded path of a URI, which design-doc globs are matched against: `/home/me/a.mlsd.md`,
 * `/owner/repo/a.mlsd.md`, `Untitled-1`. A string that is no URI is returned as is.
 */
export function uriPath(uri: string): string {
  const parts = parse(uri);
  if (!parts) return uri;
  return `${parts.rooted ? '/' : ''}${parts.segments.join('/')}`;
}

/** A URI as a message shows it: a `file:` URI as its path on the disk (`C:\…` with a drive letter), others whole. */
export function displayUri(uri: string): string {
  const parts = parse(uri);
  if (!parts || parts.scheme !== 'file') return uri;
  if (parts.authority) return `//${parts.authority}/${parts.segments.join('/')}`;
  if (windowsDrive.test(parts.segments[0] ?? ''))
    return `${parts.segments[0].toUpperCase()}\\${parts.segments.slice(1).join('\\')}`;
  return `/${parts.segments.join('/')}`;
}
