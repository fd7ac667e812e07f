/**
 * The readiness report: per-step sub-topics and findings, rubric signals resting on quoted lines, the 0-100 score
 * (good > flawed > template, the same twice) and its renderers (text, HTML with an SVG chart).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { barChartSvg, chartBars } from '../../common/report/chart';
import { reportHtml } from '../../common/report/html';
import { reportText } from '../../common/report/text';
import {
  defaultRules,
  lint,
  parseDesignDoc,
  readinessReport,
  scoreWeights,
  type DocFormat,
  type ReadinessReport,
} from '../../server/src/engine';
import { rubricSignals, steps } from '../../server/src/knowledge';
import { renderTemplate, templateIds } from '../../server/src/templates';

const root = join(__dirname, '..', '..');
const formatOf = (name: string): DocFormat => (name.endsWith('.md') ? 'markdown' : 'yaml');

function reportOf(text: string, format: DocFormat = 'markdown'): ReadinessReport {
  const doc = parseDesignDoc(text, format);
  return readinessReport(doc, { findings: lint(doc, { rules: defaultRules }) });
}

const examples = readdirSync(join(root, 'examples')).map((name) => ({
  name,
  report: reportOf(readFileSync(join(root, 'examples', name), 'utf8'), formatOf(name)),
}));
/** Fixtures with one real flaw each: a step missing, no baseline or loss, accuracy on a rare class, no numbers. */
const flawed = [
  'missing-monitoring.mlsd.md',
  'model-without-baseline-or-loss.mlsd.md',
  'metric-mismatch-imbalanced.mlsd.md',
  'requirements-without-numbers.mlsd.md',
].map((name) => ({
  name,
  report: reportOf(readFileSync(join(root, 'test', 'fixtures', 'docs', name), 'utf8')),
}));
const templates = templateIds.flatMap((id) =>
  (['markdown', 'yaml'] as const).map((format) => ({
    name: `${id} (${format})`,
    report: reportOf(renderTemplate(id, format), format),
  })),
);

describe('readiness score', () => {
  it('ranks every worked example above every flawed doc above every bare template', () => {
    const lowest = (group: typeof examples) => Math.min(...group.map((g) => g.report.score));
    const highest = (group: typeof examples) => Math.max(...group.map((g) => g.report.score));
    assert.ok(lowest(examples) > highest(flawed), `examples ${lowest(examples)} > flawed ${highest(flawed)}`);
    assert.ok(lowest(flawed) > highest(templates), `flawed ${lowest(flawed)} > templates ${highest(templates)}`);
    assert.ok(lowest(examples) >= 90);
    assert.ok(highest(templates) <= 10);
  });

  it('is the same for the same text', () => {
    const text = readFileSync(join(root, 'examples', examples[0].name), 'utf8');
    assert.deepEqual(reportOf(text, formatOf(examples[0].name)), reportOf(text, formatOf(examples[0].name)));
  });

  it('adds up its weighted parts, which stay within their weights', () => {
    assert.equal(
      Object.values(scoreWeights).reduce((a, b) => a + b, 0),
      100,
    );
    for (const { name, report } of [...examples, ...flawed, ...templates]) {
      const { parts } = report;
      assert.equal(report.score, Math.round(parts.coverage + parts.subTopics + parts.signals + parts.findings), name);
      for (const key of Object.keys(scoreWeights) as (keyof typeof scoreWeights)[])
        assert.ok(parts[key] >= 0 && parts[key] <= scoreWeights[key], `${name}: ${key}`);
    }
  });

  it('gives a blank template no credit for having few findings', () => {
    const blank = reportOf(renderTemplate('blank', 'markdown'));
    assert.equal(blank.score, 0);
    assert.ok(blank.signals.every((signal) => !signal.met && signal.evidence.length === 0));
  });
});

describe('readiness report', () => {
  it('lists each step with its sub-topics split into covered and missing, and its findings', () => {
    const report = flawed[0].report;
    assert.deepEqual(
      report.steps.map((s) => s.id),
      steps.map((s) => s.id),
    );
    for (const step of report.steps) {
      const all = steps.find((s) => s.id === step.id)?.subTopics.map((t) => t.id);
      assert.deepEqual([...step.covered, ...step.missing].map((t) => t.id).sort(), [...(all ?? [])].sort());
    }
    const monitoring = report.steps.find((s) => s.id === 'monitoring');
    assert.equal(monitoring?.state, 'missing');
    assert.deepEqual(monitoring?.covered, []);
    assert.ok(monitoring?.findings.some((f) => f.rule === 'missing-step'));
  });

  it('links every met signal to the lines it rests on, and says what an unmet one lacks', () => {
    const report = flawed[1].report;
    assert.deepEqual(
      report.signals.map((s) => s.id),
      rubricSignals.map((s) => s.id),
    );
    const lines = readFileSync(join(root, 'test', 'fixtures', 'docs', flawed[1].name), 'utf8').split('\n');
    for (const signal of report.signals) {
      if (signal.met) assert.ok(signal.evidence.length > 0, signal.id);
      for (const quote of signal.evidence)
        assert.ok(lines[quote.line].includes(quote.text.replace(/…$/, '').slice(0, 30)), `${signal.id}: ${quote.text}`);
    }
    const baseline = report.signals.find((s) => s.id === 'baseline');
    assert.equal(baseline?.met, false);
    assert.match(baseline?.detail ?? '', /baseline/);
  });

  it('does not credit accuracy on a rare class', () => {
    const signal = flawed[2].report.signals.find((s) => s.id === 'metrics-fit-the-task');
    assert.equal(signal?.met, false);
    assert.match(signal?.detail ?? '', /^Not met: /);
  });
});

describe('report renderers', () => {
  const report = examples[0].report;

  it('prints the score, the steps, the signals and the ML Test Score as text', () => {
    const text = reportText(report);
    assert.match(text, new RegExp(`readiness ${report.score}/100`));
    for (const step of report.steps) assert.ok(text.includes(`${step.number}. ${step.title}`));
    assert.match(text, /Production readiness \(ML Test Score\): .*final /);
  });

  it('writes a self-contained page: no script, no remote load, an inline SVG chart', () => {
    const html = reportHtml(report);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\bsrc=|url\(/i);
    assert.doesNotMatch(html.replace('http://www.w3.org/2000/svg', ''), /https?:\/\//);
    assert.match(html, new RegExp(`data-score="${report.score}"`));
    assert.match(html, /default-src 'none'/);
  });

  it('escapes the doc text it shows', () => {
    const html = reportHtml(reportOf('# <img src=x onerror=alert(1)>\n\n## 1. Requirements\nScale: 5 M users.\n'));
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&#60;img src=x/);
  });

  it('charts minutes against the budget for a practice session, and sub-topics otherwise', () => {
    assert.equal(chartBars(report.steps).title, 'Sub-topics covered per step');
    const timed = report.steps.map((step, i) => ({ ...step, minutes: { spent: i === 0 ? 9 : 5, budget: 6 } }));
    const chart = chartBars(timed);
    assert.equal(chart.title, 'Time per step against its budget');
    const svg = barChartSvg(chart.title, chart.unit, chart.bars);
    assert.equal((svg.match(/class="chart-over"/g) ?? []).length, 1);
    assert.equal((svg.match(/class="chart-value"/g) ?? []).length, 6);
    assert.match(svg, /9\/6 min/);
  });
});
