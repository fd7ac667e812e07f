import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/** Ways to try a model on real traffic before it takes all of it. */
const productionTest = new RegExp(
  [
    String.raw`\b(?:a\s*\/\s*b|ab)[\s-]*test\w*`,
    String.raw`\ba\s*\/\s*b\b`,
    String.raw`\bsplit[\s-]test\w*`,
    String.raw`\bshadow(?:[\s-]+(?:mode|deploy\w*|traffic|test\w*|launch))?\b`,
    String.raw`\bcanar(?:y|ies)\b`,
    String.raw`\binterleav\w+`,
    String.raw`\b(?:multi[\s-]?armed[\s-]+)?bandits?\b`,
    String.raw`\bonline (?:experiment\w*|test\w*|controlled experiment\w*)`,
    String.raw`\b(?:gradual|staged|phased|percentage) (?:rollout|roll[\s-]out|ramp\w*)`,
    String.raw`\bdark launch\w*`,
    String.raw`\b(?:ramp\w*|roll\w*)[\s-]?(?:up|out)?\b[^.\n]{0,40}?\b\d+(?:\.\d+)?\s?%`,
    String.raw`\bcontrol (?:group|bucket)\b`,
    String.raw`\b(?:treatment|holdout|hold[\s-]out) (?:group|bucket|set of users)\b`,
  ].join('|'),
  'i',
);

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
    covers: productionTest,
    message: `${stepLabel('serving', true)} has no plan for testing a new model in production. Say how it meets real traffic safely: shadow deployment (predictions logged, not shown), a canary on a small share of traffic, then an A/B test against the current model on the online metric (or interleaving for rankers, bandits to shift traffic gradually), with rollback if guardrail metrics drop.`,
    skeleton: subTopicSkeleton('serving', 'rollout'),
  },
);
