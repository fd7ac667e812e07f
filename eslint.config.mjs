// ESLint for the whole tree: typescript-eslint with type information, eslint-plugin-regexp for the pattern-heavy
// knowledge and rules, no import cycles, and the house boundaries (CONTRIBUTING.md) as lint errors: each runtime
// imports only its own folder, common/ and the public entries of the server's libraries, the engine and the knowledge
// base stay pure, and the language server loads the engine only after it has answered `initialize`.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * Imports that reach past a server library's public entry (its index.ts), from outside that library. The workspace
 * has a second entry, workspace/node.ts, for what only Node runtimes may load (the disk).
 */
const pastLibraryEntries = ['engine', 'knowledge', 'mermaidWorker', 'services', 'templates', 'workspace'].map(
  (library) => ({
    group: [`**/${library}/**`, ...(library === 'workspace' ? ['!**/workspace/node'] : [])],
    message: `Import ${library}/ through its public entry (${library}/index.ts): export from it what you need.`,
  }),
);

/**
 * The language server answers `initialize` before it loads the engine, so its wiring and the feature adapters take
 * only types from the server's libraries and from the feature modules that bring the engine in; their code is loaded
 * with `await import()` where it is first used.
 */
const loadedOnFirstUse = ['documentAnalysis', 'documentModels', 'lintJobs', 'projectConfig'];
const codeLoadedOnFirstUse = [
  {
    regex: '^\\.\\.?/(?:engine|knowledge|services|templates)$',
    allowTypeImports: true,
    message:
      'The language server answers initialize before it loads the engine: import types here, and code with `await import()` where it is first used.',
  },
  {
    group: loadedOnFirstUse.map((name) => `**/${name}`),
    allowTypeImports: true,
    message:
      'This module brings the engine in, after initialize: import its types here, and its code with `await import()` where it is first used.',
  },
];

const clientOrWebview = [
  {
    group: ['**/src/**', '!**/server/src/**'],
    message: 'The client (src/) is a runtime of its own: share code through common/.',
  },
  {
    group: ['**/media/**'],
    message: 'The webview (media/preview/) is a runtime of its own: share code through common/.',
  },
];

/** The language server and the CLI are runtimes of their own, like the client and the webview. */
const cliApart = {
  group: ['**/features', '**/features/**', '**/server', '**/nodeMain', '**/browserMain'],
  message: 'The CLI is a runtime of its own: share code with the language server through a library or common/.',
};
const serverApart = {
  group: ['**/cli', '**/cli/**'],
  message: 'The language server is a runtime of its own: share code with the CLI through a library or common/.',
};

/** What a library may not import: past another library's entry, the client or webview, runtimes, LSP connections. */
const libraryImports = [
  ...pastLibraryEntries,
  ...clientOrWebview,
  {
    group: ['**/features', '**/features/**', '**/cli', '**/cli/**', '**/server'],
    message: 'Libraries do not import the runtimes that use them.',
  },
  {
    group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*'],
    message: 'No LSP connection or editor API in a library (LSP types are fine).',
  },
];

/** `import()` past a library's entry. */
const dynamicImportPastEntry = {
  // \x2F is a slash: a selector's regex cannot hold one.
  selector:
    'ImportExpression[source.value=/(?:^|\\x2F)(?:engine|knowledge|mermaidWorker|services|templates|workspace)\\x2F./]',
  message: 'Import a server library through its public entry (its index.ts), with `import()` too.',
};

/**
 * An empty Map, Set or WeakMap held by a module (exported or not) is state kept between calls: a cache that outlives
 * the documents it was filled from. A table built from data (`new Map(entries)`) is not matched.
 */
const moduleLevelCaches = [
  'Program > VariableDeclaration',
  'Program > ExportNamedDeclaration > VariableDeclaration',
].map((declaration) => ({
  selector: `${declaration} > VariableDeclarator > NewExpression.init[callee.name=/^(?:Weak)?(?:Map|Set)$/][arguments.length=0]`,
  message:
    'No module-level cache: derive per document with Derived/DerivedByKey, or memoise text with TextMemo/memoByText (engine/model/cache.ts).',
}));

/** `no-restricted-imports` with these patterns; `patterns` only, so each folder lists all that applies to it. */
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'media/preview/dist/',
      '.cache/',
      '.vscode-test/',
      'test-results/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe/it/test return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests parse JSON output (CLI reports, SARIF, schemas) and assert its shape field by field: typing every
    // intermediate value would only restate the assertions.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...nodeGlobals() } },
  },

  // Boundaries. The client: only its own folder and common/.
  {
    files: ['src/**/*.ts'],
    rules: restrict(
      {
        group: ['**/server/**'],
        message:
          'The client gets what it needs from the server over the protocol (common/protocol.ts), never by importing server code.',
      },
      ...clientOrWebview.slice(1),
    ),
  },
  // The webview: only its own folder and common/.
  {
    files: ['media/preview/**/*.ts'],
    rules: restrict(
      {
        group: ['**/server/**'],
        message: 'The webview gets the preview model in messages (common/preview/), never by importing server code.',
      },
      ...clientOrWebview,
    ),
  },
  // common/: itself, npm packages, and types from the knowledge base's entry (the step ids).
  {
    files: ['common/**/*.ts'],
    rules: restrict(
      {
        regex: '(?:^|/)server/(?!src/knowledge$)',
        message: 'common/ depends on no runtime: only on itself and the knowledge base (types).',
      },
      {
        group: ['**/server/src/knowledge'],
        allowTypeImports: true,
        message: 'common/ takes only types from the knowledge base: common code runs in every runtime.',
      },
      ...clientOrWebview,
    ),
  },
  // The server and the CLI: their own folders, common/, and the libraries' entries; never each other.
  {
    files: ['server/src/*.ts', 'server/src/features/**/*.ts'],
    ignores: ['server/src/cli.ts'],
    rules: restrict(...pastLibraryEntries, ...clientOrWebview, serverApart),
  },
  {
    files: ['server/src/cli.ts', 'server/src/cli/**/*.ts'],
    rules: restrict(...pastLibraryEntries, ...clientOrWebview, cliApart),
  },
  {
    files: ['scripts/**/*.ts'],
    rules: restrict(...pastLibraryEntries, ...clientOrWebview),
  },
  {
    files: ['server/src/server.ts', 'server/src/nodeMain.ts', 'server/src/browserMain.ts', 'server/src/features/*.ts'],
    ignores: loadedOnFirstUse.map((name) => `server/src/features/${name}.ts`),
    rules: restrict(...pastLibraryEntries, ...clientOrWebview, serverApart, ...codeLoadedOnFirstUse),
  },
  // A dynamic import goes through a library's entry too (no-restricted-imports sees only static imports).
  {
    files: ['server/src/**/*.ts', 'scripts/**/*.ts', 'src/**/*.ts', 'common/**/*.ts', 'media/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', dynamicImportPastEntry] },
  },
  // No module-level cache: what is derived from a doc lives in the engine's one per-document cache.
  {
    files: ['server/src/**/*.ts', 'src/**/*.ts', 'common/**/*.ts'],
    ignores: ['server/src/engine/model/cache.ts'],
    rules: { 'no-restricted-syntax': ['error', dynamicImportPastEntry, ...moduleLevelCaches] },
  },
  // Libraries: services, templates and the Mermaid worker reach the engine and the knowledge base through their
  // entries.
  {
    files: ['server/src/services/**/*.ts', 'server/src/templates/**/*.ts', 'server/src/mermaidWorker/**/*.ts'],
    rules: restrict(...libraryImports),
  },
  // The workspace loads with the language server, before the engine: it takes only types from the other libraries.
  {
    files: ['server/src/workspace/**/*.ts'],
    rules: restrict(...libraryImports, {
      regex: '^\\.\\./(?:engine|knowledge|services|templates)$',
      allowTypeImports: true,
      message: 'The workspace loads at server startup, before the engine: import only types from the other libraries.',
    }),
  },
  // The engine is pure: knowledge (entry), common/'s vocabulary, npm parsers; no editor, LSP, file system or runtime code.
  {
    files: ['server/src/engine/**/*.ts'],
    rules: restrict(
      { group: ['**/knowledge/**'], message: 'Import the knowledge base through its entry (knowledge/index.ts).' },
      {
        group: [
          '**/services',
          '**/services/**',
          '**/templates',
          '**/templates/**',
          '**/workspace',
          '**/workspace/**',
          '**/mermaidWorker',
          '**/mermaidWorker/**',
          '**/features/**',
          '**/cli',
          '**/cli/**',
        ],
        message: 'The engine does not depend on the code that uses it.',
      },
      {
        group: [
          '**/common/**',
          '!**/common/types',
          '!**/common/files',
          '!**/common/rules',
          '!**/common/uris',
          '!**/common/mermaidContainers',
        ],
        message:
          'The engine takes only the shared vocabulary (common/types.ts, files.ts, rules.ts, uris.ts) and the Markdown syntax the preview shares (common/mermaidContainers.ts) from common/.',
      },
      {
        group: ['vscode', 'vscode-*', 'node:*', 'fs', 'fs/*', 'path', 'url'],
        message:
          'The engine is pure and runs in a web worker too: no editor, no LSP, no Node (inject file access, as ConfigHost does).',
      },
      ...clientOrWebview,
    ),
  },
  // The knowledge base is data and depends on nothing.
  {
    files: ['server/src/knowledge/*.ts'],
    rules: restrict({
      regex: '^(?:\\.\\./|[^.])',
      message: 'The knowledge base depends on nothing outside its folder.',
    }),
  },
  {
    files: ['server/src/knowledge/*/*.ts'],
    rules: restrict({
      regex: '^(?:\\.\\./\\.\\./|[^.])',
      message: 'The knowledge base depends on nothing outside its folder.',
    }),
  },
);

/** The globals of Node's scripts (the build, the e2e driver, the launchers). */
function nodeGlobals() {
  const names = [
    'process',
    'console',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    '__dirname',
    'require',
    'module',
    'fetch',
    'performance',
  ];
  return Object.fromEntries(names.map((name) => [name, 'readonly']));
}
