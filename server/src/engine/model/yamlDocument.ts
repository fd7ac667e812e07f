import type { Document } from 'yaml';
import { parseBoundedYaml } from '../parse/boundedYaml';
import { Derived } from './cache';
import type { DesignDoc } from './designDoc';

const yamlTrees = new Derived((doc: DesignDoc): Document => parseBoundedYaml(doc.text, { uniqueKeys: false }).document);

/**
 * The YAML syntax tree of a YAML design doc, parsed once per model however many fixes, rules and previews need it.
 * Problems in it were already reported as the model's syntax problems.
 */
export function yamlDocumentOf(doc: DesignDoc): Document {
  return yamlTrees.get(doc);
}

/** The parser hands over the tree it built for the model, so nothing parses the same text twice. */
export function rememberYamlDocument(doc: DesignDoc, document: Document): void {
  yamlTrees.remember(doc, document);
}
