/** A heading phrase that means two steps stands for the one the doc gives no heading of its own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';
import { matchHeading } from '../../server/src/engine/parse/headingMatch';

const headingSteps = (text: string): string[][] =>
  parseDesignDoc(text, 'markdown').sections.map((section) => section.headingSteps);

test('one phrase naming two steps is a shared name; two phrases are a merged heading', () => {
  assert.deepEqual(matchHeading('Постановка задачи').steps, ['requirements', 'framing']);
  assert.equal(matchHeading('Постановка задачи').sharedName, true);
  assert.equal(matchHeading('Model development and offline evaluation').sharedName, false);
  assert.equal(matchHeading('Evaluation').sharedName, false);
});

test('with the requirements under a heading of their own, "Постановка задачи" is the framing', () => {
  const text = [
    '# Детекция столбиков',
    '## 1. Требования',
    'Нужно 100 изображений в секунду.',
    '## 2. Постановка задачи',
    'Детекция объектов на изображениях.',
  ].join('\n');
  assert.deepEqual(headingSteps(text).slice(1), [['requirements'], ['framing']]);
});

test('without another heading for either step, the shared name keeps both', () => {
  const text = ['# Детекция столбиков', '## 1. Постановка задачи', 'Детекция объектов.', '## 2. Данные', 'Фото.'].join(
    '\n',
  );
  assert.deepEqual(headingSteps(text)[1], ['requirements', 'framing']);
});

test('a merged heading keeps both steps even when one has a section of its own', () => {
  const text = [
    '# Ranking',
    '## Evaluation',
    'Offline nDCG.',
    '## Model development and offline evaluation',
    'A GBDT ranker.',
  ].join('\n');
  assert.deepEqual(headingSteps(text)[2], ['model', 'evaluation']);
});

test("the shared name's own sub-headings never send it to the other step", () => {
  const text = [
    '# Demand forecasting',
    '## 1. Problem definition',
    '### 1.1 Business problem',
    'Stock-outs and overstock cost the warehouse revenue every week.',
    '### 1.2 Objective',
    'Forecast the daily demand of each SKU to plan purchases.',
    '## 2. Data',
    'Daily sales, stock and supply tables per SKU.',
  ].join('\n');
  assert.deepEqual(headingSteps(text)[1], ['requirements', 'framing']);
  const doc = parseDesignDoc(text, 'markdown');
  // Its side step keeps the sentence about it: a short share with one of its sub-topics is a thin framing.
  assert.equal(doc.steps.requirements.state, 'thin');
  assert.equal(doc.steps.framing.state, 'thin');
});

test('an A/B testing section is the evaluation when it measures the online metrics', () => {
  const text = [
    '# Search ranking',
    '## Offline evaluation',
    'NDCG@10 and MRR on the held-out week of queries.',
    '## Online A/B testing',
    'Users are assigned by a hash of their id; a Welch t-test compares the CTR and the conversion rate of both arms.',
    '## Serving',
    'The ranker scores the top 500 candidates within 50 ms.',
  ].join('\n');
  const doc = parseDesignDoc(text, 'markdown');
  assert.deepEqual(doc.sections[2].headingSteps, ['evaluation', 'serving']);
  assert.ok(doc.steps.evaluation.topics.includes('online'), doc.steps.evaluation.topics.join(', '));
});
