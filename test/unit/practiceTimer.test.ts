/**
 * The practice timer on a fake clock: presets scaled to the session's length, the custom preset's checks, time
 * attributed to the step typed in, pauses, overruns and the end-of-time warnings, interview mode's schedule, and a
 * session read back after a window reload.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StepId, StepSpan, StepTitle } from '../../common/protocol';
import { customPreset, scaleBudgets } from '../../src/practice/budgets';
import { clock, practiceStatus } from '../../src/practice/statusText';
import { stepsAt } from '../../src/practice/stepAt';
import { PracticeTimer, reloadGapMs, type PracticePlan } from '../../src/practice/timer';
import { practicePresets, presetMinutes, stepIds, steps as stepDefinitions } from '../../server/src/knowledge';

const steps: StepTitle[] = stepDefinitions.map(({ id, number, title }) => ({ id, number, title }));
const minute = 60_000;

/** A clock the test moves by hand. */
function fakeClock(start = Date.UTC(2025, 0, 31, 14, 0)) {
  let now = start;
  const read = () => now;
  read.advance = (ms: number) => {
    now += ms;
  };
  return read;
}

function plan(lengthMinutes = 45, presetId = 'framework'): PracticePlan {
  const preset = practicePresets.find((p) => p.id === presetId)!;
  return {
    document: 'file:///home/me/visual-search.mlsd.md',
    title: 'Visual search',
    caseStudy: 'visual-search',
    preset: { id: preset.id, title: preset.title },
    lengthMinutes,
    steps,
    budgets: scaleBudgets(preset.minutes, steps, lengthMinutes),
  };
}

const sum = (budgets: Record<StepId, number>): number => Object.values(budgets).reduce((a, b) => a + b, 0);

describe('practice presets', () => {
  it('split 45 minutes among all seven steps, each preset', () => {
    assert.deepEqual(
      practicePresets.map((p) => p.id),
      ['framework', 'hello-interview', 'exponent'],
    );
    for (const preset of practicePresets) {
      assert.deepEqual(Object.keys(preset.minutes).sort(), [...stepIds].sort(), preset.id);
      assert.equal(sum(preset.minutes), presetMinutes, preset.id);
    }
  });

  it('take the framework split from the steps, and the guides from their phases', () => {
    const minutes = (id: string) => practicePresets.find((p) => p.id === id)!.minutes;
    assert.deepEqual(Object.values(minutes('framework')), [5, 5, 8, 10, 5, 8, 4]);
    // Hello Interview: framing 5-7 (3 + 3), data and features 10, modelling 10, the rest deep dives.
    assert.equal(minutes('hello-interview').data, 10);
    assert.equal(minutes('hello-interview').model, 10);
    assert.ok(minutes('hello-interview').requirements + minutes('hello-interview').framing >= 5);
    // Exponent: five phases of 8 minutes, 5 to wrap up.
    const exponent = minutes('exponent');
    assert.equal(exponent.requirements + exponent.framing, 8);
    assert.deepEqual(
      [exponent.data, exponent.model, exponent.evaluation, exponent.serving, exponent.monitoring],
      [8, 8, 8, 8, 5],
    );
  });

  it('are scaled to 30, 45 and 60 minutes in whole seconds that add up to the length', () => {
    for (const preset of practicePresets) {
      for (const length of [30, 45, 60]) {
        const budgets = scaleBudgets(preset.minutes, steps, length);
        assert.equal(sum(budgets), length * 60, `${preset.id} ${length}`);
        for (const id of stepIds) {
          const exact = (preset.minutes[id] / presetMinutes) * length * 60;
          assert.ok(Math.abs(budgets[id] - exact) < 1, `${preset.id} ${length} ${id}: ${budgets[id]} vs ${exact}`);
          assert.ok(Number.isInteger(budgets[id]));
        }
      }
    }
    assert.deepEqual(
      Object.values(scaleBudgets(practicePresets[0].minutes, steps, 30)),
      [200, 200, 320, 400, 200, 320, 160],
    );
    assert.deepEqual(
      Object.values(scaleBudgets(practicePresets[0].minutes, steps, 45)),
      [300, 300, 480, 600, 300, 480, 240],
    );
  });
});

describe('custom preset setting', () => {
  const minutes = { requirements: 6, framing: 4, data: 8, model: 10, evaluation: 6, serving: 7, monitoring: 4 };

  it('gives a preset for a valid setting, and nothing for none', () => {
    const { preset, problems } = customPreset({ title: 'Mine', minutes }, steps);
    assert.deepEqual(problems, []);
    assert.equal(preset?.id, 'custom');
    assert.equal(preset?.title, 'Mine');
    assert.deepEqual(preset?.minutes, minutes);
    assert.equal(customPreset({ minutes }, steps).preset?.title, 'Custom');
    assert.deepEqual(customPreset(undefined, steps), { problems: [] });
    assert.deepEqual(customPreset(null, steps), { problems: [] });
  });

  it('names the key of every problem', () => {
    const problems = (value: unknown) => customPreset(value, steps).problems;
    assert.match(problems('45')[0], /^mlsd\.practice\.customPreset must be an object/);
    assert.match(problems({ title: 'x' })[0], /^mlsd\.practice\.customPreset\.minutes must map each step/);
    const { modle: _, ...withoutModel } = { ...minutes, modle: 0 };
    const misspelt = problems({ minutes: { ...withoutModel, model: undefined, modle: 10 } });
    assert.ok(
      misspelt.some((p) => /customPreset\.minutes\.modle is not a step; the steps are requirements/.test(p)),
      misspelt.join('\n'),
    );
    assert.ok(
      misspelt.some((p) => /customPreset\.minutes\.model is missing/.test(p)),
      misspelt.join('\n'),
    );
    assert.match(
      problems({ minutes: { ...minutes, data: -2 } })[0],
      /minutes\.data must be a number of minutes, 0 or more, not -2/,
    );
    assert.match(problems({ minutes: { ...minutes, data: '8' } })[0], /not "8"/);
    assert.match(problems({ minutes, colour: 'red' })[0], /customPreset\.colour is not a key of the custom preset/);
    assert.match(problems({ title: '', minutes })[0], /customPreset\.title must be a non-empty string/);
    const zero = Object.fromEntries(stepIds.map((id) => [id, 0]));
    assert.match(problems({ minutes: zero })[0], /add up to 0/);
  });
});

describe('practice timer', () => {
  it('counts the running time down from the session length', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(30), now);
    assert.equal(timer.remainingMs(), 30 * minute);
    now.advance(90_000);
    assert.equal(timer.elapsedMs(), 90_000);
    assert.equal(timer.remainingMs(), 30 * minute - 90_000);
    assert.equal(timer.budgetMs('model'), 400_000);
  });

  it('gives the time between two edits to the step of the first, and the time before any edit to the first edited step', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(), now);
    now.advance(40_000);
    timer.recordEdit(['requirements']);
    assert.equal(timer.spentMs('requirements'), 40_000, 'reading the prompt counts for the step first written');
    now.advance(20_000);
    assert.equal(timer.spentMs('requirements'), 60_000, 'the step being typed in runs on');
    timer.recordEdit(['framing']);
    now.advance(30_000);
    timer.recordEdit([]); // outside every step (the title): the step worked on keeps the time
    now.advance(15_000);
    assert.equal(timer.spentMs('requirements'), 60_000);
    assert.equal(timer.spentMs('framing'), 45_000);
    assert.equal(timer.stepLeftMs('framing'), 300_000 - 45_000);
    timer.recordEdit(['requirements']);
    now.advance(5_000);
    assert.equal(timer.spentMs('framing'), 45_000);
    assert.equal(timer.spentMs('requirements'), 65_000);
    assert.equal(
      stepIds.reduce((total, id) => total + timer.spentMs(id), 0),
      timer.elapsedMs(),
      'every running millisecond goes to one step',
    );
  });

  it('under a merged heading, counts for the first of its steps with budget left', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(), now);
    timer.recordEdit(['evaluation', 'serving']);
    assert.equal(timer.stepOf(['evaluation', 'serving']), 'evaluation');
    now.advance(5 * minute);
    assert.equal(timer.stepOf(['evaluation', 'serving']), 'serving', 'evaluation has used its 5 minutes');
    timer.recordEdit(['evaluation', 'serving']);
    now.advance(minute);
    assert.equal(timer.spentMs('evaluation'), 5 * minute);
    assert.equal(timer.spentMs('serving'), minute);
  });

  it('stands still while paused', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(), now);
    timer.recordEdit(['data']);
    now.advance(minute);
    timer.pause();
    assert.equal(timer.running, false);
    now.advance(10 * minute);
    assert.equal(timer.elapsedMs(), minute);
    assert.equal(timer.spentMs('data'), minute);
    assert.deepEqual(timer.takeWarnings(), []);
    timer.resume();
    now.advance(minute);
    assert.equal(timer.elapsedMs(), 2 * minute);
    assert.equal(timer.spentMs('data'), 2 * minute);
  });

  it('warns once when a step overruns its budget, and at 10, 5 and 1 minutes before the end, then when time is up', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(30), now);
    timer.recordEdit(['requirements']); // budget 200 s
    now.advance(200_000);
    assert.deepEqual(timer.takeWarnings(), [], 'exactly on budget is not over');
    now.advance(1_000);
    assert.deepEqual(timer.takeWarnings(), [{ kind: 'overrun', step: 'requirements', budgetSeconds: 200 }]);
    now.advance(60_000);
    assert.deepEqual(timer.takeWarnings(), [], 'an overrun is told once');
    const given: string[] = [];
    const take = () =>
      given.push(...timer.takeWarnings().map((w) => (w.kind === 'remaining' ? `${w.minutes} min` : w.kind)));
    now.advance(30 * minute - 261_000 - 10 * minute - 1); // a millisecond before 10 minutes left
    take();
    assert.deepEqual(given, []);
    for (const step of [1, 5 * minute - 1, 1, 4 * minute - 1, 1, minute - 1, 1, minute]) {
      now.advance(step);
      take();
    }
    assert.deepEqual(given, ['10 min', '5 min', '1 min', 'timeUp']);
  });

  it('gives only the most urgent time warning when several are due at once (after a reload)', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(45), now);
    now.advance(43 * minute);
    const remaining = timer.takeWarnings().filter((w) => w.kind === 'remaining');
    assert.deepEqual(remaining, [{ kind: 'remaining', minutes: 5 }]);
    now.advance(minute + 1);
    assert.deepEqual(
      timer.takeWarnings().filter((w) => w.kind === 'remaining'),
      [{ kind: 'remaining', minutes: 1 }],
    );
  });

  it('ends: the active step is credited up to the end, the clock stops, no more warnings', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(), now);
    timer.recordEdit(['model']);
    now.advance(12 * minute);
    timer.stop();
    now.advance(60 * minute);
    assert.equal(timer.ended, true);
    assert.equal(timer.elapsedMs(), 12 * minute);
    assert.equal(timer.spentMs('model'), 12 * minute);
    assert.deepEqual(timer.takeWarnings(), []);
    timer.recordEdit(['data']);
    timer.resume();
    assert.equal(timer.spentMs('data'), 0, 'an ended session records nothing more');
    assert.equal(timer.running, false);
  });

  it('reveals a step in interview mode when its slot passed or its budget is used, and every step at the end', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(45), now); // slots end at 5, 10, 18, 28, 33, 41, 45 minutes
    assert.deepEqual([...timer.revealedSteps()], []);
    timer.recordEdit(['data']);
    now.advance(8 * minute);
    assert.deepEqual([...timer.revealedSteps()], ['requirements', 'data'], 'data used its 8 minutes early');
    timer.recordEdit(['model']);
    now.advance(20 * minute);
    assert.deepEqual([...timer.revealedSteps()], ['requirements', 'framing', 'data', 'model']);
    now.advance(17 * minute);
    assert.equal(timer.revealedSteps().size, 7, 'time is up');
    const other = PracticeTimer.start(plan(45), now);
    other.stop();
    assert.equal(other.revealedSteps().size, 7, 'the session ended');
  });

  it('survives a reload: a quick one keeps running, a long gap pauses the session where it was last seen', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(), now);
    timer.recordEdit(['requirements']);
    now.advance(3 * minute);
    timer.heartbeat();
    const saved = JSON.parse(JSON.stringify(timer.snapshot()));

    now.advance(20_000); // the window reloads
    const quick = PracticeTimer.restore(saved, now);
    assert.equal(quick.pausedByGap, false);
    assert.equal(quick.timer.running, true);
    assert.equal(quick.timer.elapsedMs(), 3 * minute + 20_000, 'the reload counts: the interview clock ran on');
    assert.equal(quick.timer.spentMs('requirements'), 3 * minute + 20_000);

    now.advance(reloadGapMs + 1);
    const late = PracticeTimer.restore(saved, now);
    assert.equal(late.pausedByGap, true);
    assert.equal(late.timer.running, false);
    assert.equal(late.timer.elapsedMs(), 3 * minute, 'the time the window was closed is not charged');
    assert.equal(late.timer.spentMs('requirements'), 3 * minute);
    late.timer.resume();
    now.advance(minute);
    assert.equal(late.timer.spentMs('requirements'), 4 * minute);
    assert.deepEqual(saved, JSON.parse(JSON.stringify(saved)), 'the saved state is left as it was');
  });

  it('warns again after a reload only for what it had not told yet', () => {
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(30), now);
    now.advance(21 * minute);
    assert.deepEqual(timer.takeWarnings(), [{ kind: 'remaining', minutes: 10 }]);
    const restored = PracticeTimer.restore(timer.snapshot(), now).timer;
    assert.deepEqual(restored.takeWarnings(), []);
  });
});

describe('where the candidate is', () => {
  const spans: StepSpan[] = [
    { steps: ['requirements'], range: { start: { line: 5, character: 0 }, end: { line: 12, character: 0 } } },
    { steps: ['evaluation', 'serving'], range: { start: { line: 13, character: 0 }, end: { line: 20, character: 4 } } },
  ];

  it('finds the step span holding a line, from its heading to the line before the next section', () => {
    assert.deepEqual(stepsAt(spans, 4), []);
    assert.deepEqual(stepsAt(spans, 5), ['requirements']);
    assert.deepEqual(stepsAt(spans, 12), ['requirements']);
    assert.deepEqual(stepsAt(spans, 13), ['evaluation', 'serving']);
    assert.deepEqual(stepsAt(spans, 21), []);
  });

  it('shows the cursor step with the time left in its budget, or how far over it is, and the session time', () => {
    assert.equal(clock(0), '0:00');
    assert.equal(clock(61_001), '1:02');
    assert.equal(clock(-65_000), '1:05');
    const now = fakeClock();
    const timer = PracticeTimer.start(plan(45), now);
    timer.recordEdit(['requirements']);
    now.advance(4 * minute);
    let status = practiceStatus(timer, 'requirements');
    assert.equal(status.text, '$(watch) 1. Clarifying requirements 1:00 left · 41:00 left');
    assert.equal(status.command, 'mlsd.pausePractice');
    assert.equal(status.tooltip[1], '1. Clarifying requirements: 4:00 of 5:00');
    now.advance(2 * minute + 5_000);
    assert.equal(
      practiceStatus(timer, 'requirements').text,
      '$(watch) 1. Clarifying requirements 1:05 over · 38:55 left',
    );
    timer.pause();
    status = practiceStatus(timer, undefined);
    assert.equal(status.text, '$(debug-pause) Practice · 38:55 left');
    assert.equal(status.command, 'mlsd.resumePractice');
    now.advance(40 * minute);
    timer.resume();
    now.advance(40 * minute);
    assert.match(practiceStatus(timer, undefined).text, /· 1:05 over time$/);
  });
});
