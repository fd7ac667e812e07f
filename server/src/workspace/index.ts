/**
 * The workspace as the language server and the CLI reach it: an injected file system (with the Node one), the one
 * folder walker, and URI ↔ path conversion.
 */
export type { FileKind, FileStat, WorkspaceFileSystem } from './fileSystem';
export { maxConfigBytes, type ConfigBounds } from './configBounds';
export { fileErrorReason } from './fileErrors';
export { nodeConfigHost } from './nodeConfigHost';
export { nodeFileSystem } from './nodeFileSystem';
export { fileUri, filePathOf, uriPath } from './uris';
export { documentFiles, type WalkOptions } from './walk';
