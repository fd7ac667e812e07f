import type { Rule } from './rule';
import { stepIds } from '../../knowledge';
import { stepLabel } from './helpers/placement';
import { topLevelStepSections } from '../model/structure';

export const duplicateStep: Rule = {
  id: 'duplicate-step',
  name: 'Duplicate step',
  summary: "two top-level headings that are both a step's own title",
  description:
    'Two headings that are both the step\'s own title, with another step\'s section between them ("Evaluation" before and after "Serving"), split one answer in two; merge them so the reader finds the step in one place. Back-to-back parts ("Functional requirements", "Non-functional requirements") and sub-topic headings such as "Feature engineering" next to "Data preparation" are fine.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  examples: {
    bad: '## Evaluation\nOffline: nDCG@10.\n## Serving\n...\n## Evaluation\nOnline: CTR.',
    good: '## Evaluation\n### Offline metrics\nnDCG@10.\n### Online metrics\nCTR.',
  },
  check(doc) {
    const reports = [];
    const candidates = topLevelStepSections(doc);
    for (const id of stepIds) {
      const [first, ...later] = candidates.filter((section) => section.primarySteps.includes(id));
      for (const repeat of later) {
        // Back-to-back headings of one step ("Functional requirements", "Non-functional requirements") are its
        // parts; the answer is split only when another step's section stands between them.
        const between = candidates.some(
          (other) =>
            !other.headingSteps.includes(id) &&
            other.headingRange.start.line > first.headingRange.start.line &&
            other.headingRange.start.line < repeat.headingRange.start.line,
        );
        if (!between) continue;
        reports.push({
          message: `"${repeat.title}" repeats ${stepLabel(id)}, already started at line ${first.headingRange.start.line + 1}; merge the two sections.`,
          range: repeat.headingRange,
          step: id,
          related: [{ message: `First "${first.title}" section`, range: first.headingRange }],
        });
      }
    }
    return reports;
  },
};
