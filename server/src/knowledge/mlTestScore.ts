import type { TermSource } from './concepts/concept';
import type { EvidenceSpec } from './evidenceSpec';
import type { StepId } from './steps';

/**
 * The production-readiness rubric of "The ML Test Score" (Breck, Cai, Nielsen, Salib and Sculley, IEEE Big Data
 * 2017): 28 tests in four sections of seven. Read against a design doc, a test earns 0 when the doc says nothing,
 * ½ when it plans the check by hand and 1 when it plans an automated, repeated check; a section's score is the sum
 * of its tests and the final score the lowest section, so one neglected area caps the whole system.
 */
export const mlTestScoreCitation =
  'E. Breck, S. Cai, E. Nielsen, M. Salib, D. Sculley. The ML Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction. IEEE International Conference on Big Data, 2017.';

export type ReadinessSectionId = 'data' | 'model' | 'infrastructure' | 'monitoring';

export interface ReadinessSection {
  id: ReadinessSectionId;
  title: string;
}

export const readinessSections: readonly ReadinessSection[] = [
  { id: 'data', title: 'Features and data' },
  { id: 'model', title: 'Model development' },
  { id: 'infrastructure', title: 'ML infrastructure' },
  { id: 'monitoring', title: 'Monitoring' },
];

export interface ReadinessTest {
  /** Section and number as in the paper: `data-1` … `monitoring-7`. */
  id: string;
  section: ReadinessSectionId;
  /** The test as the paper states it. */
  title: string;
  /** What the doc lacks when the test scores 0, in a few words. */
  missing: string;
  /** What the doc could say to pass. */
  advice: string;
  /** The step whose section the finding points at, and where the advice belongs. */
  step: StepId;
  /** Any of these, stated, passes the test. */
  evidence: readonly EvidenceSpec[];
}

const test = (
  section: ReadinessSectionId,
  number: number,
  step: StepId,
  title: string,
  missing: string,
  advice: string,
  evidence: readonly EvidenceSpec[],
): ReadinessTest => ({ id: `${section}-${number}`, section, title, missing, advice, step, evidence });

const watched: readonly StepId[] = ['monitoring', 'serving'];

export const readinessTests: readonly ReadinessTest[] = [
  test(
    'data',
    1,
    'data',
    'Feature expectations are captured in a schema',
    'no feature schema',
    'Write down what each feature must look like (type, range, allowed values, missing rate) and check data against it.',
    [{ concept: 'data-quality', kind: 'validation' }],
  ),
  test(
    'data',
    2,
    'data',
    'All features are beneficial',
    'no check that each feature earns its place',
    'Say how you find features that do not help: feature importance, ablations, or dropping one at a time.',
    [{ concept: 'features', kind: 'importance' }],
  ),
  test(
    'data',
    3,
    'data',
    "No feature's cost is too much",
    'no feature cost',
    'Weigh what each feature costs (latency, compute, storage, upkeep) against the quality it brings.',
    [{ concept: 'feature-cost' }],
  ),
  test(
    'data',
    4,
    'data',
    'Features adhere to meta-level requirements',
    'no rules on what features may use',
    'State which data features may not use (protected attributes, unapproved or unlicensed sources) and how that is enforced.',
    [{ concept: 'feature-policy' }],
  ),
  test(
    'data',
    5,
    'data',
    'The data pipeline has appropriate privacy controls',
    'no privacy controls',
    'Say how personal data is protected: access control, anonymisation, retention limits, encryption.',
    [{ concept: 'privacy-controls' }],
  ),
  test(
    'data',
    6,
    'data',
    'New features can be added quickly',
    'no path for new features',
    'Say how a new feature goes from idea to production (feature store, backfill, experiment) and how long it takes.',
    [{ concept: 'feature-onboarding' }, { concept: 'ml-infrastructure', kind: 'feature-store' }],
  ),
  test(
    'data',
    7,
    'data',
    'All input feature code is tested',
    'no tests of the feature code',
    'Say that the code computing features has unit tests run on every change.',
    [{ concept: 'unit-tests', inSteps: ['data'] }],
  ),
  test(
    'model',
    1,
    'model',
    'Model specs are reviewed and submitted',
    'no review of model changes',
    'Say that model code and configuration are versioned and reviewed by a second engineer before they train or ship.',
    [{ concept: 'code-review' }],
  ),
  test(
    'model',
    2,
    'evaluation',
    'Offline and online metrics correlate',
    'no check that offline gains show up online',
    'Say how you check that offline metric gains move the online metric (compare them over past launches or a small A/B test).',
    [{ concept: 'metric-correlation' }],
  ),
  test(
    'model',
    3,
    'model',
    'All hyperparameters have been tuned',
    'no hyperparameter tuning',
    'Say how hyperparameters are tuned (grid, random or Bayesian search) and on which validation data.',
    [{ concept: 'training', kind: 'hyperparameters' }],
  ),
  test(
    'model',
    4,
    'monitoring',
    'The impact of model staleness is known',
    'no measure of how the model ages',
    'Say how quality falls as the model ages (replay older models on recent data) and the retraining cadence it implies.',
    [{ concept: 'model-staleness' }],
  ),
  test(
    'model',
    5,
    'model',
    'A simpler model is not better',
    'no simple baseline',
    'Compare the model with a simple baseline (a heuristic or logistic regression) and keep the gap as a check.',
    [{ concept: 'baseline' }],
  ),
  test(
    'model',
    6,
    'evaluation',
    'Model quality is sufficient on all important data slices',
    'no per-slice quality',
    'Report quality per important slice (country, language, new users, device), not only overall.',
    [{ concept: 'data-slices' }],
  ),
  test(
    'model',
    7,
    'evaluation',
    'The model has been tested for considerations of inclusion',
    'no fairness check',
    'Say how you check the model treats groups of users fairly (per-group metrics, a bias audit).',
    [{ concept: 'constraints', kind: 'fairness' }],
  ),
  test(
    'infrastructure',
    1,
    'model',
    'Training is reproducible',
    'no reproducible training',
    'Say how a training run can be repeated: pinned data snapshot, code version, seeds.',
    [{ concept: 'reproducibility' }],
  ),
  test(
    'infrastructure',
    2,
    'model',
    'Model specs are unit tested',
    'no unit tests of the model code',
    'Say that the model code has unit tests (a training step runs, the loss falls on a tiny batch) run in CI.',
    [{ concept: 'unit-tests' }],
  ),
  test(
    'infrastructure',
    3,
    'monitoring',
    'The ML pipeline is integration tested',
    'no end-to-end pipeline test',
    'Say that the whole pipeline, from raw data to a served model, is tested end to end on a small sample.',
    [{ concept: 'integration-tests' }],
  ),
  test(
    'infrastructure',
    4,
    'serving',
    'Model quality is validated before serving',
    'no quality gate before release',
    'Say which offline checks a new model must pass against the current one before it may serve.',
    [{ concept: 'release-validation' }],
  ),
  test(
    'infrastructure',
    5,
    'monitoring',
    'The model is debuggable',
    'no way to debug a prediction',
    'Say how you find out why the model made one prediction: logged inputs, replaying an example, explanations.',
    [{ concept: 'debuggability' }],
  ),
  test(
    'infrastructure',
    6,
    'serving',
    'Models are canaried before serving',
    'no canary',
    'Say that a new model first serves a small share of traffic and grows only while its health holds.',
    [{ concept: 'production-testing', kind: 'canary' }],
  ),
  test(
    'infrastructure',
    7,
    'serving',
    'Serving models can be rolled back',
    'no rollback plan',
    'Say how a bad model is rolled back to the previous one, how fast, and who decides.',
    [
      { concept: 'production-testing', kind: 'rollback' },
      { concept: 'retraining', kind: 'rollback' },
    ],
  ),
  test(
    'monitoring',
    1,
    'monitoring',
    'Dependency changes result in notification',
    'no notice of upstream changes',
    'Say how changes to upstream data sources and services reach the model owners (contracts, alerts on schema changes).',
    [{ concept: 'upstream-dependencies' }],
  ),
  test(
    'monitoring',
    2,
    'monitoring',
    'Data invariants hold in training and serving inputs',
    'no data checks on live inputs',
    'Say that serving inputs are checked against the training schema (types, ranges, missing rates) with alerts.',
    [{ concept: 'data-quality', kind: 'validation', inSteps: watched }],
  ),
  test(
    'monitoring',
    3,
    'monitoring',
    'Training and serving are not skewed',
    'no training-serving skew check',
    'Say how you keep features the same offline and online (shared feature code, logging served features) and measure the skew.',
    [{ concept: 'drift-monitoring', kind: 'training-serving-skew' }],
  ),
  test(
    'monitoring',
    4,
    'monitoring',
    'Models are not too stale',
    'no check of the served model age',
    'Say how often the model is retrained and what alerts when the served model is older than that.',
    [
      { concept: 'model-staleness', inSteps: watched },
      { concept: 'retraining', withoutKinds: ['rollback'] },
    ],
  ),
  test(
    'monitoring',
    5,
    'monitoring',
    'Models are numerically stable',
    'no check for NaN or infinite values',
    'Say what catches NaN or infinite values in features, weights and predictions during training and serving.',
    [{ concept: 'numerical-stability' }],
  ),
  test(
    'monitoring',
    6,
    'monitoring',
    'Computing performance has not regressed',
    'no latency or throughput watch',
    'Say that latency, throughput and memory of training and serving are tracked per release, with alerts on regressions.',
    [
      { concept: 'latency-budget', inSteps: ['monitoring'] },
      { concept: 'serving-scaling', inSteps: ['monitoring'] },
    ],
  ),
  test(
    'monitoring',
    7,
    'monitoring',
    'Prediction quality has not regressed',
    'no watch on live prediction quality',
    'Say how live prediction quality is measured (delayed labels, online metrics) and what alerts when it drops.',
    [
      { concept: 'drift-monitoring', kind: 'degradation' },
      { concept: 'online-metric', inSteps: ['monitoring'] },
      { concept: 'offline-metric', inSteps: ['monitoring'] },
    ],
  ),
];

/** The paper's reading of the final score: the lower bound of each band (exclusive, except 0) and what it means. */
export interface ReadinessBand {
  /** The band holds scores above this (0 holds exactly 0). */
  above: number;
  /** The band holds scores up to this, inclusive; Infinity for the last. */
  upTo: number;
  label: string;
  meaning: string;
}

export const readinessBands: readonly ReadinessBand[] = [
  { above: -1, upTo: 0, label: '0', meaning: 'More of a research project than a production system.' },
  {
    above: 0,
    upTo: 1,
    label: '(0, 1]',
    meaning: 'Not untested, but serious holes in reliability are likely.',
  },
  {
    above: 1,
    upTo: 2,
    label: '(1, 2]',
    meaning: 'A first pass at productionisation; more investment is needed.',
  },
  {
    above: 2,
    upTo: 3,
    label: '(2, 3]',
    meaning: 'Reasonably tested; more of the tests and procedures could be automated.',
  },
  {
    above: 3,
    upTo: 5,
    label: '(3, 5]',
    meaning: 'Strong automated testing and monitoring, fit for mission-critical systems.',
  },
  {
    above: 5,
    upTo: Infinity,
    label: '> 5',
    meaning: 'Exceptional automated testing and monitoring.',
  },
];

/**
 * Words that make a planned check automated and repeated rather than done once by hand: "alerts when", "runs in
 * CI", "nightly", "blocks the release". A statement naming a test's evidence with one of these earns the full point.
 */
export const automationCues: TermSource = {
  id: 'automated',
  terms: {
    en: [
      'automat*',
      '=CI',
      'ci/cd',
      'continuous*',
      'on every',
      'every commit',
      'each commit',
      'every change',
      'every release',
      'each release',
      'every run',
      'each run',
      'every model',
      'each model',
      'nightly',
      'hourly',
      'daily',
      'weekly',
      'scheduled',
      'alert*',
      'pager*',
      'pages',
      'blocks',
      'blocked',
      'fails the',
      'enforced',
    ],
    'zh-Hans': ['自动', '每天', '每日', '每小时', '告警', '持续集成'],
    'zh-Hant': ['自動', '每天', '每日', '每小時', '告警', '持續整合'],
    ja: ['自動', '毎日', '毎時', 'アラート', '継続的インテグレーション'],
    ko: ['자동', '매일', '매시간', '알림', '경보'],
    ru: ['автоматическ*', 'ежедневн*', 'ежечасн*', 'алерт*', 'оповещ*', 'каждый релиз', 'каждом релизе'],
  },
};
