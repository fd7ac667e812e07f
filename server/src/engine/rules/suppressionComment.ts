import type { Rule, RuleReport } from './rule';
import { correction } from '../fixes/correction';
import { closest } from '../text/closest';
import { suppressionDirectives } from '../parse/suppressionComments';

export const suppressionComment: Rule = {
  id: 'suppression-comment',
  name: 'Suppression comment',
  summary: 'a suppression comment naming an unknown rule, or a misspelt directive',
  description:
    'An inline suppression comment (`<!-- mlsd-disable-next-line rule -->`, `# mlsd-disable-line rule`) that names a rule mlsd does not have, or a misspelt directive (`mlsd-disabel-line`), silently suppresses nothing. The finding names the directive or rule id it most likely stands for, and the editor offers to correct it.',
  defaultSeverity: 'warning',
  tags: ['suppression'],
  examples: {
    bad: '<!-- mlsd-disable-next-line missing-steps -->\n## 6. Deployment and serving',
    good: '<!-- mlsd-disable-next-line missing-step -->\n## 6. Deployment and serving',
  },
  check(doc, { ruleIds: known }) {
    const reports: RuleReport[] = [];
    for (const comment of doc.suppressions) {
      if (comment.kind === 'unknown') {
        const guess = closest(comment.directive, suppressionDirectives);
        reports.push({
          message: guess
            ? `Unknown directive "${comment.directive}": it suppresses nothing. Did you mean "${guess}"?`
            : `Unknown directive "${comment.directive}"; use ${suppressionDirectives.map((d) => `"${d}"`).join(', ')}.`,
          range: comment.range,
          ...(guess ? { suggestion: correction(comment.range, comment.directive, guess) } : {}),
        });
        continue;
      }
      for (const { id, range } of comment.rules) {
        if (known.includes(id)) continue;
        const guess = closest(id, known);
        reports.push({
          message: `Unknown rule "${id}" in "${comment.directive}": it suppresses nothing.${guess ? ` Did you mean "${guess}"?` : ''}`,
          range,
          ...(guess ? { suggestion: correction(range, id, guess) } : {}),
        });
      }
    }
    return reports;
  },
};
