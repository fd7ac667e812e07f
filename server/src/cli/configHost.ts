import { dirname, resolve } from 'node:path';
import { ConfigLoader, type ConfigHost, type ResolvedConfig } from '../engine';
import { boundedConfigHost } from '../workspace';
import { filePathOf, fileUri, nodeFileSystem } from '../workspace/node';

/**
 * The CLI's config files stay in bounds too: its workspace is the current folder and every path it was given (a
 * file's folder included); the user running it trusts it, so config files up the tree and the home config count.
 */
export function cliConfigHost(paths: readonly string[]): ConfigHost {
  const roots = [process.cwd(), ...paths.flatMap((path) => [resolve(path), dirname(resolve(path))])].map(fileUri);
  return boundedConfigHost(nodeFileSystem, () => ({ roots, trusted: true }));
}

/**
 * The config of each file a command reads (`paths`: what it was given): the file named with `--config`, else the
 * nearest `.mlsdrc.*` up the tree, read once per folder.
 */
export function cliConfigs(
  paths: readonly string[],
  configFile: string | undefined,
): (path: string) => Promise<ResolvedConfig | undefined> {
  const host = cliConfigHost([...paths, ...(configFile === undefined ? [] : [configFile])]);
  const loader = new ConfigLoader(host, configFile === undefined ? undefined : fileUri(resolve(configFile)));
  return (path) => loader.forDocument(fileUri(resolve(path)));
}

/** The paths of the config files a config was read from: inputs a command must never write over. */
export function configFilePaths(config: ResolvedConfig | undefined): string[] {
  return (config?.files ?? []).map((uri) => filePathOf(uri) ?? uri);
}
