/** Numbered parts of an answer ("Phase 1", "Phase 2") and the document's title, as a reviewer reads them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';

const headingSteps = (text: string): [string, string[]][] =>
  parseDesignDoc(text, 'markdown')
    .sections.filter((section) => section.kind === 'heading')
    .map((section) => [section.title, section.headingSteps]);

test('a numbered part that names no step goes on with the step of the parts before it', () => {
  const text = [
    '# Video recommendation',
    '## 4. Modeling strategy',
    'We start simple.',
    '## Phase 1: Baseline',
    'Popularity by region.',
    '## Phase 2: Hybrid system',
    'A two-tower retrieval model feeds a gradient-boosted ranker trained on watch time.',
    '## 5. Evaluation metrics',
    'Recall@100 offline, watch time in an A/B test.',
  ].join('\n');
  assert.deepEqual(headingSteps(text).slice(1), [
    ['4. Modeling strategy', ['model']],
    ['Phase 1: Baseline', ['model']],
    ['Phase 2: Hybrid system', ['model']],
    ['5. Evaluation metrics', ['evaluation']],
  ]);
  const doc = parseDesignDoc(text, 'markdown');
  assert.equal(doc.steps.model.state, 'covered');
});

test('parts of a plan that name different steps leave an unnamed part to its own text', () => {
  const text = [
    '# Song recommendations',
    '## Stages',
    '### Stage 1: Data preparation',
    'Scrape the song catalogue and label 3,000 images.',
    '### Stage 2: Model training',
    'Fine-tune an image classifier.',
    '### Stage 3: Search index',
    'Precision at K on a held-out test set.',
  ].join('\n');
  const steps = headingSteps(text);
  assert.deepEqual(steps[2], ['Stage 1: Data preparation', ['data']]);
  assert.deepEqual(steps[3], ['Stage 2: Model training', ['model']]);
  assert.deepEqual(steps[4], ['Stage 3: Search index', []]);
});

test('a part whose words touch a step is not a continuation', () => {
  const text = ['# Ads', '## 4. Modeling', 'Logistic regression.', '## Phase 2: data refresh', 'Nightly.'].join('\n');
  assert.deepEqual(headingSteps(text)[2], ['Phase 2: data refresh', []]);
});

test('the title of a doc without other headings names a step only outright', () => {
  const body = 'We compare two rankers in an A/B test: the null hypothesis says the new one does not raise clicks.';
  assert.deepEqual(headingSteps(`# Ranking Algorithm\n\n${body}`), [['Ranking Algorithm', []]]);
  assert.deepEqual(headingSteps(`# Evaluation\n\n${body}`), [['Evaluation', ['evaluation']]]);
});

test('numbering places a heading written one level too deep beside the chapter it follows on from', () => {
  const text = [
    '# Resume screening',
    '## 1. Business task',
    '### 1.1 Problem',
    'Recruiters read 2,000 CVs a week.',
    '### 2. Technical task',
    '### 2.1 Formulation',
    'Binary classification of CVs.',
    '## 3. Productionization',
    '### 1. First release',
    'A batch job.',
  ].join('\n');
  const { sections } = parseDesignDoc(text, 'markdown');
  const parentOf = (title: string): string | undefined => {
    const parent = sections.find((section) => section.title === title)?.parent ?? -1;
    return sections[parent]?.title;
  };
  assert.equal(parentOf('2. Technical task'), 'Resume screening');
  assert.equal(parentOf('2.1 Formulation'), '2. Technical task');
  // Numbering that starts again inside a chapter is the chapter's own list.
  assert.equal(parentOf('1. First release'), '3. Productionization');
});

test('a label the doc repeats under each of its parts names no step', () => {
  const stage = (n: number, goal: string) => [
    `### Stage ${n}: ${goal}`,
    `**Goal**: ${goal} for every anchor item.`,
    '',
  ];
  const text = [
    '# Complete the look',
    '## Look generation',
    ...stage(1, 'Select candidates'),
    ...stage(2, 'Define looks'),
    ...stage(3, 'Rank looks'),
  ].join('\n');
  const labels = parseDesignDoc(text, 'markdown').sections.filter((section) => section.kind === 'bold-line');
  assert.equal(labels.length, 3);
  assert.ok(labels.every((label) => label.headingSteps.length === 0));
  const once = parseDesignDoc(['# Ads', '**Goal**: raise revenue per search by 5%.'].join('\n'), 'markdown');
  assert.deepEqual(once.sections.find((section) => section.kind === 'bold-line')?.headingSteps, ['requirements']);
});
