/**
 * The sub-sections a generated design doc is made of, step by step: the core ones every doc has, and extra ones
 * (feature groups, experiments, slices, services, dashboards...) that a long doc repeats with other names and numbers.
 * Content is format-neutral; render.ts writes it as Markdown or YAML.
 */
import type { Random } from './random';
import type { Topic } from './topics';

export type Content =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'code'; language: string; lines: string[] }
  | { kind: 'diagram'; name: string; lines: string[] };

export interface Block {
  title: string;
  contents: Content[];
}

export interface StepOutline {
  /** The YAML key of the step. */
  key: string;
  /** The Markdown heading of the step. */
  heading: string;
  core(topic: Topic, random: Random): Block[];
  extra(topic: Topic, random: Random, index: number): Block;
}

const paragraph = (...lines: string[]): Content => ({ kind: 'paragraph', lines });
const list = (...items: string[]): Content => ({ kind: 'list', items });
const thousands = (random: Random, min: number, max: number): string => random.int(min, max).toLocaleString('en-US');

const regions = ['North America', 'Europe', 'India', 'Brazil', 'Japan', 'Southeast Asia'];
const devices = ['iOS', 'Android', 'desktop web', 'mobile web', 'smart TV'];
const optimisers = ['Adam', 'AdamW', 'Adagrad', 'SGD with momentum'];
const stores = ['Kafka', 'the feature store', 'the data lake', 'BigQuery', 'a key-value cache', 'the label store'];
const services = [
  'candidate service',
  'ranking service',
  'feature service',
  'embedding service',
  'policy service',
  'logging service',
];

const requirements: StepOutline = {
  key: 'requirements',
  heading: '1. Clarifying requirements',
  core: (topic, random) => [
    {
      title: 'Business objective',
      contents: [
        paragraph(
          `The goal is to ${topic.goal}. Success is measured by the online metrics in the evaluation section, and the`,
          `${topic.items} we show must stay relevant for every ${topic.user}, including new ones without history.`,
        ),
      ],
    },
    {
      title: 'Scale and latency',
      contents: [
        list(
          `${random.int(50, 900)} M daily active users, about ${random.int(3, 20)} requests each per day.`,
          `${thousands(random, 20_000, 150_000)} QPS at peak, about ${random.int(2, 4)}× the daily average.`,
          `${random.int(1, 900)} M ${topic.items} in the catalogue, ${random.int(1, 50)} M new ones a day.`,
          `Latency budget: ${random.int(50, 300)} ms at p99 for the whole request.`,
        ),
      ],
    },
  ],
  extra: (topic, random, index) => ({
    title: `Open question ${index}: ${random.pick(['cold start', 'privacy', 'languages', 'freshness', 'fairness'])} in ${random.pick(regions)}`,
    contents: [
      paragraph(
        `We asked whether ${topic.items} from ${random.pick(regions)} need their own treatment on ${random.pick(devices)}.`,
        `The answer changes the traffic estimate by about ${random.int(5, 40)} % and the data we may store for ${random.int(30, 365)} days.`,
      ),
      list(
        `Assumption: ${random.int(2, 30)} % of ${topic.user}s are new each month.`,
        `Assumption: the ${topic.action} rate is ${random.int(1, 9)}.${random.int(0, 9)} % on average.`,
      ),
    ],
  }),
};

const framing: StepOutline = {
  key: 'framing',
  heading: '2. Framing the problem as an ML task',
  core: (topic) => [
    { title: 'ML objective', contents: [paragraph(`The ML objective is to ${topic.objective}.`)] },
    {
      title: 'Input and output',
      contents: [
        list(
          `Input: a ${topic.user} id with the request context (surface, device, time).`,
          `Output: a ranked list of ${topic.items} with a score each.`,
        ),
      ],
    },
    { title: 'ML category', contents: [paragraph(`We frame it as ${topic.category}.`)] },
  ],
  extra: (topic, random, index) => ({
    title: `Alternative framing ${index}`,
    contents: [
      paragraph(
        `A ${random.pick(['regression on dwell time', 'listwise ranking', 'multi-task model', 'contextual bandit'])} would also fit, but it needs`,
        `${random.pick(['denser labels', 'more serving compute', 'an exploration budget', 'calibrated outputs'])}, which we do not have for ${topic.items} yet.`,
      ),
    ],
  }),
};

const data: StepOutline = {
  key: 'data',
  heading: '3. Data preparation',
  core: (topic, random) => [
    {
      title: 'Data sources and labels',
      contents: [
        list(
          `${topic.item[0].toUpperCase()}${topic.item.slice(1)} table with metadata, stored in ${random.pick(stores)}.`,
          `Interaction logs streamed through Kafka and kept for ${random.int(30, 180)} days.`,
        ),
        paragraph(`Labels come from ${topic.labels}.`),
      ],
    },
    {
      title: 'Features',
      contents: [
        {
          kind: 'table',
          header: ['Group', 'Features', 'Encoding'],
          rows: topic.featureGroups
            .slice(0, 3)
            .map((group) => [
              group,
              `${group} counts over ${random.int(1, 30)} days`,
              random.pick(['embedding', 'one-hot', 'bucketised', 'normalised']),
            ]),
        },
      ],
    },
    {
      title: 'Class imbalance',
      contents: [
        paragraph(
          `Positives are about ${random.int(1, 5)} % of rows, so negatives are down-sampled to ${random.int(5, 20)} % and predictions re-calibrated.`,
        ),
      ],
    },
  ],
  extra: (topic, random, index) => {
    const group = random.pick(topic.featureGroups);
    return {
      title: `Feature group ${index}: ${group}`,
      contents: [
        {
          kind: 'table',
          header: ['Feature', 'Window', 'Encoding', 'Freshness'],
          rows: Array.from({ length: random.int(3, 6) }, (_, row) => [
            `${group} ${random.pick(['count', 'ratio', 'embedding', 'recency', 'trend'])} ${row + 1}`,
            `${random.int(1, 90)} days`,
            random.pick(['embedding', 'one-hot', 'bucketised', 'log-scaled']),
            random.pick(['streaming', 'hourly batch', 'daily batch']),
          ]),
        },
        {
          kind: 'code',
          language: 'sql',
          lines: [
            `SELECT ${topic.user}_id, COUNT(*) AS ${topic.action}_count_${index}`,
            `FROM interactions WHERE event_date >= CURRENT_DATE - ${random.int(7, 90)}`,
            `GROUP BY ${topic.user}_id;`,
          ],
        },
      ],
    };
  },
};

const model: StepOutline = {
  key: 'model',
  heading: '4. Model development',
  core: (topic, random) => [
    {
      title: 'Baseline',
      contents: [paragraph(`The baseline is ${topic.baseline}; every model must beat it offline first.`)],
    },
    {
      title: 'Model and loss function',
      contents: [
        paragraph(`We use ${topic.architecture}, trained with ${topic.loss}.`),
        list(
          `Time-based split: ${random.int(14, 60)} days of training, then ${random.int(2, 7)} days of validation.`,
          `Retrained ${random.pick(['daily', 'weekly', 'every six hours'])} on fresh data.`,
        ),
      ],
    },
  ],
  extra: (topic, random, index) => ({
    title: `Experiment ${index}: ${random.pick(['wider towers', 'more negatives', 'longer history', 'distillation', 'feature crosses'])}`,
    contents: [
      {
        kind: 'table',
        header: ['Setting', 'Value'],
        rows: [
          ['optimiser', random.pick(optimisers)],
          ['learning rate', `${random.int(1, 9)}e-${random.int(3, 5)}`],
          ['batch size', String(2 ** random.int(8, 13))],
          ['epochs', String(random.int(1, 20))],
        ],
      },
      paragraph(
        `Compared with the baseline, ${random.pick(topic.offlineMetrics)} moved by ${random.int(-3, 9)}.${random.int(0, 9)} points on the validation days.`,
      ),
      {
        kind: 'code',
        language: 'python',
        lines: [
          `model = build_model(hidden=${2 ** random.int(6, 10)}, dropout=0.${random.int(1, 5)})`,
          `model.fit(train_days, validation=validation_days, epochs=${random.int(1, 20)})`,
        ],
      },
    ],
  }),
};

const evaluation: StepOutline = {
  key: 'evaluation',
  heading: '5. Evaluation',
  core: (topic, random) => [
    {
      title: 'Offline metrics',
      contents: [
        {
          kind: 'table',
          header: ['Metric', 'Why', 'Target'],
          rows: topic.offlineMetrics
            .slice(0, 3)
            .map((metric) => [metric, 'fits the ML task', `+${random.int(1, 5)} % over baseline`]),
        },
      ],
    },
    {
      title: 'Online metrics',
      contents: [
        list(
          ...topic.onlineMetrics
            .slice(0, 3)
            .map((metric) => `${metric}, compared in an A/B test over ${random.int(7, 28)} days.`),
        ),
      ],
    },
  ],
  extra: (topic, random, index) => ({
    title: `Slice analysis ${index}: ${random.pick(devices)} in ${random.pick(regions)}`,
    contents: [
      {
        kind: 'table',
        header: ['Slice', random.pick(topic.offlineMetrics), 'Baseline'],
        rows: Array.from({ length: random.int(2, 5) }, () => [
          random.pick(['new users', 'heavy users', 'long tail', 'head items', 'weekend traffic']),
          `0.${random.int(20, 95)}`,
          `0.${random.int(10, 90)}`,
        ]),
      },
      list(`Online guardrail: ${random.pick(topic.onlineMetrics)} must not drop by more than ${random.int(1, 3)} %.`),
    ],
  }),
};

const serving: StepOutline = {
  key: 'serving',
  heading: '6. Deployment and serving',
  core: (topic, random) => [
    {
      title: 'Prediction pipeline',
      contents: [
        paragraph(
          `Predictions are computed online per request; embeddings of ${topic.items} are precomputed in a daily batch job.`,
        ),
        {
          kind: 'diagram',
          name: 'serving',
          lines: [
            'flowchart LR',
            `    A[${topic.user} request] --> B[Candidate generation]`,
            '    B --> C[Ranking model]',
            '    C --> D[Re-ranking and policies]',
            `    D --> E[${topic.items} shown]`,
            `    E --> F[(${random.pick(stores)})]`,
          ],
        },
      ],
    },
    {
      title: 'Rollout',
      contents: [
        list(
          `Shadow deployment for ${random.int(3, 14)} days, logging predictions without serving them.`,
          `Canary release to ${random.int(1, 5)} % of traffic, then an A/B test before the full ramp.`,
        ),
      ],
    },
  ],
  extra: (topic, random, index) => {
    const service = random.pick(services);
    const contents: Content[] = [
      paragraph(
        `The ${service} for ${topic.items} answers in ${random.int(5, 60)} ms at p99 and scales to ${thousands(random, 5_000, 90_000)} QPS on ${random.int(10, 200)} machines.`,
      ),
      {
        kind: 'code',
        language: 'yaml',
        lines: [
          `replicas: ${random.int(4, 64)}`,
          `timeout_ms: ${random.int(10, 80)}`,
          `model_version: v${index}.${random.int(0, 9)}`,
        ],
      },
    ];
    if (index % 3 === 0) {
      contents.push({
        kind: 'diagram',
        name: `service_${index}`,
        lines: [
          'sequenceDiagram',
          `    participant C as ${service}`,
          '    participant F as feature store',
          '    C->>F: get features',
          '    F-->>C: features',
        ],
      });
    }
    return { title: `Service ${index}: ${service}`, contents };
  },
};

const monitoring: StepOutline = {
  key: 'monitoring',
  heading: '7. Monitoring and infrastructure',
  core: (topic, random) => [
    {
      title: 'Monitoring',
      contents: [
        list(
          `Serving latency, error rate and QPS per region, with alerts on p99 above ${random.int(80, 300)} ms.`,
          `Data drift: population stability index of the top features, alert above 0.${random.int(1, 3)}.`,
          `Prediction drift: the mean score per hour against the same hour last week.`,
        ),
        paragraph(
          `When ${random.pick(topic.onlineMetrics)} drops for two days in a row the previous model is rolled back and retraining is triggered.`,
        ),
      ],
    },
  ],
  extra: (topic, random, index) => ({
    title: `Dashboard ${index}: ${random.pick(['freshness', 'quality', 'traffic', 'cost', 'labels'])}`,
    contents: [
      list(
        `${random.pick(topic.offlineMetrics)} on yesterday's traffic, alert below 0.${random.int(50, 90)}.`,
        `Feature null rate of ${random.pick(topic.featureGroups)}, alert above ${random.int(1, 5)} %.`,
        `Training pipeline lag, alert after ${random.int(2, 12)} hours.`,
      ),
    ],
  }),
};

export const stepOutlines: readonly StepOutline[] = [
  requirements,
  framing,
  data,
  model,
  evaluation,
  serving,
  monitoring,
];
