import type { Rule } from './rule';
import { stepIds, stepById } from '../../knowledge';
import { insertMissingStep } from '../fixes/steps';
import { missingStepAnchor, stepExpectations, stepLabel } from './helpers/placement';

export const missingStep: Rule = {
  id: 'missing-step',
  name: 'Missing step',
  summary: 'a step with no heading and no content; reported where the step belongs',
  description:
    'Every design doc walks through the seven steps of the framework. A step with no heading and no text about it is missing; an interviewer would notice the gap at once.',
  defaultSeverity: 'error',
  tags: ['structure'],
  examples: {
    bad: '## 5. Evaluation\n...\n## 6. Deployment and serving\n...\n<!-- no monitoring section -->',
    good: '## 7. Monitoring and infrastructure\nTrack feature drift (PSI per feature, alert above 0.2), online CTR against the A/B baseline, and retrain weekly.',
  },
  check(doc) {
    return stepIds
      .filter((id) => doc.steps[id].state === 'missing')
      .map((id) => {
        const insertion = insertMissingStep(doc, id);
        return {
          message: `Missing ${stepLabel(id)}. ${stepById(id).purpose} A good answer covers: ${stepExpectations(id)}.`,
          range: missingStepAnchor(doc, id),
          step: id,
          ...(insertion ? { fix: { title: `Insert ${stepLabel(id)} skeleton`, edits: [insertion] } } : {}),
        };
      });
  },
};
