/** Which files are design docs: by name (globs) or by an `mlsd:` marker key, and in which format. */
import { defaultDesignDocGlobs, formatOfPath } from '../../../../common/files';
import { uriInside } from '../../../../common/uris';
import type { DocFormat } from '../model/designDoc';
import { matchesGlobs } from './globs';
import type { ResolvedConfig } from './resolve';

/** An `mlsd:` key at the top level of the front matter (Markdown) or of the file (YAML). */
const markdownMarker = /^---[ \t]*\r?\n(?:.*\r?\n)*?mlsd[ \t]*:/;
const yamlMarker = /^mlsd\s*:/m;

function frontMatterHasMarker(text: string): boolean {
  if (!/^---\s*\n/.test(text)) return false;
  const end = text.search(/\r?\n(?:---|\.\.\.)\s*(?:\n|$)/);
  return markdownMarker.test(end < 0 ? text : text.slice(0, end + 1));
}

/**
 * The format of `path` when it is a design doc: its path matches one of the globs, or it carries
 * the `mlsd:` marker key. Ordinary Markdown and YAML files give undefined.
 */
export function designDocFormat(
  path: string,
  text: string,
  globs: readonly string[] = defaultDesignDocGlobs,
): DocFormat | undefined {
  const format = formatOfPath(path);
  if (!format) return undefined;
  const normalized = path.replace(/\\/g, '/');
  if (matchesGlobs(globs, normalized) || matchesGlobs(globs, normalized.split('/').pop() ?? normalized)) return format;
  const marked = format === 'markdown' ? frontMatterHasMarker(text) : yamlMarker.test(text);
  return marked ? format : undefined;
}

/**
 * The globs that decide whether the file at `uri` is a design doc, and, for a config file's globs, the path to match
 * them against: explicit globs (editor settings) as given; else the config's, relative to the folder of the config
 * file that lists them; else the defaults.
 */
export function designDocGlobsFor(
  uri: string,
  config: ResolvedConfig | undefined,
  explicit?: readonly string[],
): { globs: readonly string[]; relativePath?: string } {
  if (explicit) return { globs: explicit };
  const relativePath = config?.designDocGlobs && uriInside(config.designDocGlobs.base, uri);
  if (config?.designDocGlobs && relativePath) return { globs: config.designDocGlobs.globs, relativePath };
  return { globs: defaultDesignDocGlobs };
}
