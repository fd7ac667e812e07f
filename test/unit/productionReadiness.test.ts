/**
 * The production-readiness rubric (the ML Test Score) as data, its scoring from evidence (0, ½ by hand, 1
 * automated; section sums; final = lowest section; bands) and the opt-in `production-readiness` rule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultRules, lint, parseDesignDoc, productionReadiness, readinessBand } from '../../server/src/engine';
import {
  concepts,
  mlTestScoreCitation,
  readinessBands,
  readinessSections,
  readinessTests,
} from '../../server/src/knowledge';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'readiness', 'production.mlsd.md'), 'utf8');
/** The same design without its monitoring step: strong on three sections, silent on the fourth. */
const withoutMonitoring = fixture.slice(0, fixture.indexOf('## 7. Monitoring'));

const markdown = (text: string) => parseDesignDoc(text, 'markdown');
const scores = (text: string) =>
  Object.fromEntries(productionReadiness(markdown(text)).sections.map((section) => [section.id, section.score]));
const points = (text: string, id: string) =>
  productionReadiness(markdown(text))
    .sections.flatMap((section) => section.tests)
    .find((result) => result.test.id === id)?.points;
const readinessFindings = (text: string, severities?: Record<string, 'warning' | 'off'>) =>
  lint(markdown(text), { rules: defaultRules, config: { severities } }).filter(
    (f) => f.rule === 'production-readiness',
  );

describe('ML Test Score knowledge', () => {
  it('has 28 tests, seven in each of four sections, numbered as in the paper', () => {
    assert.equal(readinessTests.length, 28);
    for (const section of readinessSections) {
      const ids = readinessTests.filter((test) => test.section === section.id).map((test) => test.id);
      assert.deepEqual(
        ids,
        [1, 2, 3, 4, 5, 6, 7].map((n) => `${section.id}-${n}`),
      );
    }
    assert.match(mlTestScoreCitation, /Breck.*ML Test Score.*2017/);
  });

  it('rests every test on concepts and kinds the knowledge base has', () => {
    for (const test of readinessTests) {
      assert.ok(test.evidence.length > 0, test.id);
      for (const wanted of test.evidence) {
        const concept = concepts.find((c) => c.id === wanted.concept);
        assert.ok(concept, `${test.id}: concept ${wanted.concept}`);
        for (const kind of [wanted.kind, ...(wanted.withoutKinds ?? [])].filter(Boolean))
          assert.ok(
            concept.kinds?.some((k) => k.id === kind),
            `${test.id}: kind ${kind} of ${wanted.concept}`,
          );
      }
    }
  });

  it('reads a final score with the paper’s bands', () => {
    assert.deepEqual(
      readinessBands.map((band) => band.label),
      ['0', '(0, 1]', '(1, 2]', '(2, 3]', '(3, 5]', '> 5'],
    );
    assert.equal(readinessBand(0).label, '0');
    assert.equal(readinessBand(0.5).label, '(0, 1]');
    assert.equal(readinessBand(1).label, '(0, 1]');
    assert.equal(readinessBand(1.5).label, '(1, 2]');
    assert.equal(readinessBand(3).label, '(2, 3]');
    assert.equal(readinessBand(5).label, '(3, 5]');
    assert.equal(readinessBand(7).label, '> 5');
  });
});

describe('production readiness score', () => {
  it('gives a design that automates every test 7 in each section', () => {
    const result = productionReadiness(markdown(fixture));
    assert.deepEqual(scores(fixture), { data: 7, model: 7, infrastructure: 7, monitoring: 7 });
    assert.equal(result.final, 7);
    assert.equal(result.band.label, '> 5');
    for (const section of result.sections)
      for (const test of section.tests) assert.ok(test.evidence.length > 0, `${test.test.id} has evidence`);
  });

  it('takes the lowest section as the final score: strong on three sections, 0 on monitoring is 0', () => {
    assert.deepEqual(scores(withoutMonitoring), { data: 7, model: 7, infrastructure: 7, monitoring: 0 });
    const result = productionReadiness(markdown(withoutMonitoring));
    assert.equal(result.final, 0);
    assert.equal(result.band.label, '0');
  });

  it('scores each section from its own tests', () => {
    const cases: [string, string, string][] = [
      ['data', 'data-1', '## 3. Data\nA feature schema with expected ranges is checked automatically on every batch.'],
      ['model', 'model-6', '## 5. Evaluation\nRecall is broken down by country on every release, automatically.'],
      [
        'infrastructure',
        'infrastructure-1',
        '## 4. Model\nThe training job records its random seed and data snapshot.',
      ],
      ['monitoring', 'monitoring-5', '## 7. Monitoring\nNaN values in predictions raise an alert.'],
    ];
    for (const [section, id, text] of cases) {
      const expected = id === 'infrastructure-1' ? 0.5 : 1;
      assert.equal(points(text, id), expected, id);
      assert.deepEqual(
        scores(text),
        { data: 0, model: 0, infrastructure: 0, monitoring: 0, [section]: expected },
        `${id} counts for ${section} only`,
      );
    }
  });

  it('gives ½ to a check done by hand, 1 to an automated one, 0 to one ruled out or absent', () => {
    assert.equal(
      points('## 6. Serving\nOn-call can roll back to the previous model by hand.', 'infrastructure-7'),
      0.5,
    );
    assert.equal(
      points('## 6. Serving\nAn alert rolls back to the previous model automatically.', 'infrastructure-7'),
      1,
    );
    assert.equal(points('## 6. Serving\nThere is no rollback plan yet.', 'infrastructure-7'), 0);
    assert.equal(points('## 6. Serving\nThe model is served online.', 'infrastructure-7'), 0);
  });

  it('counts evidence only where a test says it belongs', () => {
    // A schema check in the data step is test data-1; watching live inputs (monitoring-2) needs it in monitoring.
    const inData = '## 3. Data\nA feature schema with expected ranges is checked on every batch automatically.';
    assert.equal(points(inData, 'monitoring-2'), 0);
    assert.equal(
      points(`${inData}\n\n## 7. Monitoring\nServing inputs are checked against the feature schema.`, 'monitoring-2'),
      0.5,
    );
    // A rollback is a kind of retraining but says nothing about how stale the model may get.
    assert.equal(points('## 7. Monitoring\nA bad model is rolled back.', 'monitoring-4'), 0);
    assert.equal(points('## 7. Monitoring\nThe model is retrained weekly.', 'monitoring-4'), 1);
  });

  it('gives the same result for the same text', () => {
    assert.deepEqual(scores(withoutMonitoring), scores(withoutMonitoring));
  });
});

describe('production-readiness rule', () => {
  it('is off unless the doc or the config asks for it', () => {
    const interview = withoutMonitoring.replace('status: production', 'status: final');
    assert.deepEqual(readinessFindings(interview), []);
    assert.equal(readinessFindings(interview, { 'production-readiness': 'warning' }).length, 7);
    assert.deepEqual(readinessFindings(withoutMonitoring, { 'production-readiness': 'off' }), []);
  });

  it('reports each missing test with what the doc could say, on the step it belongs to', () => {
    const findings = readinessFindings(withoutMonitoring);
    assert.equal(findings.length, 7);
    assert.ok(findings.every((f) => f.severity === 'info' && f.step === 'monitoring'));
    assert.ok(
      findings.some((f) =>
        f.message.startsWith('Models are numerically stable: no check for NaN or infinite values. Say what catches'),
      ),
      findings.map((f) => f.message).join('\n'),
    );
    assert.deepEqual(readinessFindings(fixture), []);
  });

  it('says "Serving models can be rolled back: no rollback plan" when the doc has none', () => {
    const findings = readinessFindings('---\nstatus: production\n---\n## 6. Serving\nThe model is served online.\n');
    const rollback = findings.find((f) => f.message.startsWith('Serving models can be rolled back: no rollback plan.'));
    assert.ok(rollback);
    assert.equal(rollback.range.start.line, 3);
  });
});
