import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingIo = stepContentRule(
  {
    id: 'missing-io',
    name: 'Missing input and output',
    summary: 'framing never defines the input and output of the system or its models',
    description:
      'The framing never defines the input and output, neither of the system (a user id in, a ranked list of 20 videos out) nor of the model (a <user, video> pair in, a watch probability out). Stating both shows how the ML task serves the product, and makes multi-stage systems explicit, since each stage has its own input and output.',
    defaultSeverity: 'warning',
    tags: ['framing'],
    examples: {
      bad: '## 2. Framing the problem as an ML task\nML objective: maximise the number of formed connections. This is a link prediction problem on the social graph.',
      good: '## 2. Framing the problem as an ML task\nML objective: maximise the number of formed connections, as link prediction on the social graph. System input: a user id; output: a ranked list of people. Model input: a pair of users with graph features; output: the probability that they connect.',
    },
  },
  {
    step: 'framing',
    concepts: ['io'],
    message: `${stepLabel('framing', true)} does not define the input and output. State what goes in and what comes out for the system (e.g. a user id in, a ranked list of 20 videos out) and for each model (e.g. a <user, video> pair in, P(watch) out); with several stages, give each its own.`,
    skeleton: subTopicSkeleton('framing', 'io'),
  },
);
