/** The seven steps of the framework, in order. */
export type StepId = 'requirements' | 'framing' | 'data' | 'model' | 'evaluation' | 'serving' | 'monitoring';

/**
 * A phrase that, in a heading, names a step. `primary` marks the step's own name ("Evaluation",
 * "Data preparation") as opposed to a sub-topic that also identifies it ("Feature engineering").
 * Patterns are matched case-insensitively against a normalised heading (lower case, numbering,
 * emoji and punctuation stripped); when phrases overlap the longest wins, so "model deployment"
 * names serving, not model development.
 */
export interface HeadingAlias {
  pattern: RegExp;
  primary: boolean;
}

/** A sub-topic an interviewer expects within a step, recognised in free text by its cues. */
export interface SubTopic {
  id: string;
  label: string;
  /** The question a good answer to this sub-topic responds to; used in skeletons and hovers. */
  prompt: string;
  cues: RegExp;
}

export interface StepDefinition {
  id: StepId;
  number: number;
  title: string;
  /** What the interviewer wants from this step, in one sentence. */
  purpose: string;
  /** Typical minutes of a 45-minute interview spent on the step (the seven add up to 45). */
  interviewMinutes: number;
  headingAliases: HeadingAlias[];
  subTopics: SubTopic[];
}

const p = (source: string): HeadingAlias => ({ pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), primary: true });
const s = (source: string): HeadingAlias => ({ pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), primary: false });
/**
 * Headings in other scripts: CJK has no word boundaries between characters, and `\\b` only knows ASCII words, so
 * Cyrillic stems are matched as substrings too.
 */
const cjk = (source: string): HeadingAlias => ({ pattern: new RegExp(source, 'gu'), primary: false });
/** `\\b(?:a|b|…)` and what follows the group: a cue's alternatives, one per line. */
const anyOf = (alternatives: readonly string[], after = ''): string => `\\b(?:${alternatives.join('|')})${after}`;
const cue = (id: string, label: string, prompt: string, source: string): SubTopic => ({
  id,
  label,
  prompt,
  cues: new RegExp(source, 'gi'),
});

export const steps: readonly StepDefinition[] = [
  {
    id: 'requirements',
    number: 1,
    title: 'Clarifying requirements',
    purpose: 'Pin down the business goal, scope, scale and constraints before designing anything.',
    interviewMinutes: 5,
    headingAliases: [
      cjk('요구 ?사항|требовани|цели и предпосылки|бизнес-?цел'),
      cjk('需求|澄清|明确问题|要求|要件'),
      p('clarif\\w*(?: (?:the )?(?:requirements?|questions?|scope))?'),
      p('(?:functional |non functional |system |product )?requirements?(?: (?:gathering|clarification|analysis))?'),
      s('business (?:objectives?|goals?|context|problem)'),
      s('questions?'),
      s('goals?'),
      s('objectives? and prerequisites'),
      s('prerequisites'),
      s('scope'),
      s('assumptions?'),
      s('constraints?'),
      s('use cases?'),
      s(
        '(?:problem |system |traffic |data )?scale(?! (?:the )?(?:design|system|out|up))(?: and (?:latency|performance|constraints))?',
      ),
      s('problem (?:statement|description|understanding|overview)'),
      s('understand\\w* the problem'),
      s('background'),
    ],
    subTopics: [
      cue(
        'business-objective',
        'business objective',
        'What does the business gain, and how is success measured today?',
        anyOf([
          'business (?:objective|goal|metric)s?',
          'revenue',
          'engagement',
          'goal is',
          'objective is',
          'increase (?:the )?(?:number|user)',
        ]),
      ),
      cue(
        'scale',
        'scale (users, items, QPS)',
        'How many users (DAU), items and requests per second, with the arithmetic?',
        anyOf([
          'DAU',
          'MAU',
          'QPS',
          'RPS',
          'daily active',
          'monthly active',
          'requests? per (?:second|day)',
          '\\d+(?:[.,]\\d+)?\\s*(?:[kmb]|million|billion|thousand)\\b(?:\\s*(?:users|videos|items|posts|ads|images|listings|events|requests|queries))?',
        ]),
      ),
      cue(
        'latency',
        'latency budget',
        'What is the end-to-end latency budget (p99, in ms)?',
        '\\b(?:latency|\\d+\\s*ms\\b|milliseconds?|p9[59]|real[- ]time|response time)',
      ),
      cue(
        'constraints',
        'constraints',
        'Privacy rules, on-device or cloud, compute budget, explainability?',
        '\\b(?:constraints?|privacy|gdpr|on[- ]device|compute budget|regulat\\w+|explainab\\w+|compliance)',
      ),
      cue(
        'questions',
        'clarifying questions',
        'Which questions would you ask the interviewer before designing?',
        '\\?\\s*$',
      ),
      cue(
        'scope',
        'scope and assumptions',
        'What is in and out of scope, and what do you assume?',
        '\\b(?:in scope|out of scope|assum\\w+|non[- ]functional|functional requirements?)',
      ),
    ],
  },
  {
    id: 'framing',
    number: 2,
    title: 'Framing the problem as an ML task',
    purpose: 'Turn the business goal into an ML objective, define the input and output, and choose the ML category.',
    interviewMinutes: 5,
    headingAliases: [
      cjk('문제 ?정의|постановк\\S* задач|формулировк\\S* задач'),
      cjk('问题定义|问题建模|建模为|机器学习任务|ML ?任务|问题形式化'),
      p('fram\\w*(?: (?:the )?problem)?(?: as (?:an? )?(?:ml|machine learning) (?:task|problem))?'),
      p('(?:ml |machine learning )?problem (?:formulation|framing|definition)'),
      p('(?:ml|machine learning) (?:formulation|objectives?|tasks?|problem|framing|category)'),
      s('formulat\\w+'),
      s('defin\\w+ the (?:ml |machine learning )?(?:problem|task|objective)'),
      s('(?:system |model )?inputs? (?:and|&|/) outputs?'),
      s('i ?/ ?o'),
      s('task (?:type|definition)'),
      s('learning objective'),
    ],
    subTopics: [
      cue(
        'ml-objective',
        'ML objective',
        'Which measurable quantity does the model optimise, and how could it be gamed?',
        anyOf([
          'ml objective',
          'objective',
          'maximi[sz]e',
          'minimi[sz]e',
          'optimi[sz]e for',
          'predict(?:s|ing)? (?:the )?(?:probability|whether|how|which|if)',
        ]),
      ),
      cue(
        'io',
        'input and output',
        'What goes in and what comes out, for the system and for each model?',
        '\\b(?:inputs?|outputs?|returns? a ranked|given (?:a|an|the)\\b)|->|→|=>',
      ),
      cue(
        'category',
        'ML category',
        'Which ML category (binary classification, learning to rank, retrieval, detection, ...) and why?',
        anyOf([
          'classification',
          'classifier',
          'regression problem',
          'ranking problem',
          'learning[- ]to[- ]rank',
          'ltr',
          'point[- ]?wise',
          'pair[- ]?wise',
          'list[- ]?wise',
          'multi[- ](?:label|class|task)',
          'recommend(?:ation|er) (?:problem|system|task)',
          'retrieval',
          'representation learning',
          'object detection',
          'clustering',
          'link prediction',
          'edge prediction',
          'collaborative filtering',
          'content[- ]based filtering',
          'supervised',
          'unsupervised',
          'reinforcement learning',
        ]),
      ),
      cue(
        'ml-needed',
        'why ML',
        'Why are rules or heuristics not enough?',
        '\\b(?:heuristic|rule[- ]based|why ml|ml is needed)',
      ),
    ],
  },
  {
    id: 'data',
    number: 3,
    title: 'Data preparation',
    purpose: 'Say where data and labels come from, how it is stored and processed, and which features the model gets.',
    interviewMinutes: 8,
    headingAliases: [
      cjk('데이터|특징|피처|данн(?:ые|ых)|признак|разметк'),
      cjk('数据(?:准备|处理|收集|预处理)?|特征(?:工程)?|标注|标签'),
      p(
        'data(?! scien)(?: (?:preparation|prep|engineering|collection|processing|pipeline|sources?))?(?: (?:and|&) (?:feature engineering|features|preparation|preprocessing|labels?))?',
      ),
      s('feature engineering'),
      s('datasets?'),
      s('training data'),
      s('features?(?: (?:selection|representation|preparation|extraction))?'),
      s('labels?'),
      s('label(?:l)?ing'),
      s('annotations?'),
      s('etl'),
      s('eda'),
      s('exploratory data analysis'),
      s('pre ?processing'),
    ],
    subTopics: [
      cue(
        'sources',
        'data sources',
        'Where does the data come from (logs, tables, user- or system-generated)?',
        anyOf(
          [
            'data sources?',
            'logs?',
            'logged',
            'user[- ]\\w+ interactions?',
            'interaction data',
            'tables?',
            'schema',
            'raw data',
          ],
          '\\b',
        ),
      ),
      cue(
        'features',
        'features',
        'Which features, and how are they encoded (embeddings, buckets, normalisation)?',
        anyOf(
          [
            'features?',
            'feature engineering',
            'embeddings?',
            'one[- ]hot',
            'normali[sz]\\w+',
            'bucket\\w*',
            'hashing',
            'tokeni[sz]\\w+',
            'tf[- ]?idf',
            'standardi[sz]\\w+',
            'scaling',
          ],
          '\\b',
        ),
      ),
      cue(
        'labels',
        'labels',
        'Where do labels come from (natural interactions, human annotation), and how noisy are they?',
        '\\b(?:labels?|label(?:l)?ed|label(?:l)?ing|annotat\\w+|ground truth|positives?|negatives?)\\b',
      ),
      cue(
        'storage',
        'storage and pipelines',
        'How is data stored and moved (warehouse, streaming, ETL)?',
        '\\b(?:etl|warehouse|data lake|kafka|spark|flink|storage|sql|nosql|hdfs|s3|bigquery)\\b',
      ),
      cue(
        'splits',
        'splits and sampling',
        'How do you split (by time?), sample and handle class imbalance?',
        anyOf(
          [
            'train(?:ing)?[/ ,-]+(?:val\\w*|test)',
            'split',
            'sampling',
            'down[- ]?sampl\\w+',
            'up[- ]?sampl\\w+',
            'imbalance\\w*',
            'missing values?',
            'outliers?',
            'leakage',
            'cleaning',
          ],
          '\\b',
        ),
      ),
    ],
  },
  {
    id: 'model',
    number: 4,
    title: 'Model development',
    purpose: 'Start from a baseline, choose and justify a model, build the training set and name the loss.',
    interviewMinutes: 10,
    headingAliases: [
      cjk('모델|модел|обучени|бейзлайн'),
      cjk('模型(?:开发|选择|训练|设计)?|训练'),
      p('model(?:l)?ing'),
      p('model (?:development|selection|architecture|training|design|choice)'),
      p('models?'),
      s('(?:model )?training'),
      s('baselines?'),
      s('algorithms?'),
      s('loss(?: functions?)?'),
      s('neural network'),
      s('architecture of the model'),
    ],
    subTopics: [
      cue(
        'baseline',
        'baseline',
        'What simple baseline sets the bar (heuristic, logistic regression)?',
        '\\b(?:baselines?|heuristic|most popular|popularity)\\b',
      ),
      cue(
        'model-choice',
        'model choice',
        'Which model, and what trade-offs justify it over the alternatives?',
        anyOf(
          [
            'logistic regression',
            'linear regression',
            'gbdt',
            'gradient[- ]boost\\w*',
            'xgboost',
            'lightgbm',
            'random forest',
            'decision trees?',
            'neural net\\w*',
            'dnn',
            'mlp',
            'cnn',
            'rnn',
            'lstm',
            'transformers?',
            'bert',
            'resnet',
            'vit',
            'two[- ]tower',
            'matrix factori[sz]ation',
            'factori[sz]ation machines?',
            'gnn',
            'graphsage',
            'dcn',
            'deepfm',
            'wide ?& ?deep',
            'encoders?',
            'faster r-cnn',
            'yolo',
            'word2vec',
          ],
          '\\b',
        ),
      ),
      cue(
        'loss',
        'loss function',
        'Which loss function does training minimise?',
        '\\b(?:loss|cross[- ]entropy|hinge|contrastive|triplet|infonce|softmax|focal|bpr|mse)\\b',
      ),
      cue(
        'training',
        'training',
        'How is the training set built, and how is the model trained and re-trained?',
        anyOf(
          [
            'train(?:ing|ed)?',
            'epochs?',
            'optimi[sz]er',
            'adam',
            'sgd',
            'regulari[sz]\\w+',
            'dropout',
            'hyper[- ]?parameters?',
            'fine[- ]tun\\w+',
            'pre[- ]?trained',
            'distributed training',
            'negative sampling',
            'batch size',
          ],
          '\\b',
        ),
      ),
    ],
  },
  {
    id: 'evaluation',
    number: 5,
    title: 'Evaluation',
    purpose: 'Offline metrics that fit the ML task, online metrics that measure business impact, and why each fits.',
    interviewMinutes: 5,
    headingAliases: [
      cjk('평가|지표|метрик|оценк\\S* качеств'),
      cjk('评估|评价|指标|离线评估|在线评估'),
      p('evaluat\\w*'),
      p('metrics?(?: (?:design|evaluation|selection))?'),
      s('(?:offline|online)(?: (?:and|&) (?:offline|online))? (?:metrics?|evaluation)'),
      s('kpis?'),
      s('success (?:criteria|metrics?|measures?)'),
      s('measur\\w+ success'),
    ],
    subTopics: [
      cue(
        'offline',
        'offline metrics',
        'Which offline metrics fit the ML task, and why?',
        anyOf(
          [
            'offline',
            'precision',
            'recall',
            'f1',
            'f-score',
            'auc',
            'roc',
            'log[- ]?loss',
            'cross[- ]entropy',
            'nce',
            'ndcg',
            'dcg',
            'mrr',
            'mean reciprocal',
            'm?ap@?k?',
            'hit ?rate',
            'rmse',
            'mae',
            'mape',
            'iou',
            'accuracy',
          ],
          '\\b',
        ),
      ),
      cue(
        'online',
        'online metrics',
        'Which online metrics measure business impact in an A/B test?',
        anyOf(
          [
            'online',
            'ctr',
            'click[- ]through',
            'conversion',
            'revenue',
            'watch time',
            'engagement',
            'retention',
            'dau',
            'time spent',
            'dwell',
            'session',
            'a/b',
          ],
          '\\b',
        ),
      ),
      cue(
        'metric-talk',
        'metric choice',
        'Why does each metric fit, and which guardrail metrics must not degrade?',
        '\\b(?:metrics?|evaluat\\w+|measure\\w*|benchmark\\w*)\\b',
      ),
    ],
  },
  {
    id: 'serving',
    number: 6,
    title: 'Deployment and serving',
    purpose:
      'How predictions are produced at scale (batch or online), the serving architecture, and how a model is rolled out safely.',
    interviewMinutes: 8,
    headingAliases: [
      cjk('서빙|배포|внедрени|развертывани|развёртывани|деплой|инференс|интеграци'),
      cjk('部署|上线|服务|推理|线上'),
      p('deploy\\w*(?: (?:and|&) serving)?'),
      p('serving(?: (?:and|&) deployment)?'),
      p('serve'),
      p('model (?:deployment|serving)'),
      s('inference(?: (?:pipeline|service))?'),
      s('prediction (?:pipeline|service|serving)'),
      s('online (?:testing|experiments?)'),
      s('a ?/ ?b test\\w*'),
      s('production'),
      s('system architecture|(?:high level|serving|overall) (?:design|architecture)'),
      s('architectur\\w*(?: components?| overview)?'),
      s('scaling|scal\\w+ (?:the )?(?:design|system|out|up)'),
      s('rollout'),
      s('launch'),
      s('integration'),
    ],
    subTopics: [
      cue(
        'mode',
        'batch vs online prediction',
        'Batch or online (real-time) prediction, and why?',
        anyOf(
          [
            'batch (?:prediction|inference|scoring|job)',
            'online (?:prediction|inference|scoring)',
            'real[- ]time',
            'pre[- ]?comput\\w+',
            'offline (?:job|scoring)',
          ],
          '\\b',
        ),
      ),
      cue(
        'pipeline',
        'serving pipeline',
        'What is the serving pipeline (retrieval, ranking, re-ranking, feature store, ANN index)?',
        anyOf(
          [
            'candidate generation',
            'retrieval',
            're[- ]?rank\\w*',
            'ranking (?:service|stage)',
            'ann',
            'approximate nearest',
            'nearest neighbou?r',
            'faiss',
            'scann',
            'hnsw',
            'index\\w*',
            'services?',
            'api',
            'cach\\w+',
            'feature store',
            'fusion',
          ],
          '\\b',
        ),
      ),
      cue(
        'rollout',
        'testing in production',
        'How is a new model tested in production (shadow, canary, A/B test)?',
        '\\b(?:a/b|shadow|canary|interleav\\w+|bandits?|rollout|roll out|deploy\\w*)\\b',
      ),
      cue(
        'scaling',
        'scaling and efficiency',
        'How does it scale and meet the latency budget (caching, sharding, compression)?',
        anyOf(
          [
            'shard\\w*',
            'replica\\w*',
            'autoscal\\w+',
            'load balanc\\w+',
            'cloud',
            'on[- ]device',
            'quanti[sz]\\w+',
            'distill\\w*',
            'prun\\w+',
            'gpu',
            'throughput',
            'horizontal',
          ],
          '\\b',
        ),
      ),
    ],
  },
  {
    id: 'monitoring',
    number: 7,
    title: 'Monitoring and infrastructure',
    purpose:
      'Keep the system healthy after launch: drift and quality monitoring, alerts, retraining and the platform behind it.',
    interviewMinutes: 4,
    headingAliases: [
      cjk('모니터링|мониторинг|сопровождени'),
      cjk('监控|运维|维护|基础设施'),
      p('monitor\\w*(?: (?:and|&) (?:infrastructure|maintenance|alerting|observability))?'),
      p('model (?:monitoring|maintenance)'),
      s('maintenance'),
      s('observability'),
      s('alert\\w*'),
      s('drift'),
      s('ml ?ops'),
      s('updates?'),
      s('retrain\\w*'),
    ],
    subTopics: [
      cue(
        'drift',
        'drift and distribution shift',
        'Which drift signals (feature, prediction, label drift; PSI, KL) do you track, with what thresholds?',
        anyOf(
          [
            'drift',
            'distribution shift',
            'covariate shift',
            'concept drift',
            'label shift',
            'prior shift',
            'training[- ]serving skew',
            'psi',
            'kl divergence',
          ],
          '\\b',
        ),
      ),
      cue(
        'monitoring',
        'monitoring and alerts',
        'Which operational and model-quality metrics are on dashboards and alerts?',
        '\\b(?:monitor\\w*|alert\\w*|dashboards?|observability|logging)\\b',
      ),
      cue(
        'retraining',
        'retraining',
        'When and how is the model retrained, and how do you roll back?',
        anyOf(
          ['retrain\\w*', 'continual learning', 'continuous training', 'fine[- ]tun\\w+', 'refresh\\w*', 'roll ?back'],
          '\\b',
        ),
      ),
      cue(
        'infra',
        'ML infrastructure',
        'Which platform pieces (pipelines, feature store, model registry, CI/CD) support it?',
        anyOf(
          [
            'airflow',
            'kubeflow',
            'mlflow',
            'model registry',
            'ci/cd',
            'orchestrat\\w+',
            'experiment tracking',
            'feature store',
          ],
          '\\b',
        ),
      ),
    ],
  },
];

export const stepIds: readonly StepId[] = steps.map((step) => step.id);

export function stepById(id: StepId): StepDefinition {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`unknown step id ${id}`);
  return step;
}
