import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/**
 * A measurable quantity the model optimises, or the prediction it makes: "the ML objective is ...", "predict the
 * probability that ...", "maximise the number of relevant videos watched", "retrieve images similar to the query".
 * A named prediction ("P(click)", "click prediction", "object detection") states the quantity too. A business goal
 * alone ("increase revenue") is not an ML objective, so "business objective:" does not count.
 */
const objective = new RegExp(
  [
    String.raw`\b(?:ml|machine[\s-]learning|model(?:'s)?|learning|training|optimi[sz]ation|prediction) (?:objective|target|goal)s?\b`,
    String.raw`(?<!\b(?:business|product|company|commercial)\s)\bobjectives?\s*(?:is|are|[:：=])`,
    String.raw`\b(?:predict|estimat|forecast|maximi[sz]|minimi[sz]|optimi[sz])\w*`,
    String.raw`\bclassif(?:y|ies|ying)\b`,
    String.raw`\bdetect(?:s|ing)?\b`,
    String.raw`\bretriev(?:e|es|ing)\b`,
    String.raw`\b(?:rank|score|sort)(?:s|ing)? (?:the |each |every |all |a |an |candidate )`,
    String.raw`\blearn(?:s|ing)? (?:an? |the )?(?:embeddings?|representations?|similarity|function|mapping)\b`,
    String.raw`\btarget (?:variable|label)\b`,
    String.raw`\b(?:the )?target is\b`,
    String.raw`\bembed(?:s|ding)? (?:the |each |every |all )?[\w-]+ (?:so|such|into|in)\b`,
    String.raw`\bP\s*\(\s*\w`,
    String.raw`\b[\w-]+ (?:detection|prediction|estimation|forecasting)\b`,
    String.raw`目标`,
    String.raw`预测`,
    String.raw`优化`,
  ].join('|'),
  'i',
);

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
    covers: objective,
    message: `${stepLabel('framing', true)} does not state the ML objective. Turn the business goal into a measurable quantity the model predicts or optimises, e.g. "predict the probability that the user registers for the event" or "maximise the number of relevant videos watched", and note how it could be gamed (optimising clicks alone invites clickbait).`,
    skeleton: subTopicSkeleton('framing', 'ml-objective'),
  },
);
