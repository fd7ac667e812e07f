import { mermaidMaxTextSize as maxTextSize } from '../../knowledge';
import { diagramRange } from '../diagrams/position';
import { diagramStep } from '../diagrams/step';
import type { Rule } from './rule';

const limit = maxTextSize.toLocaleString('en-US');

export const mermaidMaxTextSize: Rule = {
  id: 'mermaid-max-text-size',
  name: 'Mermaid diagram too large',
  summary: `a Mermaid diagram longer than Mermaid's maxTextSize (${limit} characters), which it refuses to render`,
  description: `A Mermaid diagram whose text, without its front matter, directives and comment lines, is longer than Mermaid's \`maxTextSize\` (${limit} characters): Mermaid renders "Maximum text size in diagram exceeded" instead of the diagram, in the preview and in other renderers that keep the default. A diagram this size is also too big to read; split it into an overview and one diagram per stage. Such a diagram is not parsed for syntax errors.`,
  defaultSeverity: 'error',
  tags: ['diagram'],
  needsDiagramOutcomes: true,
  check(doc, { diagrams }) {
    return doc.mermaid.flatMap((block) => {
      const outcome = diagrams.get(block.source);
      if (outcome?.kind !== 'too-large') return [];
      return [
        {
          message: `This Mermaid diagram is ${outcome.length.toLocaleString('en-US')} characters long (without its front matter, directives and comments), over Mermaid's limit of ${limit} (maxTextSize): Mermaid will not render it. Split it into smaller diagrams.`,
          range: diagramRange(doc, block),
          ...diagramStep(doc, block),
        },
      ];
    });
  },
};
