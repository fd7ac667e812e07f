import { stepIds } from '../../knowledge';
import type { Section, StepId, StepInfo } from './designDoc';
import { inheritedSteps } from './stepCoverage';

/**
 * The steps of a document checked for its structure only (parse/limits.ts), found by their headings alone: the text
 * is not read, so a step no heading names is missing, a named step whose sections hold no line of content is empty,
 * and one whose sections hold some is covered. Sets each section's steps to those it inherits from headings.
 */
export function structuralStepCoverage(
  sections: readonly Section[],
  sectionsWithContent: ReadonlySet<number>,
): Record<StepId, StepInfo> {
  const inherited = inheritedSteps(sections);
  sections.forEach((section, i) => {
    section.steps = [...inherited[i]];
  });
  const result = {} as Record<StepId, StepInfo>;
  for (const id of stepIds) {
    const named = sections.filter((section) => section.headingSteps.includes(id));
    const hasContent = sections.some((_, i) => inherited[i].includes(id) && sectionsWithContent.has(i));
    const first = named[0];
    result[id] = {
      id,
      state: named.length === 0 ? 'missing' : hasContent ? 'covered' : 'empty',
      sections: named.map((section) => section.index),
      headingRange: first?.headingRange,
      bodyRange: first?.bodyRange,
      words: 0,
      topics: [],
      basis: [],
    };
  }
  return result;
}
