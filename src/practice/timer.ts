/**
 * The practice timer: a session's clock, its budgets per step, the time spent on each step, pauses, the warnings it
 * owes the candidate and the steps whose findings may be shown. Pure: the clock is injected and the state is plain
 * data (kept in the workspace state, so a session survives a window reload); no editor API.
 *
 * Time is attributed from where the candidate types: the running time between two edits goes to the step of the
 * earlier edit, the step being worked on, and the time before the first edit goes to the step of that edit.
 */
import type { StepId, StepTitle } from '../../common/protocol';

export type Clock = () => number;

/** What a session is started with. */
export interface PracticePlan {
  /** URI of the design doc. */
  document: string;
  title: string;
  caseStudy?: string;
  preset: { id: string; title: string };
  lengthMinutes: number;
  /** The steps in the framework's order, with their titles for the status bar. */
  steps: StepTitle[];
  /** Seconds per step. */
  budgets: Record<StepId, number>;
}

export interface PracticeState extends PracticePlan {
  version: 1;
  /** Epoch milliseconds. */
  startedAt: number;
  /** Running time before the current run, in milliseconds. */
  bankedMs: number;
  /** When the current run started (epoch ms); null while paused or after the end. */
  runningSince: number | null;
  /** The last time the editor saw the session running (epoch ms): a reload after a long gap pauses it there. */
  lastSeen: number;
  endedAt: number | null;
  /** Milliseconds credited to each step, not counting the open stretch of the active step. */
  creditedMs: Partial<Record<StepId, number>>;
  /** The step last typed in and the running time (ms) since which it is credited. */
  active: { step: StepId; sinceMs: number } | null;
  /** Warnings already given, by key (see PracticeWarning). */
  warned: string[];
}

export type PracticeWarning =
  | { kind: 'remaining'; minutes: number }
  | { kind: 'timeUp' }
  | { kind: 'overrun'; step: StepId; budgetSeconds: number };

/** Minutes before the end at which the candidate is told the time left. */
const remainingMarks = [10, 5, 1] as const;
/** A session the editor has not seen for longer than this was not running: the window was closed. */
export const reloadGapMs = 2 * 60_000;

const warningKey = (warning: PracticeWarning): string =>
  warning.kind === 'remaining'
    ? `remaining-${warning.minutes}`
    : warning.kind === 'timeUp'
      ? 'time-up'
      : `overrun-${warning.step}`;

export class PracticeTimer {
  private constructor(
    private state: PracticeState,
    private readonly clock: Clock,
  ) {}

  static start(plan: PracticePlan, clock: Clock): PracticeTimer {
    const now = clock();
    return new PracticeTimer(
      {
        ...plan,
        version: 1,
        startedAt: now,
        bankedMs: 0,
        runningSince: now,
        lastSeen: now,
        endedAt: null,
        creditedMs: {},
        active: null,
        warned: [],
      },
      clock,
    );
  }

  /**
   * A session read back after a window reload. If the editor last saw it running more than `reloadGapMs` ago, the
   * window was closed meanwhile: the session is paused as of that moment rather than charged for the gap.
   */
  static restore(state: PracticeState, clock: Clock): { timer: PracticeTimer; pausedByGap: boolean } {
    const timer = new PracticeTimer(structuredClone(state), clock);
    const { runningSince, lastSeen } = timer.state;
    if (runningSince === null || clock() - lastSeen <= reloadGapMs) return { timer, pausedByGap: false };
    timer.state.bankedMs += Math.max(0, lastSeen - runningSince);
    timer.state.runningSince = null;
    return { timer, pausedByGap: true };
  }

  /** A copy of the state, to persist. */
  snapshot(): PracticeState {
    return structuredClone(this.state);
  }

  get plan(): Readonly<PracticeState> {
    return this.state;
  }

  get running(): boolean {
    return this.state.runningSince !== null;
  }

  get ended(): boolean {
    return this.state.endedAt !== null;
  }

  /** Running time so far, pauses excluded (ms). */
  elapsedMs(): number {
    const { bankedMs, runningSince } = this.state;
    return bankedMs + (runningSince === null ? 0 : Math.max(0, this.clock() - runningSince));
  }

  /** Time left in the session (ms); negative once it is over time. */
  remainingMs(): number {
    return this.state.lengthMinutes * 60_000 - this.elapsedMs();
  }

  budgetMs(step: StepId): number {
    return this.state.budgets[step] * 1000;
  }

  spentMs(step: StepId): number {
    const { creditedMs, active } = this.state;
    const open = active?.step === step ? this.elapsedMs() - active.sinceMs : 0;
    return (creditedMs[step] ?? 0) + open;
  }

  /** Time left in the step's budget (ms); negative when the step overran it. */
  stepLeftMs(step: StepId): number {
    return this.budgetMs(step) - this.spentMs(step);
  }

  /** Which of a heading's steps an edit or the cursor counts for: the first with budget left, else the last. */
  stepOf(steps: readonly StepId[]): StepId | undefined {
    return steps.find((step) => this.stepLeftMs(step) > 0) ?? steps[steps.length - 1];
  }

  /** Records the editor seeing the session (see `restore`). */
  heartbeat(): void {
    if (this.running) this.state.lastSeen = this.clock();
  }

  pause(): void {
    if (!this.running || this.ended) return;
    this.state.bankedMs = this.elapsedMs();
    this.state.runningSince = null;
  }

  resume(): void {
    if (this.running || this.ended) return;
    this.state.runningSince = this.clock();
    this.state.lastSeen = this.state.runningSince;
  }

  /** Ends the session: the active step is credited up to now and the clock stops. */
  stop(): void {
    if (this.ended) return;
    this.credit();
    this.pause();
    this.state.active = null;
    this.state.endedAt = this.clock();
  }

  /** The candidate typed in a step span naming `steps` (a merged heading names several). */
  recordEdit(steps: readonly StepId[]): void {
    const step = this.stepOf(steps);
    if (!step || this.ended) return;
    this.credit(step);
    this.state.active = { step, sinceMs: this.elapsedMs() };
  }

  /** Credits the running time since the active step's last credit to it (or, before any edit, to `first`). */
  private credit(first?: StepId): void {
    const { active, creditedMs } = this.state;
    const step = active?.step ?? first;
    if (!step) return;
    const now = this.elapsedMs();
    creditedMs[step] = (creditedMs[step] ?? 0) + now - (active?.sinceMs ?? 0);
    if (active) active.sinceMs = now;
  }

  /**
   * The warnings due now and not yet given, each given once: the time left at 10, 5 and 1 minutes (only the most
   * urgent when several are due at once, as after a reload), the end of the time, and each step that overran.
   */
  takeWarnings(): PracticeWarning[] {
    if (this.ended) return [];
    const due: PracticeWarning[] = [];
    const remaining = this.remainingMs();
    const marks = remainingMarks.filter((minutes) => minutes < this.state.lengthMinutes);
    const reached = marks.filter((minutes) => remaining <= minutes * 60_000);
    if (remaining <= 0) due.push({ kind: 'timeUp' });
    else if (reached.length) due.push({ kind: 'remaining', minutes: reached[reached.length - 1] });
    for (const { id } of this.state.steps)
      if (this.stepLeftMs(id) < 0) due.push({ kind: 'overrun', step: id, budgetSeconds: this.state.budgets[id] });
    const given = new Set(this.state.warned);
    const fresh = due.filter((warning) => !given.has(warningKey(warning)));
    const passed = reached.map((minutes) => warningKey({ kind: 'remaining', minutes }));
    this.state.warned = [...new Set([...this.state.warned, ...passed, ...due.map(warningKey)])];
    return fresh;
  }

  /**
   * The steps whose findings an interviewer would now bring up: every step once the session ended or its time is up;
   * before that, a step whose budget is used, or whose slot in the schedule (the budgets one after another, in the
   * framework's order) has passed.
   */
  revealedSteps(): Set<StepId> {
    const ids = this.state.steps.map((step) => step.id);
    if (this.ended || this.remainingMs() <= 0) return new Set(ids);
    const elapsed = this.elapsedMs();
    const revealed = new Set<StepId>();
    let slotEnd = 0;
    for (const id of ids) {
      slotEnd += this.budgetMs(id);
      if (elapsed >= slotEnd || this.stepLeftMs(id) <= 0) revealed.add(id);
    }
    return revealed;
  }
}
