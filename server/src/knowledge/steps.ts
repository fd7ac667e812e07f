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
  /**
   * A bare noun that usually modifies another step's word ("Model evaluation", "Data drift", "Оценка модели"):
   * it names its step only when the heading names no other.
   */
  weak?: boolean;
}

/**
 * A sub-topic an interviewer expects within a step. The text shows it through the concepts of the sub-topic
 * (concepts/: each names its step and sub-topic).
 */
export interface SubTopic {
  id: string;
  label: string;
  /** The question a good answer to this sub-topic responds to; used in skeletons and hovers. */
  prompt: string;
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
  /**
   * What a reviewer needs before calling the step covered rather than thin: one sub-topic of each group (evaluation
   * needs offline and online metrics; monitoring needs monitoring or drift, not only retraining).
   */
  coveredNeeds?: string[][];
  /**
   * A step that design docs often settle in a sentence or two inside another step's text ("we treat it as binary
   * classification on <user, ad>", "the ranker is retrained daily"): such sentences count as a passing treatment
   * even in a doc laid out by steps, where any other step without a section of its own was left out.
   */
  settledInPassing?: boolean;
  /**
   * A step whose concepts describe every later step too (scale, latency, constraints): a sentence that also speaks
   * of another step is that step's detail ("the ranker scores 500 candidates in 30 ms"), not text about this one.
   */
  sharedVocabulary?: boolean;
  /**
   * Sub-topics whose words describe every later step too ("real-time", "hourly", "millions"): they count for the
   * step only with a figure ("10M DAU", "p99 under 50 ms"); "low latency" and "high volume" settle nothing.
   */
  sharedSubTopics?: readonly string[];
}

const p = (source: string): HeadingAlias => ({ pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), primary: true });
const s = (source: string): HeadingAlias => ({ pattern: new RegExp(`\\b(?:${source})\\b`, 'g'), primary: false });
/**
 * Headings in other scripts: CJK has no word boundaries between characters, and `\\b` only knows ASCII words, so
 * Cyrillic stems are matched as substrings too.
 */
const cjk = (source: string): HeadingAlias => ({ pattern: new RegExp(source, 'gu'), primary: false });
/** The step's own name in another script ("Оценка", "评估"): primary, like `p`. */
const cjkName = (source: string): HeadingAlias => ({ pattern: new RegExp(source, 'gu'), primary: true });
const weak = (alias: HeadingAlias): HeadingAlias => ({ ...alias, weak: true });
const topic = (id: string, label: string, prompt: string): SubTopic => ({ id, label, prompt });

export const steps: readonly StepDefinition[] = [
  {
    id: 'requirements',
    number: 1,
    title: 'Clarifying requirements',
    purpose: 'Pin down the business goal, scope, scale and constraints before designing anything.',
    interviewMinutes: 5,
    sharedVocabulary: true,
    sharedSubTopics: ['scale', 'latency'],
    headingAliases: [
      cjkName('요구 ?사항|요건|требовани|цели и предпосылки'),
      cjk('목표|бизнес-?цел|цели проекта|предпосылки|постановк\\S* (?:бизнес-?)?(?:задач|проблем)|описание проблемы'),
      cjkName('需求|澄清|要件'),
      cjk('明确问题|明確問題|要求|背景|目标|目標|業務目標|业务目标'),
      p('clarif\\w*(?: (?:the )?(?:requirements?|questions?|scope))?'),
      p('(?:functional |non functional |system |product )?requirements?(?: (?:gathering|clarification|analysis))?'),
      s('business (?:objectives?|goals?|context|problem)'),
      // "Questions" (to ask first) opens the requirements; "Interview questions", "Open questions" or "Architecture
      // questions" are a Q&A about the topic they name.
      s('^questions?\\b'),
      s('goals?'),
      // A bare "Objective" is the project's goal; the ML objective is named as such.
      s('^(?:project |product )?objectives?$'),
      s('objectives? and prerequisites'),
      s('prerequisites'),
      s('scope'),
      s('assumptions?'),
      s('constraints?'),
      s('use cases?'),
      s(
        '(?:problem |system |traffic |data )?scale(?! (?:the )?(?:design|system|out|up))(?: and (?:latency|performance|constraints))?',
      ),
      s('problem (?:statement|description|understanding|overview|definition|scoping|formulation)'),
      s('^problems?$'),
      s('understand\\w* the problem'),
      s('background'),
      // Design-doc templates open with why the work is done and where it sits: "Motivation", "Context and scope".
      s('^context$|context and (?:scope|goals?|background|motivation)'),
      s('motivation'),
      cjk('мотиваци'),
    ],
    subTopics: [
      topic(
        'business-objective',
        'business objective',
        'What does the business gain, and how is success measured today?',
      ),
      topic(
        'scale',
        'scale (users, items, QPS)',
        'How many users (DAU), items and requests per second, with the arithmetic?',
      ),
      topic('latency', 'latency budget', 'What is the end-to-end latency budget (p99, in ms)?'),
      topic('constraints', 'constraints', 'Privacy rules, on-device or cloud, compute budget, explainability?'),
      topic('questions', 'clarifying questions', 'Which questions would you ask the interviewer before designing?'),
      topic('scope', 'scope and assumptions', 'What is in and out of scope, and what do you assume?'),
    ],
    coveredNeeds: [['business-objective', 'scale', 'latency']],
  },
  {
    id: 'framing',
    number: 2,
    title: 'Framing the problem as an ML task',
    purpose: 'Turn the business goal into an ML objective, define the input and output, and choose the ML category.',
    interviewMinutes: 5,
    settledInPassing: true,
    headingAliases: [
      cjkName('문제 ?정의|문제 ?설정|ML ?문제|постановк\\S* (?:ml-?|ml )?задач|формулировк\\S* задач|ml-?задач'),
      cjkName(
        '问题定义|問題定義|问题建模|問題建模|机器学习任务|機器學習任務|ML ?任务|ML ?任務|问题形式化|問題形式化|課題設定|問題設定',
      ),
      cjk('优化目标|優化目標|学习目标|學習目標|建模为|建模為'),
      p('fram(?:e|es|ed|ing)(?: (?:the )?problem)?(?: as (?:an? )?(?:ml|machine learning) (?:task|problem))?'),
      p('(?:ml |machine learning )?problem (?:formulation|framing)'),
      s('problem definition'),
      p('(?:ml|machine learning) (?:formulation|objectives?|tasks?|problem|framing|category)'),
      s('formulat\\w+'),
      s('defin\\w+ the (?:ml |machine learning )?(?:problem|task|objective)'),
      s('(?:system |model )?inputs? (?:and|&|/) outputs?'),
      s('i ?/ ?o'),
      s('task (?:type|definition)'),
      s('learning objective'),
    ],
    subTopics: [
      topic(
        'ml-objective',
        'ML objective',
        'Which measurable quantity does the model optimise, and how could it be gamed?',
      ),
      topic('io', 'input and output', 'What goes in and what comes out, for the system and for each model?'),
      topic(
        'category',
        'ML category',
        'Which ML category (binary classification, learning to rank, retrieval, detection, ...) and why?',
      ),
      topic('ml-needed', 'why ML', 'Why are rules or heuristics not enough?'),
    ],
  },
  {
    id: 'data',
    number: 3,
    title: 'Data preparation',
    purpose: 'Say where data and labels come from, how it is stored and processed, and which features the model gets.',
    interviewMinutes: 8,
    headingAliases: [
      cjkName('데이터|данн(?:ые|ых|ым)|датасет'),
      cjk('특징|피처|признак|разметк'),
      cjkName('数据(?:准备|处理|收集|预处理)?|數據(?:準備|處理|收集|預處理)?|資料(?:準備|處理|收集|預處理)?|データ'),
      cjk('特征(?:工程)?|特徵(?:工程)?|标注|標註|标签|標籤|特徴量'),
      weak(p('data(?! scien)')),
      p(
        'data (?:preparation|prep|engineering|collection|processing|pipeline|sources?|analysis|requirements)(?: (?:and|&) (?:feature engineering|features|preparation|preprocessing|labels?))?',
      ),
      p('data (?:and|&) (?:feature engineering|features|preparation|preprocessing|labels?)'),
      p('data (?:cleaning|cleansing|validation|description|exploration|ingestion|schema)'),
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
      topic('sources', 'data sources', 'Where does the data come from (logs, tables, user- or system-generated)?'),
      topic('features', 'features', 'Which features, and how are they encoded (embeddings, buckets, normalisation)?'),
      topic(
        'labels',
        'labels',
        'Where do labels come from (natural interactions, human annotation), and how noisy are they?',
      ),
      topic('storage', 'storage and pipelines', 'How is data stored and moved (warehouse, streaming, ETL)?'),
      topic('splits', 'splits and sampling', 'How do you split (by time?), sample and handle class imbalance?'),
    ],
  },
  {
    id: 'model',
    number: 4,
    title: 'Model development',
    purpose: 'Start from a baseline, choose and justify a model, build the training set and name the loss.',
    interviewMinutes: 10,
    headingAliases: [
      weak(cjk('모델|модел')),
      cjkName('모델 ?(?:개발|학습|선택)|обучени'),
      cjk('학습|бейзлайн|базов\\S* решени'),
      weak(cjk('模型|モデル')),
      cjkName('模型(?:开发|開發|选择|選擇|训练|訓練|设计|設計)|モデル(?:開発|構築|学習)'),
      cjk('训练|訓練|(?<!機械)学習'),
      p('model(?:l)?ing'),
      p(
        'model (?:development|selection|architecture|training|design|choices?|alternatives|options|candidates|comparison)',
      ),
      // "Model selection & architecture": the architecture of the model just named.
      p('model (?:development|selection|training|design|choices?) (?:and|&) architectures?'),
      p('(?:ml|machine learning|deep learning|neural network) (?:architecture|approach|solution)'),
      weak(p('models?')),
      s('(?:model )?training'),
      s('baselines?'),
      s('algorithms?'),
      s('loss(?: functions?)?'),
      s('neural network'),
      s('architecture of the model'),
      // The architecture of a network is the model's; a bare "Architecture" is the system's (serving).
      s('(?:embedding|encoder|decoder|tower|transformer|network|cnn|rnn|dnn|ranker|classifier) architectures?'),
    ],
    subTopics: [
      topic('baseline', 'baseline', 'What simple baseline sets the bar (heuristic, logistic regression)?'),
      topic('model-choice', 'model choice', 'Which model, and what trade-offs justify it over the alternatives?'),
      topic('loss', 'loss function', 'Which loss function does training minimise?'),
      topic('training', 'training', 'How is the training set built, and how is the model trained and re-trained?'),
    ],
  },
  {
    id: 'evaluation',
    number: 5,
    title: 'Evaluation',
    purpose: 'Offline metrics that fit the ML task, online metrics that measure business impact, and why each fits.',
    interviewMinutes: 5,
    headingAliases: [
      cjkName('평가|지표|метрик|оценк'),
      cjk('пилот|валидаци'),
      cjkName('评估|評估|评价|評價|指标|指標|离线评估|離線評估|在线评估|線上評估|評価'),
      cjk('検証'),
      p('evaluat\\w*'),
      p('metrics?(?: (?:design|evaluation|selection))?'),
      p('(?:offline|online)(?: (?:and|&) (?:offline|online))? (?:metrics?|evaluation)'),
      s('kpis?'),
      // An A/B test measures the online metrics and tests a model in production: the evaluation's and the serving's.
      s('a ?/ ?b test\\w*'),
      s('success (?:criteria|metrics?|measures?)'),
      s('measur\\w+ success'),
      s('measuring(?: (?:and|&) reporting)?'),
      s('error analysis'),
      // "Input validation", "Request validation", "Validation and cleaning rules" check what a caller sends or what
      // the data holds: serving or data, not evaluation.
      s(
        '(?<!(?:input|request|schema|payload|field|data) )validation(?! (?:and|&) clean| rules)(?: schema| strategy| plan)?',
      ),
      s('pilot(?: (?:preparation|evaluation|design|plan))?'),
      s('results'),
    ],
    subTopics: [
      topic('offline', 'offline metrics', 'Which offline metrics fit the ML task, and why?'),
      topic('online', 'online metrics', 'Which online metrics measure business impact in an A/B test?'),
      topic('metric-talk', 'metric choice', 'Why does each metric fit, and which guardrail metrics must not degrade?'),
    ],
    coveredNeeds: [['offline'], ['online']],
  },
  {
    id: 'serving',
    number: 6,
    title: 'Deployment and serving',
    purpose:
      'How predictions are produced at scale (batch or online), the serving architecture, and how a model is rolled out safely.',
    interviewMinutes: 8,
    headingAliases: [
      cjkName('서빙|배포|внедрени|развертывани|развёртывани|деплой'),
      cjk('추론|инференс|интеграци|эксплуатац'),
      cjkName('部署|上线|上線|デプロイ|サービング'),
      cjk('服务|服務|推理|推論|线上|線上|本番'),
      p('deploy\\w*(?: (?:and|&) serving)?'),
      p('serving(?: (?:and|&) deployment)?'),
      p('serve'),
      p('model (?:deployment|serving)'),
      s('inference(?: (?:pipeline|service))?'),
      s('prediction (?:pipeline|service|serving)'),
      s('online (?:testing|experiments?)'),
      s('a ?/ ?b test\\w*'),
      weak(s('production')),
      s('testing in production|production testing'),
      s('system architecture|(?:high level|serving|overall) (?:design|architecture)'),
      s('architectur\\w*(?: components?| overview)?'),
      s('scaling|scal\\w+ (?:the )?(?:design|system|out|up)'),
      s('rollout'),
      s('roll ?backs?'),
      // The contract callers use to get predictions.
      s('api(?: (?:contract|design|spec\\w*|endpoints?))?'),
      s('launch'),
      s('integration'),
      s('implementation'),
    ],
    subTopics: [
      topic('mode', 'batch vs online prediction', 'Batch or online (real-time) prediction, and why?'),
      topic(
        'pipeline',
        'serving pipeline',
        'What is the serving pipeline (retrieval, ranking, re-ranking, feature store, ANN index)?',
      ),
      topic('rollout', 'testing in production', 'How is a new model tested in production (shadow, canary, A/B test)?'),
      topic(
        'scaling',
        'scaling and efficiency',
        'How does it scale and meet the latency budget (caching, sharding, compression)?',
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
    settledInPassing: true,
    headingAliases: [
      cjkName('모니터링|мониторинг'),
      cjk('유지 ?보수|сопровождени|поддержк'),
      cjkName('监控|監控|監視|モニタリング'),
      cjk('运维|運維|维护|維護|基础设施|基礎設施|運用'),
      p('monitor\\w*(?: (?:and|&) (?:infrastructure|maintenance|alerting|observability))?'),
      p('model (?:monitoring|maintenance)'),
      s('maintenance'),
      s('observability'),
      s('alert\\w*'),
      s('drift'),
      s('ml ?ops'),
      s('(?:ml|machine learning|mlops) (?:infrastructure|infra|platform)'),
      s('updates?'),
      s('retrain\\w*'),
      s('failure modes?'),
      // "Models in production" is their upkeep; "How it works in production" is the serving.
      s(
        'after (?:the )?(?:launch|release|deployment)|post[- ](?:launch|release|deployment)|(?:models?|ml|systems?) in production|^in production$',
      ),
      s('feedback loops?'),
    ],
    subTopics: [
      topic(
        'drift',
        'drift and distribution shift',
        'Which drift signals (feature, prediction, label drift; PSI, KL) do you track, with what thresholds?',
      ),
      topic(
        'monitoring',
        'monitoring and alerts',
        'Which operational and model-quality metrics are on dashboards and alerts?',
      ),
      topic('retraining', 'retraining', 'When and how is the model retrained, and how do you roll back?'),
      topic(
        'infra',
        'ML infrastructure',
        'Which platform pieces (pipelines, feature store, model registry, CI/CD) support it?',
      ),
    ],
    coveredNeeds: [['monitoring', 'drift']],
  },
];

export const stepIds: readonly StepId[] = steps.map((step) => step.id);

export function stepById(id: StepId): StepDefinition {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`unknown step id ${id}`);
  return step;
}
