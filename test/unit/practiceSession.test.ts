/**
 * A practice session on its way out of the editor: the session file the editor writes, read back by the engine
 * (`mlsd report --session`) with a located message for each problem; the report of a session (time per step against
 * its budget, the session's summary, the case study's history and score trend) in text and HTML; the history kept
 * per case study; and the step spans the editor locates the cursor and the edits with.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { StepTitle } from '../../common/protocol';
import { reportHtml } from '../../common/report/html';
import { reportText } from '../../common/report/text';
import type { SessionHistoryEntry } from '../../common/types';
import { scaleBudgets } from '../../src/practice/budgets';
import { historyKey, historyLimit, withSession } from '../../src/practice/history';
import { sessionFileOf } from '../../src/practice/sessionFile';
import { PracticeTimer } from '../../src/practice/timer';
import {
  defaultRules,
  lint,
  parseDesignDoc,
  parseSessionFile,
  readinessReport,
  sessionReportOptions,
} from '../../server/src/engine';
import { practicePresets, steps as stepDefinitions } from '../../server/src/knowledge';
import { stepSpans } from '../../server/src/services';

const root = join(__dirname, '..', '..');
const steps: StepTitle[] = stepDefinitions.map(({ id, number, title }) => ({ id, number, title }));
const minute = 60_000;
const history: SessionHistoryEntry[] = [
  { endedAt: '2025-01-20T10:00:00.000Z', score: 41, preset: 'Exponent', lengthMinutes: 45 },
  { endedAt: '2025-01-25T10:00:00.000Z', score: 58, preset: 'Hello Interview', lengthMinutes: 60 },
];

/** A 45-minute session with 7 minutes on requirements and 10 on data, ended after 17 minutes. */
function endedSession(): PracticeTimer {
  let now = Date.UTC(2025, 0, 31, 14, 0);
  const timer = PracticeTimer.start(
    {
      document: 'file:///home/me/my%20visual-search.mlsd.md',
      title: 'Visual search',
      caseStudy: 'visual-search',
      preset: { id: 'hello-interview', title: 'Hello Interview' },
      lengthMinutes: 45,
      steps,
      budgets: scaleBudgets(practicePresets[1].minutes, steps, 45),
    },
    () => now,
  );
  timer.recordEdit(['requirements']);
  now += 7 * minute;
  timer.recordEdit(['data']);
  now += 10 * minute;
  timer.stop();
  return timer;
}

describe('session file', () => {
  it('is written by the editor and read back by the engine as it was written', () => {
    const file = sessionFileOf(endedSession(), history);
    assert.equal(file.format, 'mlsd-practice-session');
    assert.equal(file.document, 'my visual-search.mlsd.md');
    assert.equal(file.startedAt, '2025-01-31T14:00:00.000Z');
    assert.equal(file.endedAt, '2025-01-31T14:17:00.000Z');
    assert.equal(file.elapsedSeconds, 1020);
    assert.deepEqual(file.steps.requirements, { budgetSeconds: 180, spentSeconds: 420 });
    assert.deepEqual(file.steps.data, { budgetSeconds: 600, spentSeconds: 600 });
    assert.deepEqual(file.steps.model, { budgetSeconds: 600, spentSeconds: 0 });
    const parsed = parseSessionFile(`${JSON.stringify(file, null, 2)}\n`);
    assert.deepEqual(parsed.problems, []);
    assert.ok('session' in parsed);
    assert.deepEqual(parsed.session, file);

    const { minutes, session } = sessionReportOptions(parsed.session);
    assert.deepEqual(minutes.requirements, { spent: 7, budget: 3 });
    assert.deepEqual(minutes.data, { spent: 10, budget: 10 });
    assert.equal(session.preset, 'Hello Interview');
    assert.equal(session.elapsedMinutes, 17);
    assert.deepEqual(session.history, history);
  });

  it('says what is wrong, at the line and column of the key or value', () => {
    const file = sessionFileOf(endedSession(), history);
    const problemsOf = (text: string) => {
      const result = parseSessionFile(text);
      assert.ok(!('session' in result), 'no session from a broken file');
      return result.problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`);
    };
    assert.match(problemsOf('{ "format": "mlsd-practice-session", ')[0], /^1:\d+ Invalid JSON: /);
    assert.deepEqual(problemsOf('[1, 2]'), [
      '1:1 A practice session file must be a JSON object, as "mlsd: Export Practice Session" writes it.',
    ]);
    assert.deepEqual(problemsOf('{"format": "sarif"}'), [
      '1:12 "format" must be "mlsd-practice-session": this is not an mlsd practice session file.',
    ]);

    const { model, ...otherSteps } = file.steps;
    const broken = {
      ...file,
      version: 2,
      lengthMinutes: 0,
      startedAt: 'yesterday',
      steps: { ...otherSteps, modle: model, data: { budgetSeconds: -1, spentSeconds: 10 } },
      history: [{ ...history[0], score: 140 }],
    };
    const text = JSON.stringify(broken, null, 2);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    const problems = problemsOf(text);
    const expect = (needle: string, message: RegExp) =>
      assert.ok(
        problems.some((p) => p.startsWith(`${lineOf(needle)}:`) && message.test(p)),
        `${message} on line ${lineOf(needle)}:\n${problems.join('\n')}`,
      );
    expect('"version"', /Version 2 is not one this mlsd reads; it reads version 1\./);
    expect('"lengthMinutes"', /lengthMinutes must be a number greater than 0, not 0\./);
    expect('"startedAt"', /startedAt must be a date and time/);
    expect('"modle"', /Unknown key "modle" in steps; did you mean "model"\?/);
    expect('"steps"', /"steps" lacks "model"\./);
    expect('"budgetSeconds": -1', /steps\.data\.budgetSeconds must be a number at least 0, not -1\./);
    expect('"score": 140', /history\[0\]\.score must be a number from 0 to 100, not 140\./);
    assert.equal(problems.length, 7, problems.join('\n'));
  });
});

describe('report of a practice session', () => {
  const text = readFileSync(join(root, 'examples', 'visual-search.mlsd.md'), 'utf8');
  const doc = parseDesignDoc(text, 'markdown');
  const report = readinessReport(doc, {
    findings: lint(doc, { rules: defaultRules }),
    ...sessionReportOptions(sessionFileOf(endedSession(), history)),
  });

  it('has the time per step against its budget and the session, in the JSON the CLI prints', () => {
    assert.deepEqual(report.steps[0].minutes, { spent: 7, budget: 3 });
    assert.equal(report.session?.lengthMinutes, 45);
    assert.deepEqual(report.session?.history, history);
  });

  it('shows the session, the time chart, the past sessions and the score trend in the HTML page', () => {
    const html = reportHtml(report);
    assert.match(
      html,
      /Hello Interview budgets, 45 minutes: 17 minutes spent, started 2025-01-31 14:00 UTC, ended 2025-01-31 14:17 UTC/,
    );
    assert.match(html, /<h2>Time per step against its budget<\/h2>\n<svg/);
    assert.match(html, /7\/3 min/);
    assert.match(html, /class="chart-over"/);
    assert.match(html, /<h2>Past sessions on this case study<\/h2>/);
    const trend = /<svg[^>]*aria-label="Score over sessions"[^>]*>.*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.equal((trend.match(/<circle /g) ?? []).length, 3, 'two past sessions and this one');
    assert.match(trend, /<polyline points="[\d., ]+"/);
    assert.match(trend, new RegExp(`>${report.score}</text>`));
    assert.match(html, /<td>2025-01-25 10:00 UTC<\/td><td>Hello Interview<\/td><td>60 min<\/td><td>58<\/td>/);
    assert.doesNotMatch(html, /<script|<link|<img|\bsrc=|url\(/i);
  });

  it('prints the session and the earlier scores as text', () => {
    const printed = reportText(report);
    assert.match(printed, /^Practice session: Hello Interview budgets, 45 minutes: 17 minutes spent/m);
    assert.match(printed, /^ {2}earlier: 2025-01-20 10:00 UTC Exponent, 45 min: 41\/100$/m);
    assert.match(printed, /^✓ 1\. Clarifying requirements \(covered, 7\/3 min\)$/m);
  });

  it('has no session part, and no trend, for a doc without a session', () => {
    const plain = readinessReport(doc, { findings: [] });
    assert.equal(plain.session, undefined);
    assert.doesNotMatch(reportHtml(plain), /Practice session|Score over sessions/);
    assert.doesNotMatch(reportText(plain), /Practice session/);
  });
});

describe('session history', () => {
  it('is kept per case study (or per title), bounded, oldest first', () => {
    assert.equal(historyKey('visual-search', 'Visual search'), 'case:visual-search');
    assert.equal(historyKey(undefined, 'My design'), 'title:My design');
    let kept = {};
    for (let i = 0; i < historyLimit + 5; i++) kept = withSession(kept, 'case:x', { ...history[0], score: i });
    kept = withSession(kept, 'case:y', history[1]);
    const x = (kept as Record<string, SessionHistoryEntry[]>)['case:x'];
    assert.equal(x.length, historyLimit);
    assert.equal(x[0].score, 5);
    assert.equal(x[x.length - 1].score, historyLimit + 4);
    assert.deepEqual((kept as Record<string, SessionHistoryEntry[]>)['case:y'], [history[1]]);
  });
});

describe('step spans', () => {
  it('run from a step heading to the line before the next section outside it, blank lines included', () => {
    const text = [
      '# Title', // 0
      'Intro.', // 1
      '## 1. Clarifying requirements', // 2
      'Goal.', // 3
      '### Scale', // 4
      '10 M users.', // 5
      '', // 6
      '', // 7
      '## 5. Evaluation and deployment', // 8
      'Binary classification.', // 9
      '## Appendix', // 10
      'Notes.', // 11
      '## 7. Monitoring', // 12
      'Drift.', // 13
      '', // 14
    ].join('\n');
    const spans = stepSpans(parseDesignDoc(text, 'markdown'));
    assert.deepEqual(
      spans.map((span) => [span.steps, span.range.start.line, span.range.end.line]),
      [
        [['requirements'], 2, 7],
        [['evaluation', 'serving'], 8, 9],
        [['monitoring'], 12, 14],
      ],
    );
  });

  it('follow the top-level keys of a YAML doc', () => {
    const text = [
      'mlsd: 1',
      'requirements:',
      '  goal: More bookings.',
      '',
      'framing: Ranking.',
      'title: Listings',
      '',
    ].join('\n');
    const spans = stepSpans(parseDesignDoc(text, 'yaml'));
    assert.deepEqual(
      spans.map((span) => [span.steps, span.range.start.line, span.range.end.line]),
      [
        [['requirements'], 1, 3],
        [['framing'], 4, 4],
      ],
    );
  });
});
