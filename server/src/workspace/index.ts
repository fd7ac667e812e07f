/**
 * The workspace as the language server and the CLI reach it: an injected file system (with the Node one), the one
 * folder walker with git's ignore rules, which files are text to lint, and URI ↔ path conversion.
 */
export type { FileKind, FileStat, WorkspaceFileSystem } from './fileSystem';
export { maxConfigBytes, type ConfigBounds } from './configBounds';
export { decodeText, maxFileBytes, tooLarge, type Decoded } from './decodeText';
export { fileErrorReason } from './fileErrors';
export { GitIgnores } from './gitignore';
export { nodeConfigHost } from './nodeConfigHost';
export { nodeFileSystem } from './nodeFileSystem';
export { fileUri, filePathOf, uriPath } from './uris';
export { documentFiles, type WalkOptions } from './walk';
