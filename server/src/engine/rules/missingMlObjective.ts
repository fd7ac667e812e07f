import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingMlObjective = stepContentRule(
  {
    id: 'missing-ml-objective',
    name: 'Missing ML objective',
    summary: 'framing states no ML objective, only the business goal',
    description:
      'The framing never turns the business goal into an ML objective: a measurable quantity the model predicts or optimises, such as "predict the probability that a user registers for an event" or "maximise the number of relevant videos watched". Without it the labels, loss and metrics have nothing to serve, and an interviewer also wants to hear how the objective could be gamed (clickbait).',
    defaultSeverity: 'warning',
    tags: ['framing'],
    examples: {
      bad: '## 2. Framing the problem as an ML task\nBusiness objective: more ticket sales. Input: a user; output: a ranked list of events. Category: pointwise learning to rank.',
      good: '## 2. Framing the problem as an ML task\nML objective: maximise event registrations, by predicting the probability that a user registers for a candidate event. Input: a user; output: a ranked list of events.',
    },
  },
  {
    step: 'framing',
    searchIn: ['framing', 'requirements'],
    concepts: ['ml-objective'],
    message: `${stepLabel('framing', true)} does not state the ML objective. Turn the business goal into a measurable quantity the model predicts or optimises, e.g. "predict the probability that the user registers for the event" or "maximise the number of relevant videos watched", and note how it could be gamed (optimising clicks alone invites clickbait).`,
    skeleton: subTopicSkeleton('framing', 'ml-objective'),
  },
);
