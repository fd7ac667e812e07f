/**
 * The domain rules of issue 4 beyond the fixtures: metric fit and its severities, offline/online filing, framing,
 * scale and latency, class imbalance, case-study expectations and the front-matter schema, on short docs that probe
 * the phrasings most likely to cause a false alarm.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultRules,
  lint,
  parseDesignDoc,
  type DocFormat,
  type Finding,
  suppressionEdit,
} from '../../server/src/engine';
import { scaleFigures } from '../../server/src/engine';
import { applyEdits } from '../helpers/textEdits';

const joinLines = (...lines: string[]): string => lines.join('\n');
const findings = (text: string, rule: string, format: DocFormat = 'markdown', severities = {}): Finding[] =>
  lint(parseDesignDoc(text, format), { rules: defaultRules, config: { severities } }).filter((f) => f.rule === rule);
const quoted = (text: string, finding: Finding): string =>
  text.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character);

/** A doc with the given framing and evaluation text; the other steps are complete enough to stay quiet. */
function doc(framing: string, evaluation: string, extra: { data?: string } = {}): string {
  return joinLines(
    '# Doc',
    '',
    '## 1. Clarifying requirements',
    'The goal is more engagement. 10M DAU, about 300 QPS at peak, over 2M items; responses within 200 ms p99.',
    '',
    '## 2. Framing the problem as an ML task',
    framing,
    '',
    '## 3. Data preparation',
    extra.data ??
      'Labels come from logged interactions; negatives are down-sampled to a tenth. Features are item embeddings and user history, split by week.',
    '',
    '## 4. Model development',
    'The baseline is a popularity heuristic; the main model is a two-tower network trained with a softmax cross-entropy loss.',
    '',
    '## 5. Evaluation',
    evaluation,
    '',
    '## 6. Deployment and serving',
    'Online prediction behind the API, with a shadow deployment and then an A/B test.',
    '',
    '## 7. Monitoring and infrastructure',
    'PSI of the main features against training to catch drift, alerts on the online metric, weekly retraining with rollback.',
  );
}

const rankingFraming =
  'The ML objective is to maximise relevant items watched. Input: a user; output: a ranked list of 20 items. A recommendation problem.';

test('metric-task-mismatch: ranking judged only by accuracy is an error, on the metric mention', () => {
  const text = doc(
    rankingFraming,
    'Offline: accuracy of the predicted relevance on a held-out week. Online: CTR in an A/B test.',
  );
  const [finding] = findings(text, 'metric-task-mismatch');
  assert.equal(finding?.severity, 'error');
  assert.equal(quoted(text, finding), 'accuracy');
  assert.match(finding.message, /nDCG@k/);
});

test("metric-task-mismatch: a configured severity overrides the finding's own", () => {
  const text = doc(
    rankingFraming,
    'Offline: accuracy of the predicted relevance on a held-out week. Online: CTR in an A/B test.',
  );
  assert.equal(
    findings(text, 'metric-task-mismatch', 'markdown', { 'metric-task-mismatch': 'hint' })[0]?.severity,
    'hint',
  );
  assert.deepEqual(findings(text, 'metric-task-mismatch', 'markdown', { 'metric-task-mismatch': 'off' }), []);
});

test('metric-task-mismatch: a ranking metric anywhere in the evaluation is enough', () => {
  const text = doc(
    rankingFraming,
    'Offline: accuracy of the relevance classifier and nDCG@10 of the list. Online: CTR in an A/B test.',
  );
  assert.deepEqual(findings(text, 'metric-task-mismatch'), []);
});

test('metric-task-mismatch: a metric set aside in the text does not count ("accuracy is misleading")', () => {
  const framing =
    'The ML objective is to predict whether a payment is fraud. Input: a payment; output: a fraud probability. Imbalanced binary classification.';
  const quiet = doc(
    framing,
    'Offline: precision and recall at the threshold and PR-AUC; accuracy is misleading here because fraud is rare. Online: fraud losses in an A/B test.',
  );
  assert.deepEqual(findings(quiet, 'metric-task-mismatch'), []);
  const loud = doc(
    framing,
    'Offline: accuracy, then precision and recall at the threshold. Online: fraud losses in an A/B test.',
  );
  assert.equal(findings(loud, 'metric-task-mismatch')[0]?.severity, 'warning');
});

test('metric-task-mismatch: click-probability models need a probability metric; ROC-AUC with log loss is fine', () => {
  const framing =
    'The ML objective is to predict the click probability of an ad; input: a user and an ad; output: P(click). Pointwise binary classification.';
  const [finding] = findings(
    doc(framing, 'Offline: ROC-AUC on the next day. Online: CTR and revenue in an A/B test.'),
    'metric-task-mismatch',
  );
  assert.equal(finding?.severity, 'warning');
  assert.match(finding.message, /calibration/);
  assert.deepEqual(
    findings(
      doc(framing, 'Offline: ROC-AUC and normalized cross-entropy (NE) on the next day. Online: CTR in an A/B test.'),
      'metric-task-mismatch',
    ),
    [],
  );
});

test('metric-task-mismatch: "accuracy within ±5 minutes" is a regression metric', () => {
  const framing =
    'The ML objective is to predict the delivery time in minutes. Input: an order; output: minutes. Regression.';
  assert.deepEqual(
    findings(
      doc(
        framing,
        'Offline: MAE and accuracy within ±5 minutes on a held-out week. Online: late orders in an A/B test.',
      ),
      'metric-task-mismatch',
    ),
    [],
  );
});

test('metric-task-mismatch: the case study of the front matter gives the category when the framing names none', () => {
  const text = `---\ncase: ad-click-prediction\n---\n${doc('The ML objective is to predict whether the user clicks. Input: user and ad; output: a score.', 'Offline: accuracy and F1 on the last day. Online: CTR and revenue in an A/B test.')}`;
  const [finding] = findings(text, 'metric-task-mismatch');
  assert.match(finding?.message ?? '', /CTR prediction/);
  assert.equal(quoted(text, finding), 'accuracy');
});

test('offline-online-confusion: labels inside a line, and task names or qualified mentions are not misfilings', () => {
  const flagged = doc(
    rankingFraming,
    'Offline: CTR and recall@50 on logs. Online: nDCG@10 and watch time in an A/B test.',
  );
  assert.deepEqual(
    findings(flagged, 'offline-online-confusion').map((f) => quoted(flagged, f)),
    ['CTR', 'nDCG@10'],
  );
  const quiet = doc(
    rankingFraming,
    joinLines(
      '- Offline: log loss of the CTR prediction model and nDCG@10; a CTR proxy from counterfactual replay.',
      '- Online: CTR and watch time; we also check that offline nDCG moves with the online gain.',
    ),
  );
  assert.deepEqual(findings(quiet, 'offline-online-confusion'), []);
});

test('offline-online-confusion: a heading that only mixes the words ("Model development and offline evaluation") is not a label', () => {
  const text = joinLines(
    '# Doc',
    '## Model development and offline evaluation',
    'A GBDT predicts CTR for each candidate; we compare it with the baseline on held-out logs using nDCG@10 and recall@100.',
    '## Evaluation',
    '### Online metrics',
    'CTR and conversion rate in an A/B test.',
  );
  assert.deepEqual(findings(text, 'offline-online-confusion'), []);
});

test('missing-ml-category: "predict whether" and "the probability that" name a binary classifier', () => {
  const text = doc(
    'The ML objective is to predict whether a subscriber cancels within 30 days. Input: account history; output: the probability that they cancel.',
    'Offline: PR-AUC. Online: cancellations in an A/B test.',
  );
  assert.deepEqual(findings(text, 'missing-ml-category'), []);
  const bare = doc(
    'The ML objective is to maximise the minutes listened per session.',
    'Offline: recall@50. Online: minutes listened in an A/B test.',
  );
  assert.equal(findings(bare, 'missing-ml-category').length, 1);
});

test('missing-ml-objective: a business goal alone is not an ML objective', () => {
  const text = doc(
    'Business objective: more bookings. Input: a search; output: a ranked list of hotels. Listwise learning to rank.',
    'Offline: nDCG@10. Online: bookings in an A/B test.',
  );
  assert.equal(findings(text, 'missing-ml-objective').length, 1);
});

test('missing-scale-numbers: counts of users, items or requests in any common form', () => {
  for (const yes of [
    '2B+ users',
    'DAU: 300M',
    'videos (1B)',
    '4K ads requests per second',
    '50 QPS at peak',
    'hundreds of millions of posts',
    'about 10 TB of logs',
    '1,500,000 listings',
    '每日 300 萬筆訂單',
    '每秒 150 筆請求',
    '2 млн пользователей',
    '100 запросов в минуту',
  ]) {
    assert.ok(scaleFigures(yes).length > 0, yes);
  }
  for (const no of [
    'a large number of users',
    'top 10 videos',
    'ad impression',
    'step 3',
    '20 features per user',
    'within 30 days',
  ]) {
    assert.deepEqual(scaleFigures(no), [], no);
  }
});

test('missing-latency-budget: "real-time" alone is flagged on the word; an explicit "latency is not critical" is an answer', () => {
  const base = (requirements: string) =>
    joinLines(
      '# Doc',
      '',
      '## 1. Clarifying requirements',
      requirements,
      '',
      '## 2. Framing',
      'Predict whether a photo shows a face; output: boxes.',
    );
  const vague = base('Blur faces in real time for 2M photos a day.');
  const [finding] = findings(vague, 'missing-latency-budget');
  assert.equal(quoted(vague, finding), 'real time');
  for (const answered of [
    'Blur faces in 2M photos a day; photos are processed offline in batch, so latency is not critical.',
    'Blur faces in 2M photos a day; there is no real-time requirement.',
    'Blur faces in 2M photos a day within a sub-second budget per photo.',
    'Blur faces in 2M photos a day, each within 300 ms at p95.',
  ]) {
    assert.deepEqual(findings(base(answered), 'missing-latency-budget'), [], answered);
  }
});

test('class-imbalance: rare positives need handling; hard negatives or a sampling ratio count as handling', () => {
  const framing =
    'The ML objective is to predict the probability that a user clicks an ad. Input: user and ad; output: P(click). Binary classification.';
  const data =
    'Labels: a click within 30 s of an impression is a positive, other impressions are negatives; CTR is about 1 %.';
  const [finding] = findings(
    doc(framing, 'Offline: log loss. Online: CTR in an A/B test.', { data }),
    'class-imbalance',
  );
  assert.ok(finding);
  assert.ok(finding.related?.length, 'points at the sign of rare positives');
  for (const handling of [
    'We keep a 1:4 ratio of positives to negatives.',
    'Negatives are sampled per positive.',
    'The loss uses class weights.',
    'We mine hard negatives.',
  ]) {
    assert.deepEqual(
      findings(
        doc(framing, 'Offline: log loss. Online: CTR in an A/B test.', { data: `${data} ${handling}` }),
        'class-imbalance',
      ),
      [],
      handling,
    );
  }
});

test('class-imbalance: a multi-class task needs an explicit sign of imbalance, not an online metric', () => {
  const framing =
    'The ML objective is to predict the category of a listing. Input: title and photo; output: one of 5,000 categories. Multi-class classification.';
  assert.deepEqual(
    findings(
      doc(framing, 'Offline: top-5 accuracy and macro F1. Online: search conversion rate in an A/B test.'),
      'class-imbalance',
    ),
    [],
  );
});

test('case-study-expectation: one info per missing element, silent for `custom` and for steps still to be written', () => {
  const body = doc(
    'The ML objective is to predict the click probability; input user and ad, output P(click); binary classification.',
    'Offline: ROC-AUC. Online: CTR in an A/B test.',
  );
  const reported = findings(`---\ncase: ad-click-prediction\n---\n${body}`, 'case-study-expectation');
  assert.ok(reported.length > 0);
  assert.ok(reported.every((f) => f.severity === 'info'));
  assert.ok(reported.some((f) => /calibrat/i.test(f.message)));
  assert.deepEqual(findings(`---\ncase: custom\n---\n${body}`, 'case-study-expectation'), []);
  assert.deepEqual(
    findings('---\ncase: ad-click-prediction\n---\n# Draft\n\n## Evaluation\n', 'case-study-expectation'),
    [],
  );
});

test('front-matter-schema: a misspelt value gets a suggestion; keys of other tools are allowed', () => {
  const text = '---\nmlsd: 1\nlevel: Senior\nlayout: post\n---\n# Doc\n';
  const [finding] = findings(text, 'front-matter-schema');
  assert.equal(quoted(text, finding), 'Senior');
  assert.match(
    finding.message,
    /^level: "Senior" is not a known target level; expected one of junior, mid, senior, staff, principal\. Did you mean "senior"\?$/,
  );
  assert.equal(findings(text, 'front-matter-schema').length, 1);
});

test('front-matter-schema: a YAML step of the wrong type gets one message, an empty step key none', () => {
  const text = 'mlsd: 1\ntitle: Draft\nevaluation: 5\nmonitoring:\n';
  const reported = findings(text, 'front-matter-schema', 'yaml');
  assert.equal(reported.length, 1);
  assert.equal(quoted(text, reported[0]), '5');
  assert.match(
    reported[0].message,
    /^evaluation must be text, a list of points or a map of sub-sections, not the number 5\./,
  );
});

test('front-matter-schema: nested problems point at the nested value', () => {
  const text = 'mlsd: 1\ntags:\n  - ads\n  - ""\ndiagrams:\n  serving: ""\n';
  const reported = findings(text, 'front-matter-schema', 'yaml');
  assert.deepEqual(
    reported.map((f) => [f.range.start.line, f.message.split(' ')[0]]),
    [
      [3, 'tags[1]'],
      [5, 'diagrams.serving'],
    ],
  );
});

test('front-matter-schema: "disable for this line" in Markdown front matter is a YAML comment that keeps the YAML valid', () => {
  const text = '---\nmlsd: 1\nstatus: done\nlevel: expert\n---\n# Doc\n';
  const model = parseDesignDoc(text, 'markdown');
  const finding = lint(model, { rules: defaultRules }).find(
    (f) => f.rule === 'front-matter-schema' && f.range.start.line === 2,
  );
  assert.ok(finding);
  const fixed = applyEdits(text, [suppressionEdit(model, finding, 'line')]);
  assert.equal(
    fixed,
    '---\nmlsd: 1\n# mlsd-disable-next-line front-matter-schema\nstatus: done\nlevel: expert\n---\n# Doc\n',
  );
  const after = lint(parseDesignDoc(fixed, 'markdown'), { rules: defaultRules });
  assert.deepEqual(
    after.filter((f) => f.rule !== 'missing-step').map((f) => `${f.range.start.line}:${f.rule}`),
    ['4:front-matter-schema'],
    'only the other key is still reported, and the YAML still parses',
  );
});
