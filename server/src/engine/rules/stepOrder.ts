import type { Section, StepId } from '../model/designDoc';
import { topLevelStepSections } from '../model/structure';
import type { Rule } from './rule';
import { stepById } from '../../knowledge';
import { stepLabel } from './helpers/placement';

export const stepOrder: Rule = {
  id: 'step-order',
  name: 'Step order',
  summary: "steps out of the framework's order (real docs reorder on purpose, so only a hint)",
  description:
    'The framework runs requirements → framing → data → model → evaluation → serving → monitoring. Real docs reorder steps for good reasons (metrics first is common), so this is only a hint to check the flow reads well.',
  defaultSeverity: 'info',
  tags: ['structure'],
  examples: {
    bad: '## Model development\n...\n## Data preparation\n...',
    good: '## Data preparation\n...\n## Model development\n...',
  },
  check(doc) {
    const firstSeen: { step: StepId; section: Section }[] = [];
    for (const section of topLevelStepSections(doc)) {
      for (const step of section.headingSteps) {
        if (!firstSeen.some((seen) => seen.step === step)) firstSeen.push({ step, section });
      }
    }
    const reports = [];
    for (let i = 1; i < firstSeen.length; i++) {
      const { step, section } = firstSeen[i];
      const later = firstSeen
        .slice(0, i)
        .find((seen) => stepById(seen.step).number > stepById(step).number && seen.section !== section);
      if (!later) continue;
      reports.push({
        message: `${stepLabel(step, true)} comes after ${stepLabel(later.step)}; the usual flow puts it first. Reordering is fine when deliberate.`,
        range: section.headingRange,
        step,
        related: [{ message: `${stepLabel(later.step)} starts here`, range: later.section.headingRange }],
      });
    }
    return reports;
  },
};
