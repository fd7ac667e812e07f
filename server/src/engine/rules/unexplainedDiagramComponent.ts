import { diagramComponents } from '../diagrams/components';
import { ProseIndex, specificStems } from '../diagrams/explained';
import { diagramRange } from '../diagrams/position';
import { diagramStep } from '../diagrams/step';
import { conceptsNamedIn } from '../evidence/statementReading';
import { evidenceOf } from '../model/evidenceIndex';
import { allProse } from '../model/paragraphs';
import type { DesignDoc, Evidence } from '../model/designDoc';
import type { Rule, RuleReport } from './rule';
import { TextMemo } from '../model/cache';

/** A finding names this many components at most: a longer list is not read. */
const maxListed = 12;

/**
 * A doc whose statements are still mostly template placeholders: filling them in comes first (placeholder-text says
 * so). Headings, diagram and code lines are not statements a writer fills in.
 */
function mostlyPlaceholders(doc: DesignDoc): boolean {
  let placeholders = 0;
  let written = 0;
  for (const statement of doc.statements) {
    if (statement.layout === 'heading' || statement.layout === 'diagram' || statement.layout === 'code') continue;
    if (statement.placeholder) placeholders++;
    else if (statement.words > 0) written++;
  }
  return placeholders > written;
}

/** The concepts a diagram label names, remembered with the doc. */
const labelConcepts = TextMemo.each(conceptsNamedIn);

/** The evidence the scan found for the concept a diagram label names (a diagram line's evidence spans the line). */
function labelEvidence(doc: DesignDoc, label: string, line: number): Evidence | undefined {
  return evidenceOf(doc, labelConcepts.get(doc, label)).find((item) => item.range.start.line === line);
}

/** A diagram's components and the specific stems of each, by its source: they come back with every edit elsewhere. */
const componentStems = TextMemo.each((source) =>
  diagramComponents(source).map((component) => ({ component, stems: specificStems(component.label) })),
);

export const unexplainedDiagramComponent: Rule = {
  id: 'unexplained-diagram-component',
  name: 'Diagram component the text never explains',
  summary: 'a diagram shows components (node labels) that the text never mentions',
  description:
    'A Mermaid diagram shows components, such as a "Feature store" or a "Re-ranker" node, that the text never mentions. An interviewer reads the boxes as claims: each one needs a sentence on what it does, what goes in and out, and why the design needs it. A label is read up to its first comma or colon, without numbers and generic words (service, system, user, API), and matched loosely (any inflection, anywhere in the text, all but one word of a long name), so only components the text says nothing about are listed. One finding per diagram, listing its unexplained components; a doc that is still mostly template placeholders is left alone.',
  defaultSeverity: 'info',
  tags: ['diagram', 'content'],
  examples: {
    bad: '## Serving\nRequests are ranked by the model.\n\n```mermaid\nflowchart LR\n  Logs[Event logs] --> FS[Feature store] --> R[Ranker]\n```',
    good: '## Serving\nEvent logs feed a feature store that holds per-user aggregates; the ranker reads them at request time.\n\n```mermaid\nflowchart LR\n  Logs[Event logs] --> FS[Feature store] --> R[Ranker]\n```',
  },
  check(doc) {
    if (doc.mermaid.length === 0) return [];
    if (mostlyPlaceholders(doc)) return [];
    const prose = new ProseIndex(allProse(doc).map((prose) => prose.stems()));
    const reported = new Set<string>();
    const reports: RuleReport[] = [];
    for (const block of doc.mermaid) {
      const missing = componentStems
        .get(doc, block.source)
        .filter(({ stems }) => {
          const key = stems.join(' ');
          if (stems.length === 0 || reported.has(key) || prose.mentions(stems)) return false;
          reported.add(key);
          return true;
        })
        .map(({ component }) => component);
      if (missing.length === 0) continue;
      const listed = missing.slice(0, maxListed);
      const ranges = listed.map((component) => diagramRange(doc, block, component.start, component.end));
      const more = missing.length - listed.length;
      const names = listed.map((component) => component.label).join(', ') + (more > 0 ? ` and ${more} more` : '');
      const evidence = listed.map((component, i) => labelEvidence(doc, component.label, ranges[i].start.line));
      // The diagram's section names the step; a diagram outside the steps is about what its labels name.
      const step = diagramStep(doc, block).step ?? evidence.find((item) => item)?.step;
      reports.push({
        message: `This diagram shows ${missing.length === 1 ? 'a component' : 'components'} the text never explains: ${names}. Say what each one does, what goes in and out, and why the design needs it.`,
        range: ranges[0],
        ...(step ? { step } : {}),
        related: listed.map((component, i) => ({
          message: `"${component.label}" is not explained in the text`,
          range: ranges[i],
          ...(evidence[i] ? { evidence: evidence[i] } : {}),
        })),
      });
    }
    return reports;
  },
};
