/**
 * Which files mlsd reads: design docs by extension and by the default globs, project config files by name. Plain
 * values with no dependencies, shared by the engine, the language server (which reads its settings with them before it
 * loads the engine) and the client (which watches the config files).
 */
import type { DocFormat } from './types';

/** Files that are design docs by name, unless the settings or a config file say otherwise. */
export const defaultDesignDocGlobs: readonly string[] = ['**/*.mlsd.md', '**/*.mlsd.yaml', '**/*.mlsd.yml'];

const markdownExtension = /\.(?:md|markdown|mdx)$/i;
const yamlExtension = /\.ya?ml$/i;

/** The format a file's extension stands for: Markdown (.md, .markdown, .mdx) or YAML (.yaml, .yml); else undefined. */
export function formatOfPath(path: string): DocFormat | undefined {
  return markdownExtension.test(path) ? 'markdown' : yamlExtension.test(path) ? 'yaml' : undefined;
}

/** Looked up in this order in each folder; the first one found is the folder's config. */
export const configFileNames: readonly string[] = ['.mlsdrc.json', '.mlsdrc.yaml', '.mlsdrc.yml'];

/** The config files anywhere in a workspace, for file watchers. */
export const configFileGlob = `**/{${configFileNames.join(',')}}`;

/** The Markdown and YAML files anywhere in a workspace (the extensions of `formatOfPath`), for file watchers. */
export const documentFileGlob = '**/*.{md,markdown,mdx,yaml,yml}';

/** Whether a path or a URI names a config file. */
export function isConfigFile(path: string): boolean {
  return configFileNames.includes(path.replace(/\\/g, '/').split('/').pop() ?? '');
}
