import { diagramComponents } from '../diagrams/components';
import { ProseIndex, specificStems } from '../diagrams/explained';
import { diagramRange } from '../diagrams/position';
import { isPlaceholder, plainLine, substantiveWords } from '../text/words';
import { allLines } from '../model/readableLines';
import type { Rule, RuleReport } from './rule';

/** A finding names this many components at most: a longer list is not read. */
const maxListed = 12;

/** A doc whose lines are still mostly template placeholders: filling them in comes first (placeholder-text says so). */
function mostlyPlaceholders(lines: readonly string[]): boolean {
  let placeholders = 0;
  let written = 0;
  for (const line of lines) {
    const plain = plainLine(line);
    if (plain && isPlaceholder(plain)) placeholders++;
    else if (substantiveWords(line) > 0) written++;
  }
  return placeholders > written;
}

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
    const lines = allLines(doc).map((line) => line.text);
    if (mostlyPlaceholders(lines)) return [];
    const prose = new ProseIndex(lines);
    const reported = new Set<string>();
    const reports: RuleReport[] = [];
    for (const block of doc.mermaid) {
      const missing = diagramComponents(block.source).filter((component) => {
        const stems = specificStems(component.label);
        const key = stems.join(' ');
        if (stems.length === 0 || reported.has(key) || prose.mentions(stems)) return false;
        reported.add(key);
        return true;
      });
      if (missing.length === 0) continue;
      const listed = missing.slice(0, maxListed);
      const ranges = listed.map((component) => diagramRange(doc, block, component.start, component.end));
      const more = missing.length - listed.length;
      const names = listed.map((component) => component.label).join(', ') + (more > 0 ? ` and ${more} more` : '');
      reports.push({
        message: `This diagram shows ${missing.length === 1 ? 'a component' : 'components'} the text never explains: ${names}. Say what each one does, what goes in and out, and why the design needs it.`,
        range: ranges[0],
        related: listed.map((component, i) => ({
          message: `"${component.label}" is not explained in the text`,
          range: ranges[i],
        })),
      });
    }
    return reports;
  },
};
