import picomatch from 'picomatch';
import type { DocFormat } from './model';

export const defaultDesignDocGlobs: readonly string[] = ['**/*.mlsd.md', '**/*.mlsd.yaml', '**/*.mlsd.yml'];

const markdownExtension = /\.(?:md|markdown|mdx)$/i;
const yamlExtension = /\.ya?ml$/i;
/** An `mlsd:` key at the top level of the front matter (Markdown) or of the file (YAML). */
const markdownMarker = /^---\s*\r?\n(?:.*\r?\n)*?mlsd\s*:/;
const yamlMarker = /^mlsd\s*:/m;

const matcherCache = new Map<string, (path: string) => boolean>();

function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let match = matcherCache.get(key);
  if (!match) {
    match = picomatch([...globs], { dot: true, nocase: true });
    matcherCache.set(key, match);
  }
  return match;
}

function frontMatterHasMarker(text: string): boolean {
  if (!/^---\s*\r?\n/.test(text)) return false;
  const end = text.search(/\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/);
  return markdownMarker.test(end < 0 ? text : text.slice(0, end + 1));
}

/**
 * The format of `path` when it is a design doc: its path matches one of the globs, or it carries
 * the `mlsd:` marker key. Ordinary Markdown and YAML files give undefined.
 */
export function designDocFormat(path: string, text: string, globs: readonly string[] = defaultDesignDocGlobs): DocFormat | undefined {
  const format: DocFormat | undefined = markdownExtension.test(path) ? 'markdown' : yamlExtension.test(path) ? 'yaml' : undefined;
  if (!format) return undefined;
  const normalized = path.replace(/\\/g, '/');
  if (matcher(globs)(normalized) || matcher(globs)(normalized.split('/').pop() ?? normalized)) return format;
  const marked = format === 'markdown' ? frontMatterHasMarker(text) : yamlMarker.test(text);
  return marked ? format : undefined;
}
