/** The engine's public surface: parse → model → lint. Pure: no VS Code, no LSP connection. */
export type * from './model';
export { parseDesignDoc } from './parse';
export { designDocFormat, defaultDesignDocGlobs } from './designDocs';
export { lint, type LintOptions, type SeverityOrOff } from './lint';
export { coverageSummary, type CoverageSummary } from './coverage';
export { allRules } from './rules';
