/** Which steps a heading names, across the ways real write-ups title their sections. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchHeading } from '../../server/src/engine/parse/headingMatch';

const cases: [string, string[]][] = [
  ['1. Problem Formulation', ['requirements', 'framing']],
  ['Step 1: Clarifying requirements', ['requirements']],
  ['STEP 3: Data', ['data']],
  ['🚀 Deployment & Serving:', ['serving']],
  ['Metrics', ['evaluation']],
  ['Offline metrics', ['evaluation']],
  ['Model Development and Offline Evaluation', ['model', 'evaluation']],
  ['Metrics Design and Requirements', ['evaluation', 'requirements']],
  ['Monitoring & Evaluation', ['monitoring', 'evaluation']],
  ['Model deployment and testing', ['serving']],
  ['Online Testing and Deployment', ['serving']],
  ['9. Scaling, Monitoring, and Updates', ['serving', 'monitoring']],
  ['Monitoring & maintenance', ['monitoring']],
  ['Data Collection and Preparation', ['data']],
  ['5. Feature Engineering', ['data']],
  ['ML objective', ['framing']],
  ['Clarifying questions', ['requirements']],
  ['Questions', ['requirements']],
  ['Motivation', ['requirements']],
  ['Context', ['requirements']],
  ['🎯 Objective', ['requirements']],
  ['Context and scope', ['requirements']],
  ['Context features', ['data']],
  ['Data cleaning', ['data']],
  ['Data validation', ['data']],
  ['Input validation', []],
  ['Request validation', []],
  ['Validation and Cleaning Rules', []],
  ['Validation rules', []],
  ['Validation strategy', ['evaluation']],
  ['API Contract', ['serving']],
  ['A/B Testing', ['evaluation', 'serving']],
  ['6. Online A/B Testing & Bandit Framework', ['evaluation', 'serving']],
  ['Bandit Framework', []],
  ['Frame the problem', ['framing']],
  ['ML Infrastructure', ['monitoring']],
  ['ML platform', ['monitoring']],
  ['Infrastructure Metrics', ['evaluation']],
  ['Data Flow (How It Works in Production)', []],
  ['Models in production', ['monitoring']],
  ['5. Model Selection & Architecture', ['model']],
  ['API design', ['serving']],
  ['Model Versioning and Rollback', ['serving']],
  ['Rollback plan', ['serving']],
  ['Model validation', ['evaluation']],
  ['2. Мотивация', ['requirements']],
  ['Open questions', []],
  ['Interview Follow-Up Questions', []],
  ['System Design Questions', []],
  ['Questions to ask the interviewer', ['requirements']],
  ['Framing the problem as an ML task', ['framing']],
  ['Scale', ['requirements']],
  ['Problem scale', ['requirements']],
  ['Scaling', ['serving']],
  ['Scale the design', ['serving']],
  ['Architecture', ['serving']],
  ['Style Embedding Architecture', ['model']],
  ['3. Model alternatives', ['model']],
  ['Model options', ['model']],
  ['Этап 1 — подготовка данных', ['data']],
  ['Phase 2: Hybrid System (Recommended)', []],
  ['System Architecture Overview', ['serving']],
  ['Candidate generation', []],
  ['Other topics', []],
  ['Data Scientist methodology', []],
  ['Frankly speaking', []],
  ['一、需求澄清', ['requirements']],
  ['离线评估指标', ['evaluation']],
  ['优化与问答', []],
];

for (const [heading, steps] of cases) {
  test(`"${heading}" names ${steps.join(' + ') || 'no step'}`, () => {
    assert.deepEqual(matchHeading(heading).steps, steps);
  });
}

test('a heading that is the step name is primary; a sub-topic heading is not', () => {
  assert.deepEqual(matchHeading('Evaluation').primarySteps, ['evaluation']);
  assert.deepEqual(matchHeading('Feature engineering').primarySteps, []);
});
