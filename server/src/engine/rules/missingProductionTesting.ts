import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingProductionTesting = stepContentRule(
  {
    id: 'missing-production-testing',
    name: 'Missing production testing',
    summary: 'no A/B test, shadow deployment, canary, interleaving or bandit before full rollout',
    description:
      'Neither serving nor evaluation says how a new model is tried on real traffic before it replaces the old one: no A/B test, shadow deployment, canary release, interleaving or bandit. Offline gains often do not carry over online, so an interviewer expects a safe rollout plan and the comparison that decides it.',
    defaultSeverity: 'warning',
    tags: ['serving', 'evaluation'],
    examples: {
      bad: '## 6. Deployment and serving\nOnline prediction behind the feed service; every new model replaces the old one when training finishes.',
      good: '## 6. Deployment and serving\nA new model first runs in shadow mode on copied traffic, then takes 5% of users in an A/B test against the current model before ramping up.',
    },
  },
  {
    step: 'serving',
    searchIn: ['serving', 'evaluation'],
    concepts: ['production-testing', 'ab-test'],
    message: `${stepLabel('serving', true)} has no plan for testing a new model in production. Say how it meets real traffic safely: shadow deployment (predictions logged, not shown), a canary on a small share of traffic, then an A/B test against the current model on the online metric (or interleaving for rankers, bandits to shift traffic gradually), with rollback if guardrail metrics drop.`,
    skeleton: subTopicSkeleton('serving', 'rollout'),
  },
);
