import type { Rule } from './rule';
import { stepIds, stepById } from '../../knowledge';
import { insertStepPrompts } from '../fixes/steps';
import { stepExpectations, stepLabel } from './helpers/placement';

export const emptyStep: Rule = {
  id: 'empty-step',
  name: 'Empty step',
  summary: 'a step heading followed by nothing, one-word bullets or placeholders',
  description:
    'A heading is not coverage. A step whose heading is followed by nothing, by one-word bullets or by placeholders has no real content yet.',
  defaultSeverity: 'warning',
  tags: ['structure'],
  examples: {
    bad: '## 7. Monitoring\n- Scaling\n- Monitoring\n- TBD',
    good: '## 7. Monitoring\nAlert when the share of missing features doubles; compare the live score distribution with training (PSI) daily.',
  },
  check(doc) {
    return stepIds
      .filter((id) => doc.steps[id].state === 'empty' && doc.steps[id].headingRange)
      .map((id) => {
        const prompts = insertStepPrompts(doc, id);
        return {
          message: `${stepLabel(id, true)} has a heading but no real content. ${stepById(id).purpose} Cover: ${stepExpectations(id)}.`,
          range: doc.steps[id].headingRange!,
          step: id,
          fix: prompts ? { title: `Insert prompts for ${stepLabel(id)}`, edits: [prompts] } : undefined,
        };
      });
  },
};
