/** Sizes of the shipped bundles, as `node scripts/build.mjs --production` writes them. */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');

const bundles = {
  client: 'dist/client/extension.js',
  /** What the language server loads to answer `initialize` (through dist/server/server.js, 2 KB, its code cache)... */
  server: 'dist/server/languageServer.js',
  /** ...and the engine, knowledge and parsers it loads right after. */
  server_analysis: 'dist/server/analysis.js',
  cli: 'dist/cli/cli.js',
  webview: 'media/preview/dist/preview.js',
} as const;

export type BundleSizes = Record<keyof typeof bundles, number>;

/** Rebuilds every bundle minified, as packaged; the LSP and CLI timings then run the shipped code. */
export function buildProduction(): void {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
}

/** Bundle sizes in KB (1,000 bytes). */
export function bundleSizes(): BundleSizes {
  const kb = (path: string): number => statSync(join(root, path)).size / 1000;
  return Object.fromEntries(Object.entries(bundles).map(([name, path]) => [name, kb(path)])) as BundleSizes;
}
