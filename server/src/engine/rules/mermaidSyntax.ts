import { diagramRange } from '../diagrams/position';
import { diagramStep } from '../diagrams/step';
import type { Rule } from './rule';

export const mermaidSyntax: Rule = {
  id: 'mermaid-syntax',
  name: 'Mermaid syntax error',
  summary: 'a Mermaid diagram that Mermaid cannot parse, at the line and column Mermaid names',
  description:
    "A Mermaid diagram (a ```mermaid fence or a `::: mermaid` container, or a `diagram` / `diagrams` value in a YAML design doc) that Mermaid itself cannot parse: it would show an error box instead of the diagram in the preview, on GitHub and in any other renderer. The finding sits where Mermaid found the problem, mapped from Mermaid's own line (which skips the diagram's front matter, directives and comment lines) to the document. Diagrams are parsed by Mermaid in a background worker, so these findings can appear a moment after the others; `mlsd lint --no-diagrams` and the `mlsd.diagrams.validate` setting turn the check off.",
  defaultSeverity: 'error',
  tags: ['diagram'],
  needsDiagramOutcomes: true,
  examples: {
    bad: '```mermaid\nflowchart LR\n  Logs --> Features\n  Features -->> Ranker\n```',
    good: '```mermaid\nflowchart LR\n  Logs --> Features\n  Features --> Ranker\n```',
  },
  check(doc, { diagrams }) {
    return doc.mermaid.flatMap((block) => {
      const outcome = diagrams.get(block.source);
      if (outcome?.kind === 'unchecked') {
        return [
          {
            message: `mlsd could not check this Mermaid diagram: ${outcome.reason}.`,
            range: diagramRange(doc, block),
            ...diagramStep(doc, block),
            severity: 'warning' as const,
          },
        ];
      }
      if (outcome?.kind !== 'invalid' || outcome.problem.unknownType) return [];
      const { message, start, end } = outcome.problem;
      return [
        {
          message: `Mermaid cannot parse this diagram: ${message}`,
          range: diagramRange(doc, block, start, end),
          ...diagramStep(doc, block),
        },
      ];
    });
  },
};
