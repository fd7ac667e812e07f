/**
 * What the practice status bar item says, worked out from the timer: the step the cursor is in with the time left
 * in its budget (or how far over it is) and the time left in the session; the tooltip lists every step. Pure.
 */
import type { StepId } from '../../common/protocol';
import type { PracticeTimer } from './timer';

/** `m:ss` of a duration, rounded up while time is left so 0:00 means the time is up. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(Math.abs(ms) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const leftOrOver = (ms: number, over: string): string => (ms >= 0 ? `${clock(ms)} left` : `${clock(ms)} ${over}`);

export interface PracticeStatus {
  text: string;
  tooltip: string[];
  /** The command a click runs: pause a running session, resume a paused one. */
  command: 'mlsd.pausePractice' | 'mlsd.resumePractice';
}

/** `cursorStep`: the step the cursor is in, when the session's doc is in the active editor and the cursor in a step. */
export function practiceStatus(timer: PracticeTimer, cursorStep: StepId | undefined): PracticeStatus {
  const { steps, preset, lengthMinutes } = timer.plan;
  const icon = timer.running ? '$(watch)' : '$(debug-pause)';
  const total = leftOrOver(timer.remainingMs(), 'over time');
  const step = steps.find((s) => s.id === cursorStep);
  const text = step
    ? `${icon} ${step.number}. ${step.title} ${leftOrOver(timer.stepLeftMs(step.id), 'over')} · ${total}`
    : `${icon} Practice · ${total}`;
  return {
    text,
    tooltip: [
      `Practice, ${preset.title} budgets, ${lengthMinutes} minutes${timer.running ? '' : ' (paused)'}`,
      ...steps.map((s) => `${s.number}. ${s.title}: ${clock(timer.spentMs(s.id))} of ${clock(timer.budgetMs(s.id))}`),
      timer.running ? 'Click to pause.' : 'Click to resume.',
    ],
    command: timer.running ? 'mlsd.pausePractice' : 'mlsd.resumePractice',
  };
}
