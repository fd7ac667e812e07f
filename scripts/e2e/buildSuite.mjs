#!/usr/bin/env node
// Bundles the extension-host suite: test/integration/index.ts (with mocha inside) and every
// test/integration/*.test.ts into dist/test/integration/*.js (CommonJS, `vscode` external).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suiteSrcDir = path.join(root, 'test', 'integration');
export const suiteOutDir = path.join(root, 'dist', 'test', 'integration');

export async function buildSuite({ log = true } = {}) {
  const tests = readdirSync(suiteSrcDir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
  if (tests.length === 0) throw new Error(`no *.test.ts in ${suiteSrcDir}`);
  rmSync(suiteOutDir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['index.ts', ...tests].map((f) => path.join(suiteSrcDir, f)),
    outdir: suiteOutDir,
    outbase: suiteSrcDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'error',
    // mocha loads the *.test.js files and optional reporters with a computed require(); that is intended.
    logOverride: { 'unsupported-require-call': 'silent', 'unsupported-dynamic-import': 'silent' },
  });
  if (result.errors.length) throw new Error('suite build failed');
  if (log)
    console.error(
      `built the extension-host suite (${tests.length} test file(s)) into ${path.relative(root, suiteOutDir)}`,
    );
  return { outDir: suiteOutDir, tests };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSuite().catch((e) => {
    console.error(e?.message ?? e);
    process.exit(1);
  });
}
