import { mermaidDiagramTypes } from '../../knowledge';
import { closest } from '../text/closest';
import { diagramRange } from '../diagrams/position';
import { diagramStep } from '../diagrams/step';
import type { Rule } from './rule';

export const mermaidUnknownType: Rule = {
  id: 'mermaid-unknown-type',
  name: 'Unknown Mermaid diagram type',
  summary: 'a Mermaid diagram whose first line names no diagram type Mermaid knows',
  description:
    'A Mermaid diagram whose first line (after its front matter, directives and comments) names no diagram type Mermaid knows, often a typo such as `flowchat` or `sequencediagram`: nothing renders at all. The finding names the closest known type when there is one.',
  defaultSeverity: 'error',
  tags: ['diagram'],
  needsDiagramOutcomes: true,
  examples: {
    bad: '```mermaid\nflowchat LR\n  Logs --> Features\n```',
    good: '```mermaid\nflowchart LR\n  Logs --> Features\n```',
  },
  check(doc, { diagrams }) {
    return doc.mermaid.flatMap((block) => {
      const outcome = diagrams.get(block.source);
      if (outcome?.kind !== 'invalid' || !outcome.problem.unknownType) return [];
      const { start, end } = outcome.problem;
      const written = start
        ? (block.source.split(/\r\n|\r|\n/)[start.line] ?? '').slice(start.character).trim().split(/\s+/)[0]
        : '';
      const suggestion = written ? closest(written, mermaidDiagramTypes) : undefined;
      const examples = `a diagram type such as ${mermaidDiagramTypes.slice(0, 7).join(', ')} or architecture-beta`;
      if (!written)
        return [
          {
            message: `This Mermaid diagram is empty: it must start with ${examples}.`,
            range: diagramRange(doc, block),
            ...diagramStep(doc, block),
          },
        ];
      const hint = suggestion ? `did you mean "${suggestion}"?` : `the first line must start with ${examples}.`;
      const firstWord = start ? { line: start.line, character: start.character + written.length } : end;
      return [
        {
          message: `Mermaid knows no diagram type "${written}": ${hint}`,
          range: diagramRange(doc, block, start, firstWord),
          ...diagramStep(doc, block),
        },
      ];
    });
  },
};
