import type { Rule } from './rule';

export const inputLimit: Rule = {
  id: 'input-limit',
  name: 'Input beyond what mlsd reads',
  summary: 'part of the document was not read: too large or too deeply nested',
  description:
    'Part of the document is beyond what mlsd reads, so it was not checked: YAML nested more than 64 levels deep (the stretch is skipped), front matter over 64 KB, lines over 20,000 characters (only their start is read), or a document over 2 MB (only its structure is checked: headings, steps by their headings, syntax, front matter). These limits keep the editor responsive on generated or hostile files; a design doc written by hand never reaches them.',
  defaultSeverity: 'info',
  tags: ['format'],
  examples: {
    bad: `requirements:\n  notes: ${'['.repeat(70)}deep${']'.repeat(70)}`,
    good: 'requirements:\n  notes: [latency, scale]',
  },
  check(doc) {
    return doc.limits.map((limit) => ({ message: limit.message, range: limit.range }));
  },
};
