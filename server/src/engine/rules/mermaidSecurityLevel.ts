import { loweredSecurityLevels } from '../diagrams/securityLevel';
import { diagramRange } from '../diagrams/position';
import { diagramStep } from '../diagrams/step';
import type { Rule } from './rule';

export const mermaidSecurityLevel: Rule = {
  id: 'mermaid-security-level',
  name: 'Mermaid diagram lowers its security level',
  summary:
    'a Mermaid diagram whose `%%{init}%%` directive or front matter sets `securityLevel` to "loose" or "antiscript"',
  description:
    'A Mermaid diagram that asks, in an `%%{init: …}%%` directive or in its own front matter, for a `securityLevel` other than "strict" or "sandbox". A renderer that obeys it lets the diagram bind click callbacks and render raw HTML from a document nobody reviewed. The mlsd preview ignores the setting and always renders with "strict", so the line only makes the diagram unsafe elsewhere; remove it.',
  defaultSeverity: 'warning',
  tags: ['diagram', 'security'],
  examples: {
    bad: '```mermaid\n%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  Logs --> Features\n```',
    good: '```mermaid\n%%{init: {"theme": "neutral"}}%%\nflowchart LR\n  Logs --> Features\n```',
  },
  check(doc) {
    return doc.mermaid.flatMap((block) =>
      loweredSecurityLevels(block.source).map(({ value, start, end }) => ({
        message: `This diagram sets securityLevel to "${value}": a renderer that obeys it lets the diagram run click callbacks and raw HTML. The mlsd preview ignores it and renders with "strict"; remove the setting.`,
        range: diagramRange(doc, block, start, end),
        ...diagramStep(doc, block),
      })),
    );
  },
};
