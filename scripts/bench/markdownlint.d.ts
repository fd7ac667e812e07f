// markdownlint publishes its entry points through package.json "exports", which this project's "node"
// module resolution does not read; the declarations are the package's own.
declare module 'markdownlint/sync' {
  export * from 'markdownlint/lib/exports-sync.mjs';
}
