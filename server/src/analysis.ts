/**
 * What the language server on Node loads once it has answered `initialize` (dist/server/analysis.js): the engine,
 * the knowledge base, the parsers, the services and templates, and the feature modules that bring them in. The
 * server's own bundle (./nodeMain.ts) keeps only what the handshake needs; each `import()` of one of these modules
 * in it reads the namespace of the same name here (scripts/build.mjs makes the link). The web worker's and the CLI's
 * bundles keep everything in one file.
 */
export * as documentAnalysis from './features/documentAnalysis';
export * as engine from './engine';
export * as knowledge from './knowledge';
export * as lintJobs from './features/lintJobs';
export * as services from './services';
export * as templates from './templates';
