import type { Rule } from './rule';

export const syntaxError: Rule = {
  id: 'syntax-error',
  name: 'Syntax error',
  summary: 'front matter or a YAML design doc that cannot be parsed (the rest is still checked)',
  description:
    'Front matter or a YAML design doc that cannot be parsed. The rest of the document is still checked, but keys after the error may be ignored until it is fixed.',
  defaultSeverity: 'error',
  tags: ['format'],
  examples: {
    bad: '---\ntitle: [unclosed\n---',
    good: '---\ntitle: Video recommendation\n---',
  },
  check(doc) {
    return doc.syntaxProblems.map((problem) => ({ message: problem.message, range: problem.range }));
  },
};
