import { stepContentRule, subTopicSkeleton } from './helpers/stepContent';
import { stepLabel } from './helpers/placement';

export const missingLabelSource = stepContentRule(
  {
    id: 'missing-label-source',
    name: 'Missing label source',
    summary: 'data preparation never says where labels come from',
    description:
      'Data preparation (and model development, where the training set is built) never says where the labels come from: natural labels from user interactions (clicks, reports, bookings), human annotation, or self-supervision. Without a label definition there is no training data, and interviewers want to hear how noisy, delayed or biased the labels are.',
    defaultSeverity: 'warning',
    tags: ['data'],
    examples: {
      bad: '## 3. Data preparation\nUser, video and watch-history tables are joined daily in Spark; features are normalised and bucketed.',
      good: '## 3. Data preparation\nLabels are natural: a video watched for more than half its length is a positive, an impression skipped within 3 s a negative. A small human-rated set checks label noise.',
    },
  },
  {
    step: 'data',
    searchIn: ['data', 'model'],
    concepts: ['label-source'],
    message: `${stepLabel('data', true)} does not say where labels come from. Define the training target and its source: natural labels from interactions (e.g. a click within t seconds is a positive, an ignored impression a negative), human annotation (accurate but slow and costly), or self-supervision, and note how noisy or delayed the labels are.`,
    skeleton: subTopicSkeleton('data', 'labels'),
  },
);
