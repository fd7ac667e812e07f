/** The workspace on Node (the CLI, the language server on Node): the disk as a workspace file system, file: URIs. */
export { nodeFileSystem } from './nodeFileSystem';
export { fileUri, filePathOf } from './nodeUris';
