/**
 * The workspace on Node (the CLI, the language server on Node): the disk as a workspace file system, file: URIs, and
 * git's ignore rules read from the disk.
 */
export { nodeFileSystem } from './nodeFileSystem';
export { fileUri, filePathOf } from './nodeUris';
export { GitIgnores } from './gitignore';
export { gitIgnoredUris } from './gitIgnoredUris';
