/**
 * The workspace as the language server reaches it in every runtime: the injected file system interface, config files
 * read within bounds through it, the one folder walker, and a file system that sends each URI scheme to its own.
 * Node's disk is the other entry, ./node.ts, which only Node runtimes import.
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
export { documentFiles, type WalkOptions } from './walk';
