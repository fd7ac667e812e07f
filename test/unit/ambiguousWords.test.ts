/**
 * Words with an everyday meaning name a concept only in the sense a reviewer would read: "Target" is the label or a
 * goal figure, "coverage" is the catalogue metric only with the catalogue in view, a data loss is not a training loss.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';

const conceptsIn = (sentence: string): string[] =>
  parseDesignDoc(`# Doc\n\n${sentence}\n`, 'markdown').evidence.map((evidence) => evidence.concept);

/** The polarities a sentence gives one concept's occurrences. */
const polaritiesOf = (concept: string, sentence: string): Set<string> =>
  new Set(
    parseDesignDoc(`# Doc\n\n${sentence}\n`, 'markdown')
      .evidence.filter((evidence) => evidence.concept === concept)
      .map((evidence) => evidence.polarity),
  );

test('"Target:" before a label is the label source; before a comparison, an amount or a bound it is a goal', () => {
  assert.ok(conceptsIn('Target: a booking within 24 hours of the search.').includes('label-source'));
  assert.ok(conceptsIn('Target variable: 1 when the user books.').includes('label-source'));
  for (const goal of [
    'Target: <1 hour for high-confidence violations.',
    'Target: 99.9% of requests answered.',
    'Target: under 200 ms at p99.',
    'Target: $1.00 per review at most.',
    'Target: at least 95% recall.',
  ])
    assert.ok(!conceptsIn(goal).includes('label-source'), goal);
});

test('"the target is" names the ML objective, unless a goal figure follows', () => {
  assert.ok(conceptsIn('The target is whether the user books the hotel.').includes('ml-objective'));
  assert.ok(!conceptsIn('The target is 50 ms at p99 for the whole request.').includes('ml-objective'));
  assert.ok(!conceptsIn('The target is below 1% of daily users.').includes('ml-objective'));
});

test('bare "coverage" is not the catalogue metric; catalogue or item coverage is', () => {
  for (const everyday of [
    'Explicit feedback is clean but has under 1% coverage; implicit feedback covers every user.',
    'Coverage expansion: new markets get the model first.',
    'Unit tests keep code coverage above 80%.',
  ])
    assert.ok(!conceptsIn(everyday).includes('offline-metric'), everyday);
  assert.ok(conceptsIn('We also track catalog coverage of the recommendations.').includes('offline-metric'));
  assert.ok(conceptsIn('Offline: item coverage and coverage@50 on the test week.').includes('offline-metric'));
});

test('"loss" is the training loss, not a data, revenue or user loss', () => {
  assert.ok(conceptsIn('The loss is binary cross-entropy on the click label.').includes('loss'));
  assert.ok(conceptsIn('Training minimises a pairwise ranking loss.').includes('loss'));
  for (const everyday of [
    'Replicas in two regions prevent data loss.',
    'A false ban means revenue loss and user loss for the seller.',
  ])
    assert.ok(!conceptsIn(everyday).includes('loss'), everyday);
});

test('"the probability of" a click is what the model estimates; that of an A/B test outcome is statistics', () => {
  for (const objective of [
    'The model outputs the probability of a click on the ad.',
    'We estimate the probability that the guest books.',
  ]) {
    const concepts = conceptsIn(objective);
    assert.ok(concepts.includes('ml-objective') && concepts.includes('ml-category'), objective);
  }
  for (const statistics of [
    'Power is the probability of observing a significant lift when there is one.',
    'Alpha is the probability of rejecting the null hypothesis when it holds.',
    'Keep the probability of a type I error at 5%.',
  ]) {
    const concepts = conceptsIn(statistics);
    assert.ok(!concepts.includes('ml-objective') && !concepts.includes('ml-category'), statistics);
  }
});

test('an entry of a list of measures under a step heading defines a measure, not a passing word on another step', () => {
  const measures = [
    '# Moderation metrics',
    '## Operational metrics',
    '- **Data Quality Score**: completeness and accuracy of the input data feeds',
    '- **Storage Usage**: disk space taken by content, features and models',
    '- **GPU Utilization**: GPU usage of the image classifier serving fleet',
    '- **Batch Processing Time**: time to complete the daily content rescan job',
  ].join('\n');
  const passing = (text: string, step: 'data' | 'serving'): number =>
    parseDesignDoc(text, 'markdown').steps[step].basis.filter((basis) => basis.via === 'passing').length;
  const doc = parseDesignDoc(measures, 'markdown');
  assert.equal(doc.steps.data.state, 'missing');
  assert.equal(doc.steps.serving.state, 'missing');
  assert.equal(passing(measures, 'data') + passing(measures, 'serving'), 0);
  // The same sentences as plain notes touch those steps in passing.
  const notes = measures.replace(/\*\*[^*]+\*\*: /g, '');
  assert.ok(passing(notes, 'data') + passing(notes, 'serving') > 0);
});

test('an entry that defines a metric by its name ("**mAP (mean Average Precision)**: ...") is no passing framing', () => {
  const metrics = [
    '# Helmet detection',
    '## Evaluation',
    '- **mAP (mean Average Precision)**: the quality of object detection, averaged over the classes.',
    '- **IoU (Intersection over Union)**: the overlap between a predicted and a true bounding box.',
  ].join('\n');
  const passing = (text: string): number =>
    parseDesignDoc(text, 'markdown').steps.framing.basis.filter((basis) => basis.via === 'passing').length;
  assert.equal(passing(metrics), 0);
  // Under a heading that names no step the entries are the evaluation's text, not the framing's.
  const unheaded = parseDesignDoc(metrics.replace('## Evaluation', '## Stage 2'), 'markdown');
  assert.equal(unheaded.steps.framing.state, 'missing');
  assert.equal(unheaded.steps.evaluation.state, 'thin');
  assert.ok(passing(metrics.replace(/\*\*[^*]+\*\*: /g, '')) > 0);
});

test('"or not" and "if not" close an alternative ("whether it is fraud or not", "0 if not"); they negate nothing', () => {
  const polarities = (sentence: string): Set<string> => polaritiesOf('ml-category', sentence);
  const stated = new Set(['stated']);
  assert.deepEqual(
    polarities('Deciding whether a transaction is fraudulent or not is a supervised binary classification problem.'),
    stated,
  );
  assert.deepEqual(polarities('Мошенническая транзакция или нет: это задача бинарной классификации.'), stated);
  assert.deepEqual(polarities('We do not treat it as a classification problem.'), new Set(['negated']));
  assert.deepEqual(
    polaritiesOf('loss', 'Label 1 if registered, 0 if not class imbalance resampling use focal loss.'),
    stated,
  );
});

test('a common word ("top-k", "→") names its concept only in its own step: elsewhere it is no passing mention', () => {
  const framingBasis = (sentence: string): number =>
    parseDesignDoc(`# Visual search\n\n## Caching\n\n${sentence}\n`, 'markdown').steps.framing.basis.length;
  assert.equal(framingBasis('Precompute the top-k similar images for popular queries every night.'), 0);
  assert.ok(framingBasis('We treat it as binary classification of <user, ad> pairs, with a click as positive.') > 0);
  // A model version in an API response is no model registry.
  const monitoringBasis = (sentence: string): number =>
    parseDesignDoc(`# Fraud scoring\n\n## API\n\n${sentence}\n`, 'markdown').steps.monitoring.basis.length;
  assert.equal(monitoringBasis('Every /predict response includes the model_version and the request_id.'), 0);
  assert.ok(
    monitoringBasis('Every trained model is versioned in the MLflow model registry with its data snapshot.') > 0,
  );
  // Nor is "tracking" what a product does for its users ("отслеживание связанных исследований").
  assert.equal(monitoringBasis('Сервис добавит отслеживание связанных исследований через другой API.'), 0);
  assert.ok(monitoringBasis('Мониторинг отслеживает дрейф признаков и долю ошибок каждый час.') > 0);
  // A product's dashboard is no monitoring dashboard.
  assert.equal(monitoringBasis('The clinician dashboard shows each X-ray with its heatmap and severity tier.'), 0);
  assert.ok(monitoringBasis('A Grafana dashboard tracks the p99 latency and alerts the on-call engineer.') > 0);
});

test('a bound ("must not exceed", "no more than", "не более") states a budget; it negates nothing', () => {
  const stated = new Set(['stated']);
  for (const sentence of [
    'Latency must not exceed 200 ms at p99.',
    'No more than 100 ms per request.',
    'Задержка не должна превышать 100 мс.',
    'Время ответа не более 150 мс.',
  ])
    assert.deepEqual(polaritiesOf('latency-budget', sentence), stated, sentence);
  assert.deepEqual(polaritiesOf('serving-mode', 'We do not need real-time predictions.'), new Set(['negated']));
  assert.deepEqual(polaritiesOf('offline-metric', 'Accuracy must not drop below 90% on the holdout.'), stated);
});

test('a latency budget in seconds is a figure in Russian too, and one in minutes', () => {
  const figures = (sentence: string): number =>
    parseDesignDoc(`# Doc\n\n## Требования\n\n${sentence}\n`, 'markdown').evidence.filter(
      (evidence) => evidence.concept === 'latency-budget' && evidence.kind === 'figure',
    ).length;
  assert.ok(figures('Время ответа — до 2 секунд на запрос.') > 0);
  assert.ok(figures('Ответ не более чем за 3 с.') > 0);
  assert.equal(figures('Ответ приходит за несколько секунд.'), 0);
  assert.ok(figures('| Harassment | Review + warn | < 15 min |') > 0);
});

test('why rules are not enough is the framing\'s "why ML", in a reviewer\'s words', () => {
  for (const sentence of [
    'Is machine learning the right fit? The signals change too fast for deterministic rules.',
    'It is not feasible to put deterministic business logic in the code.',
    'Static rules alone miss new fraud patterns within weeks.',
    'Почему ML: жесткие правила не успевают за новыми схемами мошенничества.',
  ])
    assert.ok(conceptsIn(sentence).includes('ml-needed'), sentence);
  assert.ok(!conceptsIn('Business rules turn the score into an approve or decline decision.').includes('ml-needed'));
});

test('business and product measures are online metrics in Russian as in English', () => {
  for (const sentence of [
    'Связь метрик бизнеса с ошибкой прогноза: каждый процент MAPE стоит 2% выручки.',
    'Бизнес-показатели: доля выкупа и число продаж на оффер.',
    'Продуктовые показатели меряются в A/B-тесте.',
  ])
    assert.ok(conceptsIn(sentence).includes('online-metric'), sentence);
});

test('a postponed step is deferred, in English and in Russian', () => {
  const polarities = (sentence: string): Set<string> => polaritiesOf('ab-test', sentence);
  assert.deepEqual(polarities('The A/B test is postponed until the ranking service is stable.'), new Set(['deferred']));
  assert.deepEqual(polarities('A/B-тест отложен до следующей итерации.'), new Set(['deferred']));
  assert.deepEqual(polarities('We run an A/B test on 5% of traffic for two weeks.'), new Set(['stated']));
});

test('false positives and negatives are errors an evaluation counts, not labels', () => {
  for (const sentence of [
    'False positives (good users blocked) are the costliest error.',
    'Missing true fraud (false negatives) costs the bank the full amount.',
  ]) {
    const concepts = conceptsIn(sentence);
    assert.ok(!concepts.includes('label-source'), sentence);
    assert.ok(concepts.includes('offline-metric'), sentence);
  }
  assert.ok(conceptsIn('A click is a positive and an ignored impression is a negative.').includes('label-source'));
});
