/**
 * Why each step got its state: the explanation reports the verdict the parse reached (never one of its own), lists
 * negated, deferred and asked evidence apart as not counted, and says how each statement counted.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { explainCoverage, parseDesignDoc, type StepExplanation, type StepId } from '../../server/src/engine';
import { quoteOf } from '../../server/src/engine/explain';
import {
  countedLine,
  explanationHeadline,
  notCountedLines,
  occurrenceText,
  stateReason,
} from '../../server/src/engine/explainText';

const joinLines = (...lines: string[]): string => lines.join('\n');

function explain(text: string, id: StepId): StepExplanation {
  return explainCoverage(parseDesignDoc(text, 'markdown'), [id])[0];
}

const coveredTopics = (explanation: StepExplanation): string[] =>
  explanation.subTopics.covered.map((topic) => topic.id);

test('a negated or deferred A/B test is listed as not counted, never as evidence', () => {
  const evaluation = explain(
    joinLines(
      '# Feed ranking',
      '',
      '## 5. Evaluation',
      'Offline: NDCG@10 on the next day of logs.', // line 3
      'We skip the A/B test.', // line 4
      'The online experiment is TBD.', // line 5
    ),
    'evaluation',
  );
  const abTest = evaluation.notCounted.filter((item) => item.concept === 'ab-test');
  assert.deepEqual(
    abTest.map((item) => [item.range.start.line, item.polarity, item.quote]),
    [
      [4, 'negated', 'We skip the A/B test.'],
      [5, 'deferred', 'The online experiment is TBD.'],
    ],
  );
  assert.ok(!evaluation.evidence.some((group) => group.concept === 'ab-test'), 'no stated A/B test');
  assert.ok(!evaluation.subTopics.covered.some((topic) => topic.id === 'online'));
  assert.deepEqual(notCountedLines(evaluation).slice(0, 2), [
    "line 5: 'We skip the A/B test.' (A/B test, negated)",
    "line 6: 'The online experiment is TBD.' (A/B test, deferred)",
  ]);
  // The statements that did count are the NDCG line only, under the step's heading.
  assert.deepEqual(
    evaluation.statements.map((item) => [item.line, item.via, item.concepts]),
    [[3, 'heading', ['offline metric']]],
  );
  assert.equal(
    countedLine(evaluation.statements[0]),
    "line 4: 'Offline: NDCG@10 on the next day of logs.' (offline metric; 8 words under its heading)",
  );
  assert.equal(evaluation.unmetNeeds.map((group) => group.map((topic) => topic.id)).join(), 'online');
});

test("a step touched only in other steps' text shows its statements via passing, with no words of its own", () => {
  const monitoring = explain(
    joinLines(
      '# Feed ranking',
      '',
      '## 1. Clarifying requirements',
      'Rank 500 posts per request for 20 M daily active users within a 100 ms p99 latency budget.',
      '## 4. Model development',
      'A gradient-boosted tree model with a logistic loss, trained on 30 days of clicks.',
      'We retrain the model every week on the latest logs to keep up with new posts.', // line 6
      '## 5. Evaluation',
      'Offline NDCG@10; online click-through rate in an A/B test against the current ranker.',
      '## 6. Deployment and serving',
      'Online prediction by a ranking service; alert the on-call when feature drift exceeds a PSI of 0.2.', // line 10
    ),
    'monitoring',
  );
  assert.equal(monitoring.headings.length, 0);
  assert.deepEqual(monitoring.words, { total: 0, own: 0, elsewhere: 0 });
  const passing = monitoring.statements.filter((item) => item.via === 'passing');
  assert.deepEqual(
    passing.map((item) => item.line),
    [6, 10],
  );
  assert.ok(passing.every((item) => item.words === 0 && item.concepts.length > 0));
  assert.equal(monitoring.passingMentions, 2);
  const occurrences = monitoring.evidence.flatMap((group) => group.occurrences);
  assert.ok(occurrences.length > 0 && occurrences.every((item) => item.use === 'passing'), JSON.stringify(occurrences));
  assert.match(
    explanationHeadline(monitoring),
    /^7\. Monitoring and infrastructure — \w+ \(0 words, 0 of 4 sub-topics; 2 passing mentions\)$/,
  );
  assert.match(
    countedLine(passing[0]),
    /^line 7: 'We retrain the model every week .*' \(retraining; passing mention\)$/,
  );
});

test('a template prompt counts as a question: not counted, and the step is empty', () => {
  const data = explain(
    joinLines('# Feed ranking', '', '## 3. Data preparation', 'Describe the data sources.', 'What labels do you use?'),
    'data',
  );
  assert.equal(data.state, 'empty');
  assert.deepEqual(data.statements, []);
  assert.deepEqual(
    data.notCounted.map((item) => [item.concept, item.polarity, item.range.start.line]),
    [
      ['data-sources', 'question', 3],
      ['label-source', 'question', 4],
    ],
  );
  assert.deepEqual(
    data.skipped.map((item) => [item.line, item.reason]),
    [
      [3, 'question'],
      [4, 'question'],
    ],
  );
  assert.equal(
    stateReason(data),
    'a heading names it, but nothing under it counts as content (2 questions or prompts)',
  );
  // Each statement is shown once: as the question it is, not again as a skipped line.
  assert.deepEqual(notCountedLines(data), [
    "line 4: 'Describe the data sources.' (data sources, question)",
    "line 5: 'What labels do you use?' (label source, question)",
  ]);
});

test('placeholders, stubs and lines about another step under a heading are skipped with their reason', () => {
  const data = explain(
    joinLines(
      '# Feed ranking',
      '',
      '## 3. Data preparation',
      '- TBD',
      '- Misc notes',
      '',
      'Click logs from the feed are joined with impressions in a daily Spark job and kept for 90 days.',
      'Offline we report NDCG@10, and online the click-through rate in an A/B test against the current ranker.',
    ),
    'data',
  );
  assert.deepEqual(
    data.skipped.map((item) => [item.line, item.reason, item.quote]),
    [
      [3, 'placeholder', 'TBD'],
      [4, 'stub', 'Misc notes'],
      [7, 'other-step', 'Offline we report NDCG@10, and online the click-through rate in an A/B…'],
    ],
  );
  assert.deepEqual(
    data.statements.map((item) => [item.line, item.via]),
    [[6, 'heading']],
  );
  assert.equal(data.skipped[2].otherStep, 'evaluation');
  assert.deepEqual(notCountedLines(data), [
    "line 4: 'TBD' (a placeholder)",
    "line 5: 'Misc notes' (too short to be content)",
    "line 8: 'Offline we report NDCG@10, and online the click-through rate in an A/B…' (counted for Evaluation instead)",
  ]);
});

test('a common word outside its step is kept as evidence but marked generic', () => {
  const data = explain(
    joinLines(
      '# Feed ranking',
      '',
      '## 3. Data preparation',
      'Click logs from the feed are joined with impressions in a daily Spark job; features are user and post embeddings.',
      '## 6. Deployment and serving',
      'The ranking service reads the features from an online store and scores 500 posts in 30 ms.', // line 5
    ),
    'data',
  );
  const features = data.evidence.find((group) => group.concept === 'features');
  const serving = features?.occurrences.find((item) => item.range.start.line === 5);
  assert.equal(serving?.use, 'generic');
  assert.equal(
    occurrenceText(serving),
    `6:${serving.range.start.character + 1} sentence (common word outside its step)`,
  );
  assert.ok(features?.occurrences.some((item) => item.range.start.line === 3 && item.use === 'counted'));
});

test('quotes drop list markup, collapse spaces and cut long statements at a word', () => {
  const doc = parseDesignDoc(
    joinLines(
      '# Feed',
      '## 4. Model development',
      '- [x]   Logistic  regression as the baseline.',
      '* A gradient-boosted tree model with a logistic loss trained daily on thirty days of click logs from the feed.',
    ),
    'markdown',
  );
  const quotes = doc.statements.filter((statement) => statement.line >= 2).map(quoteOf);
  assert.equal(quotes[0], 'Logistic regression as the baseline.');
  assert.equal(quotes[1], 'A gradient-boosted tree model with a logistic loss trained daily on…');
  assert.ok(quotes[1].length <= 73);
});

const examples = join(__dirname, '..', '..', 'examples');
const exampleFiles = readdirSync(examples).filter((name) => /\.mlsd\.(?:md|ya?ml)$/.test(name));

test('on every example the explanation restates the parse: state, words, sub-topics and basis', () => {
  assert.ok(exampleFiles.length > 0);
  for (const name of exampleFiles) {
    const doc = parseDesignDoc(readFileSync(join(examples, name), 'utf8'), /\.ya?ml$/.test(name) ? 'yaml' : 'markdown');
    const explanations = explainCoverage(doc);
    assert.deepEqual(
      explanations.map((item) => item.step),
      Object.keys(doc.steps),
      name,
    );
    for (const item of explanations) {
      const info = doc.steps[item.step];
      const where = `${name} ${item.step}`;
      assert.equal(item.state, info.state, where);
      assert.equal(item.words.total, info.words, where);
      assert.equal(item.words.own + item.words.elsewhere, info.words, where);
      assert.deepEqual(new Set(item.subTopics.covered.map((topic) => topic.id)), new Set(info.topics), where);
      assert.deepEqual(
        item.statements.map((statement) => [statement.statement, statement.via, statement.words]),
        info.basis.map((basis) => [basis.statement, basis.via, basis.words]),
        where,
      );
      assert.deepEqual(
        item.headings.map((heading) => heading.section),
        info.sections,
        where,
      );
      assert.ok(
        item.notCounted.every((evidence) =>
          doc.evidence.some((found) => found.statement === evidence.statement && found.polarity === evidence.polarity),
        ),
        where,
      );
    }
    // Pure and deterministic: the same doc gives the same explanation, and it survives JSON.
    assert.deepEqual(JSON.parse(JSON.stringify(explanations)), explainCoverage(doc), name);
  }
});

test('an instruction to the author ("Start by ...", "Share ...") is a prompt, not an answer', () => {
  const serving = explain(
    joinLines(
      '# Ticket routing',
      '',
      '## 6. Deployment',
      'Start by providing a big-picture view of how the service is hosted and called.',
      'Share the estimated monthly cost of the serving instances and the load balancer.',
    ),
    'serving',
  );
  assert.equal(serving.state, 'empty');
  assert.deepEqual(serving.statements, []);
});

test('a section of what the author would do next is planned, not designed', () => {
  const doc = joinLines(
    '# Churn prediction',
    '',
    '## 7. What I Would Do Next in Production',
    '- Monitor feature drift with PSI per feature and alert the on-call engineer when it passes 0.2.',
    '- Retrain the model weekly on the latest labelled quarter and roll it out behind a canary.',
  );
  assert.ok(['missing', 'empty'].includes(explain(doc, 'monitoring').state));
  assert.notEqual(
    explain(doc.replace('What I Would Do Next in Production', 'Monitoring'), 'monitoring').state,
    'missing',
  );
});

test('words every step shares ("real-time", "hourly") touch the requirements in passing only with a figure', () => {
  const doc = (...sentences: string[]): string =>
    joinLines(
      '# Visual search',
      '',
      '## Model',
      'A two-tower network embeds the query image and catalogue images into one space.',
      '',
      '## Indexing',
      ...sentences,
    );
  assert.equal(
    explain(
      doc(
        'Trigger vector indexing in real time as soon as a new listing is uploaded.',
        'The index is refreshed hourly from the listing store.',
      ),
      'requirements',
    ).state,
    'missing',
  );
  assert.equal(
    explain(
      doc(
        'The index holds 200M catalogue images for the whole marketplace.',
        'It serves 5,000 queries per second at the evening peak.',
      ),
      'requirements',
    ).state,
    'thin',
  );
});

test('requirements without a figure or the business objective stay thin however long; either settles them', () => {
  const doc = (...lines: string[]): string =>
    joinLines(
      '# Support ticket routing',
      '',
      '## Requirements',
      '- The system should classify incoming tickets with high accuracy.',
      '- It should handle a high volume of tickets with low latency.',
      '- It must comply with data privacy regulations such as GDPR.',
      '- Out of scope: tickets written in languages other than English.',
      ...lines,
    );
  const unquantified = explain(doc(), 'requirements');
  assert.equal(unquantified.state, 'thin');
  assert.ok(!coveredTopics(unquantified).includes('latency'), '"low latency" names no budget');
  assert.equal(
    explain(doc('- Peak load is 300 tickets per second; p99 latency under 200 ms.'), 'requirements').state,
    'covered',
  );
  assert.equal(
    explain(doc('- Business goal: cut the time to first response and the cost of manual triage.'), 'requirements')
      .state,
    'covered',
  );
  // A section of its own on latency treats it, figure or not.
  assert.equal(
    explain(
      doc(
        '',
        '### Latency requirements',
        'Urgent tickets are routed in real time; the rest may wait for an hourly batch.',
      ),
      'requirements',
    ).state,
    'covered',
  );
});

test('a note under the requirements that names another step still sizes the requirements with its figures', () => {
  const doc = (note: string): string =>
    joinLines(
      '# Harmful content detection',
      '',
      '## Clarifying requirements',
      '- Which kinds of harmful content matter most: violence, nudity or hate speech?',
      '- Posts can be removed or demoted; users may appeal a removal.',
      '- Legal review applies to every category we act on.',
      '- Every removal tells the user which category it was removed for.',
      note,
    );
  const sized = explain(doc('- Data: 500M posts a day, about 10K of them annotated.'), 'requirements');
  assert.ok(coveredTopics(sized).includes('scale'), coveredTopics(sized).join(', '));
  assert.equal(sized.state, 'covered');
  const unsized = explain(doc('- Data: posts arrive from the mobile and web apps.'), 'requirements');
  assert.ok(!coveredTopics(unsized).includes('scale'), coveredTopics(unsized).join(', '));
});

test('a single stray sentence on a step in a doc not laid out by steps is no passing treatment; two are', () => {
  const doc = (...sentences: string[]): string =>
    joinLines('# Visual search', '', 'A two-tower network embeds the query image and catalogue images.', ...sentences);
  assert.equal(
    explain(doc('We retrain the embedding model every week on new listings.'), 'monitoring').state,
    'missing',
  );
  assert.equal(
    explain(
      doc(
        'We retrain the embedding model every week on new listings.',
        'An alert fires when the share of empty result pages doubles.',
      ),
      'monitoring',
    ).state,
    'thin',
  );
});

test("a template's guidance around its prompts is part of the prompt; an answer after a question is content", () => {
  const serving = (body: string): StepExplanation =>
    explain(joinLines('# Ticket routing', '', '## 6. Deployment', '', '### 6.2. Infra', '', body), 'serving');
  const template = serving(
    'How will you host your system? On-premise, cloud, or hybrid? This will define the rest of this section.',
  );
  assert.equal(template.state, 'empty');
  assert.deepEqual(
    template.skipped.map((item) => item.reason),
    ['question', 'question', 'question'],
  );
  const answered = serving(
    'Where does it run? On the two machines the team already owns in the office. The team looks after them itself.',
  );
  assert.notEqual(answered.state, 'empty');
});

test('a references section is no part of the design, numbered or not', () => {
  for (const heading of ['## References', '## 15. References', '## 📚 Further reading']) {
    const doc = parseDesignDoc(
      joinLines(
        '# Customer segmentation',
        '',
        '## Model',
        'K-means on RFM features, with a GMM for soft assignments.',
        '',
        heading,
        '1. "Real-time ML at Uber" - Uber Engineering Blog',
        '2. "Monitoring ML Models in Production" - Google Cloud Best Practices',
        '3. "Serving models at scale with online prediction" - a conference talk',
      ),
      'markdown',
    );
    assert.equal(doc.steps.serving.state, 'missing', heading);
    assert.equal(doc.steps.monitoring.state, 'missing', heading);
  }
});

test("a heading's sub-topic carries to the parts under it", () => {
  const doc = parseDesignDoc(
    joinLines(
      '# Illegal trading detection',
      '',
      '## Alert prioritization',
      '### Critical (immediate response)',
      '- System downtime or a major performance degradation',
      '- Model accuracy below the safety threshold',
      '### High (response within 30 minutes)',
      '- Model drift above the warning threshold',
      '- Queue processing delays',
    ),
    'markdown',
  );
  assert.ok(doc.steps.monitoring.topics.includes('monitoring'), doc.steps.monitoring.topics.join(', '));
});

test('in a doc laid out by steps, the requirements are not read out of words on latency and cost scattered over it', () => {
  const doc = (...requirements: string[]): string =>
    joinLines(
      '# Chat toxicity detection',
      ...requirements,
      '## Data',
      'Player reports and moderator decisions label the messages; we sample 1% of clean chat as negatives.',
      '## Model',
      'A distilled multilingual transformer scores each message; a word list catches the obvious cases first.',
      '## Vector database',
      'Narrow scope: supports the evasion detector and cross-lingual lookups for every region we run in.',
      '## Evaluation',
      'Offline: PR-AUC per language. Online: the report rate and the appeal rate in an A/B test.',
      '## Serving',
      'A gateway calls the fast path first and the transformer only for uncertain messages.',
      '## Monitoring',
      'Drift in the score distribution per language alerts the on-call engineer.',
      '## Alternatives considered',
      'Rejected as primary: a latency hop, data residency and privacy concerns, prohibitive cost at 10B messages a day.',
      '## Cost bottlenecks',
      "Voice's dominant contributor is speech recognition itself (300-600 ms), which is why voice has a looser latency budget.",
    );
  const scattered = explain(doc(), 'requirements');
  assert.equal(scattered.state, 'missing');
  // "Narrow scope:" qualifies a component; it is no label of the requirements.
  assert.ok(!scattered.statements.some((item) => item.via === 'label'), JSON.stringify(scattered.statements));
  assert.equal(
    explain(
      doc('## Requirements', '10B messages a day from 200M players; a verdict within 150 ms p99.'),
      'requirements',
    ).state,
    'covered',
  );
});
