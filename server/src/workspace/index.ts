/**
 * The workspace as the language server reaches it in every runtime: the injected file system interface, config files
 * read within bounds through it, the one folder walker, which files are text to lint, and a file system that sends
 * each URI scheme to its own. Node's disk and git's ignore rules are the other entry, ./node.ts, which only Node
 * runtimes import.
 */
export {
  FileTooLargeError,
  type DirectoryEntry,
  type FileKind,
  type FileStat,
  type WorkspaceFileSystem,
} from './fileSystem';
export { maxConfigBytes, type ConfigBounds } from './configBounds';
export { boundedConfigHost } from './boundedConfigHost';
export { fileSystemByScheme } from './fileSystemByScheme';
export { decodeText, maxFileBytes, tooLarge, type Decoded } from './decodeText';
export { fileErrorReason } from './fileErrors';
export { documentFiles, type WalkOptions } from './walk';
