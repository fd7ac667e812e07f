import type { Document } from 'yaml';
import { parseBoundedYaml } from '../parse/boundedYaml';
import { plainData, type PlainData } from '../parse/yamlMap';
import { Derived } from './cache';
import type { DesignDoc } from './designDoc';

const yamlTrees = new Derived((doc: DesignDoc): Document => parseBoundedYaml(doc.text, { uniqueKeys: false }).document);
const yamlData = new Derived((doc: DesignDoc): PlainData => plainData(yamlDocumentOf(doc)));

/**
 * The YAML syntax tree of a YAML design doc, parsed once per model however many fixes, rules and previews need it.
 * Problems in it were already reported as the model's syntax problems.
 */
export function yamlDocumentOf(doc: DesignDoc): Document {
  return yamlTrees.get(doc);
}

/** The YAML design doc's tree as plain data, converted once per model: the parser's conversion, or one made now. */
export function yamlDataOf(doc: DesignDoc): PlainData {
  return yamlData.get(doc);
}

/** The parser hands over the tree it built for the model, and its plain data, so nothing is done twice. */
export function rememberYamlDocument(doc: DesignDoc, document: Document, data: PlainData | undefined): void {
  yamlTrees.remember(doc, document);
  if (data) yamlData.remember(doc, data);
}
