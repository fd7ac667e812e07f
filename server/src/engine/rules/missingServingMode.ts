import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

/** Phrases that choose how predictions are produced: ahead of time in batch, or on request. */
const servingMode = new RegExp(
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- polynomial only in a run of blanks within one line; a linear rewrite would change what it matches
  [
    String.raw`\bbatch(?:[\s-]+(?:job|pipeline|mode|process\w*))?[\s-]+(?:predictions?|inference|scoring|scored|recommendations?)\b`,
    String.raw`\b(?:predictions?|inference|scoring|embeddings?|recommendations?|scores?) (?:(?:are|is) )?(?:computed|generated|run|done|made) (?:offline|in batch(?:es)?|daily|nightly|hourly|ahead of time|in advance)\b`,
    String.raw`\boffline (?:batch |bulk )?(?:prediction|inference|scoring|processing|job)s?\b`,
    String.raw`\bpre[\s-]?(?:comput|calculat|generat)\w*`,
    String.raw`\b(?:online|real[\s-]?time|live|synchronous|streaming)[\s-]+(?:[\w-]+[\s-]+)?(?:predictions?|inference|scoring|serving|ranking|recommendations?)\b`,
    String.raw`\b(?:on|per|at) (?:each |every |a )?(?:requests?|query|queries)(?: time)?\b`,
    String.raw`\bon[\s-]demand\b`,
    String.raw`\bbatch (?:pipeline|job|mode|processing)\b`,
    String.raw`\b(?:nightly|daily|hourly|periodic(?:ally)?) (?:jobs?|runs?|batch(?:es)?|scoring|refresh(?:es)?)\b`,
    String.raw`\breal[\s-]?time\b`,
    String.raw`\b(?:runs?|served|scored|computed|made|done|happens?) (?:online|in real[\s-]?time|offline|in batch(?:es)?)\b`,
    String.raw`\bnot (?:in )?batch\b`,
    String.raw`\bevent[\s-]driven\b`,
    String.raw`\ba?synchronous(?:ly)?\b`,
    String.raw`\b(?:when|as soon as|whenever) (?:a |the )?(?:user|request|query|post|item) (?:opens|arrives|comes|loads|visits|searches|sends|scrolls|refreshes|is (?:uploaded|created|posted))\b`,
    // Chinese: online / real-time / offline / batch prediction or serving, precomputation.
    '(?:在线|实时|离线|批量|批处理)(?:服务|预测|推理|计算|打分)|预计算|预先计算',
  ].join('|'),
  'i',
);

export const missingServingMode = stepContentRule(
  {
    id: 'missing-serving-mode',
    name: 'Missing serving mode',
    summary: 'serving never chooses batch (precomputed) or online (on request) prediction',
    description:
      'The serving section never says whether predictions are computed ahead of time (batch prediction) or when a request arrives (online prediction). The choice drives freshness, latency, cost and which features can be used, so an interviewer expects it to be made and justified.',
    defaultSeverity: 'warning',
    tags: ['serving'],
    examples: {
      bad: '## 6. Deployment and serving\nThe model runs in a Docker container behind a load balancer.',
      good: '## 6. Deployment and serving\nOnline prediction: when the user opens the feed we retrieve 500 candidates from the ANN index and score them, within 150 ms. Recommendations for inactive users are precomputed nightly in batch.',
    },
  },
  {
    step: 'serving',
    // The choice is often made with the latency budget in the requirements ("real-time prediction").
    searchIn: ['serving', 'requirements'],
    covers: servingMode,
    message: `${stepLabel('serving', true)} does not say how predictions are produced. Choose batch prediction (precomputed periodically: cheap to serve, but stale and wasted on inactive users) or online prediction (computed on request: fresh, but needs a fast model and real-time features), or a hybrid, and say why it fits the latency budget.`,
    skeleton: subTopicSkeleton('serving', 'mode'),
  },
);
