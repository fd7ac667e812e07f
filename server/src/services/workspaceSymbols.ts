/**
 * Workspace symbols of one design doc, and the query match: the doc itself, its case study and each step, so
 * "evaluation" finds every doc's evaluation section and "video rec" every doc written for that case.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { DesignDoc } from '../engine';
import { caseStudyById, type CaseStudyId, stepById } from '../knowledge';
import { headingAsWritten, sectionRange, stepSections } from './outline';

/** A symbol and the words a query may match besides its name (step ids and titles, the case id). */
export interface SearchableSymbol {
  symbol: SymbolInformation;
  keys: string[];
}

export function designDocSymbols(doc: DesignDoc, uri: string, fileName: string): SearchableSymbol[] {
  const docName = doc.title?.text ?? fileName;
  const caseId = doc.frontMatter?.data.case;
  const study = typeof caseId === 'string' ? caseStudyById(caseId as CaseStudyId) : undefined;
  const firstLine = { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines[0].length } };
  const symbols: SearchableSymbol[] = [
    {
      symbol: {
        name: docName,
        kind: SymbolKind.File,
        location: { uri, range: doc.title?.range ?? firstLine },
        containerName: fileName,
      },
      keys: [docName, fileName],
    },
  ];
  const caseKey = doc.frontMatter?.keyRanges.case;
  if (study && caseKey) {
    symbols.push({
      symbol: { name: study.title, kind: SymbolKind.Object, location: { uri, range: caseKey }, containerName: docName },
      keys: [study.title, study.id],
    });
  }
  for (const section of stepSections(doc)) {
    const name = headingAsWritten(doc, section);
    symbols.push({
      symbol: {
        name,
        kind: SymbolKind.Module,
        location: { uri, range: sectionRange(doc, section) },
        containerName: docName,
      },
      keys: [name, ...section.headingSteps.flatMap((id) => [id, stepById(id).title])],
    });
  }
  return symbols;
}

/** Every query character in order in one of the keys (case-insensitive, spaces ignored); an empty query matches. */
export function matchesQuery(query: string, keys: readonly string[]): boolean {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  if (!wanted) return true;
  return keys.some((key) => {
    const text = key.toLowerCase();
    let at = 0;
    for (const char of text) if (char === wanted[at] && ++at === wanted.length) return true;
    return false;
  });
}
