import { parseDocument, type Document } from 'yaml';
import type { DesignDoc } from './model';

const documents = new WeakMap<DesignDoc, Document>();

/**
 * The YAML syntax tree of a YAML design doc, parsed once per model however many fixes, rules and previews need it.
 * Problems in it were already reported as the model's syntax problems.
 */
export function yamlDocumentOf(doc: DesignDoc): Document {
  let document = documents.get(doc);
  if (!document) {
    document = parseDocument(doc.text, { prettyErrors: false, uniqueKeys: false });
    documents.set(doc, document);
  }
  return document;
}

/** The parser hands over the tree it built for the model, so nothing parses the same text twice. */
export function rememberYamlDocument(doc: DesignDoc, document: Document): void {
  documents.set(doc, document);
}
