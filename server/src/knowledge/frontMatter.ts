/**
 * Metadata keys of a design doc: Markdown front matter, or the top level of a YAML design doc.
 * The JSON Schemas in schemas/ describe their types; this list lets the YAML parser tell metadata
 * from step content.
 */
export const metadataKeys: ReadonlySet<string> = new Set([
  'mlsd',
  'title',
  'case',
  'level',
  'timeBudget',
  'author',
  'date',
  'status',
  'tags',
]);
