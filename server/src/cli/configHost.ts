import { dirname, resolve } from 'node:path';
import type { ConfigHost } from '../engine';
import { nodeConfigHost } from '../workspace';

/**
 * The CLI's config files stay in bounds too: its workspace is the current folder and every path it was given (a
 * file's folder included); the user running it trusts it, so config files up the tree and the home config count.
 */
export function cliConfigHost(paths: readonly string[]): ConfigHost {
  const roots = [process.cwd(), ...paths.flatMap((path) => [resolve(path), dirname(resolve(path))])];
  return nodeConfigHost(() => ({ roots, trusted: true }));
}
