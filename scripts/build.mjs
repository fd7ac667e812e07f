// Bundles the extension client, the language server, the CLI and the preview webview with esbuild, and the client
// and the server again for VS Code for the Web.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--analyze`: also print what each bundle holds, largest inputs first (esbuild's metafile analysis).
const analyze = process.argv.includes('--analyze');

// vscode-languageserver-protocol require()s the CommonJS build of vscode-languageserver-types while our code imports
// its ES build: without this, both builds of the same module land in a bundle. The ES build is the smaller.
const lspTypesPath = fileURLToPath(import.meta.resolve('vscode-languageserver-types'));
const oneLspTypesBuild = {
  name: 'one-lsp-types-build',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, () => ({ path: lspTypesPath }));
  },
};

// yaml's package sends Node to its CommonJS build, whose modules esbuild must keep whole; its ES build (the same code,
// the one every other platform gets) lets esbuild drop what mlsd does not use.
const yamlEsBuildPath = fileURLToPath(new URL('browser/index.js', import.meta.resolve('yaml/package.json')));
const yamlEsBuild = {
  name: 'yaml-es-build',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlEsBuildPath }));
  },
};

// markdown-it uses only the decoders of `entities`, but the package's index also brings its encoders and their
// tables (24 KB minified), which esbuild cannot drop: their maps are built when the module loads. markdown-it's imports
// of it go straight to the decoders' module.
const skipEntitiesRedirect = Symbol('entities index');
const entitiesDecodersOnly = {
  name: 'entities-decoders-only',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, async ({ importer, resolveDir, kind, pluginData }) => {
      if (pluginData === skipEntitiesRedirect || !/[\\/]markdown-it[\\/]/.test(importer)) return undefined;
      const index = await build.resolve('entities', { importer, resolveDir, kind, pluginData: skipEntitiesRedirect });
      const decoders = join(dirname(index.path), 'decode.js');
      if (index.errors.length || !existsSync(decoders)) return index;
      return { path: decoders };
    });
  },
};

// The engine's JSON Schema validators, compiled by ajv here rather than on first use: the bundles carry the generated
// functions and a few of ajv's runtime helpers, not its compiler (schemaCompiler.ts says which schemas, with which
// options). Generated afresh for every build, so --watch picks up a changed schema.
const schemaValidatorsPath = fileURLToPath(new URL('../server/src/engine/config/schemaValidators.ts', import.meta.url));
const standaloneSchemaValidators = {
  name: 'standalone-schema-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]config[\\/]schemaValidators\.ts$/ }, async ({ path }) => {
      if (path !== schemaValidatorsPath) return undefined;
      const { standaloneValidatorsCode } = await tsImport(
        '../server/src/engine/config/schemaCompiler.ts',
        import.meta.url,
      );
      return { contents: standaloneValidatorsCode(), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

// esbuild gives every module that imports a CommonJS package its own copy of the package's exports, and
// vscode-languageserver has 300 of them, re-exported as getters: copied for each of the server's files, they cost
// the server's start about a millisecond per file. Those files import it through an ES module re-exporting it, which
// copies them once.
const lspFacade = {
  name: 'lsp-facade',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver(?:\/node|\/browser)?$/ }, ({ path, importer, namespace }) =>
      namespace === 'lsp-facade' || /[\\/]node_modules[\\/]/.test(importer)
        ? undefined
        : { path, namespace: 'lsp-facade' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lsp-facade' }, ({ path }) => ({
      contents: `export * from '${path}';`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    }));
  },
};

// vscode-jsonrpc and vscode-languageserver require node:crypto (for a random pipe name) and node:child_process (to find
// global npm modules) as they load, for transports and helpers mlsd never uses; loading them costs the server's start
// 4 ms. Their require of either gives an object that requires the module when a property of it is first read.
const builtinsLoadedOnFirstUse = {
  name: 'builtins-loaded-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^(?:crypto|child_process)$/ }, ({ path, importer }) =>
      /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(importer)
        ? { path, namespace: 'builtin-on-first-use' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-on-first-use' }, ({ path }) => ({
      contents: `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${path}'))[key] });`,
      loader: 'js',
    }));
  },
};

// The language server on Node answers `initialize` from a bundle without the engine: each `import()` of a module that
// server/src/analysis.ts re-exports reads that module's namespace from dist/server/analysis.js instead, a second
// bundle required (once, from its code cache where there is one: server/src/codeCache.ts) on first use; the analysis
// entry's `export * as name from 'path'` lines are the list.
const codeCacheModule = fileURLToPath(new URL('../server/src/codeCache.ts', import.meta.url));
const analysisEntry = fileURLToPath(new URL('../server/src/analysis.ts', import.meta.url));
const analysisOutfile = 'dist/server/analysis.js';
const analysisModules = [...readFileSync(analysisEntry, 'utf8').matchAll(/^export \* as (\w+) from '([^']+)';$/gm)].map(
  ([, name, path]) => ({ name, path: join(dirname(analysisEntry), path) }),
);
const skipAnalysisRedirect = Symbol('analysis module');
const analysisLoadedLater = {
  name: 'analysis-loaded-later',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (kind !== 'dynamic-import' || pluginData === skipAnalysisRedirect) return undefined;
      const resolved = await build.resolve(path, { importer, resolveDir, kind, pluginData: skipAnalysisRedirect });
      const module = analysisModules.find(
        (candidate) => resolved.path.replace(/(?:[\\/]index)?\.ts$/, '') === candidate.path,
      );
      return module ? { path: module.name, namespace: 'mlsd-analysis' } : resolved;
    });
    build.onResolve({ filter: /.*/, namespace: 'mlsd-analysis' }, ({ path }) =>
      path === codeCacheModule ? { path } : { path, external: true },
    );
    build.onLoad({ filter: /.*/, namespace: 'mlsd-analysis' }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(codeCacheModule)}).requireBundle(require('node:path').join(__dirname, '${basename(analysisOutfile)}')).${path};`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Non-ASCII text (entity tables, the knowledge's typography) as UTF-8 rather than \u escapes: a third of the size.
  charset: 'utf8',
  define: { MLSD_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  plugins: [oneLspTypesBuild, lspFacade, yamlEsBuild, entitiesDecodersOnly, standaloneSchemaValidators],
};

/**
 * happy-dom ships a self-signed certificate with its private key, for HTTPS fetches. The diagram worker fetches
 * nothing, and a private key has no place in the package (vsce refuses it): the module is replaced by an empty pair.
 */
const withoutHappyDomCertificate = {
  name: 'without-happy-dom-certificate',
  setup(build) {
    build.onResolve({ filter: /[\\/]certificate[\\/]FetchHTTPSCertificate\.js$/ }, () => ({
      path: 'fetch-https-certificate',
      namespace: 'mlsd-empty',
    }));
    build.onLoad({ filter: /.*/, namespace: 'mlsd-empty' }, () => ({
      contents: 'export default { cert: undefined, key: undefined };',
      loader: 'js',
    }));
  },
};

/**
 * What went into a web bundle, written next to it as `<name>.meta.json` (esbuild's metafile): test/web/bundles.test.ts
 * reads it to prove that no Node built-in came in.
 */
const writeMetafile = {
  name: 'write-metafile',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const outfile = build.initialOptions.outfile;
      mkdirSync(dirname(outfile), { recursive: true });
      writeFileSync(outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile));
    });
  },
};

/** Browser code for VS Code for the Web: a Node built-in fails the build (platform 'browser' resolves none). */
const web = {
  platform: 'browser',
  target: 'es2022',
  metafile: true,
  plugins: [...common.plugins, writeMetafile],
};

const builds = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  // The language server on Node: what Node runs (its bundle from V8's code cache), what answers `initialize`, and the
  // analysis it loads right after.
  { entryPoints: ['server/src/nodeStart.ts'], outfile: 'dist/server/server.js' },
  {
    entryPoints: ['server/src/nodeMain.ts'],
    outfile: 'dist/server/languageServer.js',
    plugins: [...common.plugins, analysisLoadedLater, builtinsLoadedOnFirstUse],
  },
  { entryPoints: [analysisEntry], outfile: analysisOutfile },
  // The diagram worker: Mermaid with a happy-dom window, loaded by the server and the CLI in a worker thread only.
  {
    entryPoints: ['server/src/mermaidWorker/worker.ts'],
    outfile: 'dist/server/mermaidWorker.js',
    minify: true,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [withoutHappyDomCertificate],
  },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli/cli.js' },
  // VS Code for the Web (package.json `browser`): the client in the web extension host, the server in a web worker.
  { ...web, entryPoints: ['src/browserExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/browserMain.ts'], outfile: 'dist/web/server.js', format: 'iife' },
  // The preview webview (Mermaid, markdown-it, DOMPurify): browser code with its own tsconfig, and with the diagram
  // worker the only bundle with Mermaid in it; also inlined by `mlsd export --html`. Always minified; styles.css comes
  // out as preview.css.
  {
    entryPoints: ['media/preview/main.ts'],
    outfile: 'media/preview/dist/preview.js',
    tsconfig: 'media/preview/tsconfig.json',
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('watching for changes…');
} else {
  const results = await Promise.all(
    builds.map((b) => esbuild.build({ ...common, ...b, metafile: analyze || b.metafile })),
  );
  if (analyze)
    for (const result of results) console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
}
