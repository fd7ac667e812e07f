/**
 * The practice session in the editor: runs the timer (./timer) on the wall clock, keeps it in the workspace state so
 * it survives a window reload, attributes each edit of the session's doc to the step it falls in (the server's step
 * outline), shows the status bar item, gives the timer's warnings, drives interview mode, and at the end records
 * the doc's readiness score in the case study's history. It never edits the doc.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadinessReportRequest, StepOutlineRequest, type StepSpan } from '../../common/protocol';
import type { PracticeSessionFile, SessionHistoryEntry } from '../../common/types';
import { historyKey, withSession, type SessionHistory } from './history';
import type { InterviewMode } from './interviewMode';
import { sessionFileOf } from './sessionFile';
import { PracticeStatusBar } from './statusBar';
import { clock, practiceStatus } from './statusText';
import { stepsAt } from './stepAt';
import { PracticeTimer, type Clock, type PracticePlan, type PracticeState, type PracticeWarning } from './timer';

const stateKeys = {
  current: 'mlsd.practice.current',
  /** The last ended session of each doc, for its report and export. */
  ended: 'mlsd.practice.ended',
  history: 'mlsd.practice.history',
} as const;
const endedLimit = 20;
/** The context key menus read: 'running', 'paused' or 'none'. */
const practiceContextKey = 'mlsd.practice';
const interviewModeSetting = 'practice.interviewMode';
const tickMs = 1000;
/** The running session is written to the workspace state on every change and every this many ticks. */
const persistEvery = 10;

export interface StopResult {
  document: string;
  /** The doc's readiness score at the end; undefined when the doc was no longer open. */
  score?: number;
}

export class PracticeController implements vscode.Disposable {
  private timer: PracticeTimer | undefined;
  private spans: StepSpan[] = [];
  private ticker: NodeJS.Timeout | undefined;
  private ticks = 0;
  /** The value of the context key last set. */
  private context: string | undefined;
  private readonly statusBar = new PracticeStatusBar();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly state: vscode.Memento,
    private readonly client: BaseLanguageClient,
    private readonly interview: InterviewMode,
    private readonly now: Clock = Date.now,
  ) {
    this.disposables = [
      this.statusBar,
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (!this.timer || document.uri.toString() !== this.timer.plan.document || contentChanges.length === 0) return;
        for (const change of contentChanges) this.timer.recordEdit(stepsAt(this.spans, change.range.start.line));
        this.update(true);
      }),
      vscode.window.onDidChangeTextEditorSelection(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`mlsd.${interviewModeSetting}`)) this.update(false);
      }),
    ];
  }

  /** The session running or paused now. */
  get current(): PracticeTimer | undefined {
    return this.timer;
  }

  /** Picks up a session left running or paused before the window reloaded. */
  restore(): void {
    const saved = this.state.get<PracticeState>(stateKeys.current);
    if (saved?.version !== 1) return;
    const { timer, pausedByGap } = PracticeTimer.restore(saved, this.now);
    this.timer = timer;
    if (pausedByGap)
      void vscode.window.showInformationMessage(
        `mlsd: the practice session on "${timer.plan.title}" was paused while the window was closed. Resume it when you are ready.`,
      );
    this.begin();
  }

  async start(plan: PracticePlan): Promise<PracticeTimer> {
    if (this.timer) await this.stop();
    this.timer = PracticeTimer.start(plan, this.now);
    this.begin();
    return this.timer;
  }

  pause(): void {
    this.timer?.pause();
    this.update(true);
  }

  resume(): void {
    this.timer?.resume();
    this.update(true);
  }

  /** Ends the session, records its score in the case study's history and shows every finding again. */
  async stop(): Promise<StopResult | undefined> {
    const timer = this.timer;
    if (!timer) return undefined;
    timer.stop();
    this.timer = undefined;
    clearInterval(this.ticker);
    this.ticker = undefined;
    const { document } = timer.plan;
    await this.state.update(stateKeys.current, undefined);
    const ended = this.state.get<Record<string, PracticeState>>(stateKeys.ended) ?? {};
    const kept = Object.entries({ ...ended, [document]: timer.snapshot() }).slice(-endedLimit);
    await this.state.update(stateKeys.ended, Object.fromEntries(kept));
    this.update(false);
    const score = await this.scoreOf(timer);
    if (score !== undefined) {
      const entry: SessionHistoryEntry = {
        endedAt: new Date(timer.plan.endedAt ?? this.now()).toISOString(),
        score,
        preset: timer.plan.preset.title,
        lengthMinutes: timer.plan.lengthMinutes,
      };
      await this.state.update(stateKeys.history, withSession(this.history(), this.keyOf(timer), entry));
    }
    return { document, ...(score !== undefined ? { score } : {}) };
  }

  /** The session of a doc: the one running on it, else the last one that ended on it. */
  sessionOf(uri: string): PracticeTimer | undefined {
    if (this.timer?.plan.document === uri) return this.timer;
    const ended = this.state.get<Record<string, PracticeState>>(stateKeys.ended)?.[uri];
    return ended?.version === 1 ? PracticeTimer.restore(ended, this.now).timer : undefined;
  }

  /** The session as its file has it, with the earlier sessions on the same case study. */
  sessionFile(timer: PracticeTimer): PracticeSessionFile {
    const own = timer.plan.endedAt === null ? undefined : new Date(timer.plan.endedAt).toISOString();
    const earlier = (this.history()[this.keyOf(timer)] ?? []).filter((entry) => entry.endedAt !== own);
    return sessionFileOf(timer, earlier);
  }

  /** The session's doc was linted again: its step outline may have moved. */
  async outlineChanged(uri: string): Promise<void> {
    if (this.timer?.plan.document !== uri) return;
    let outline;
    try {
      outline = await this.client.sendRequest(StepOutlineRequest, { uri });
    } catch (error) {
      this.client.warn(`mlsd practice: no step outline for ${uri}: ${String(error)}`);
      return;
    }
    if (outline && this.timer?.plan.document === uri) {
      this.spans = outline.spans;
      this.update(false);
    }
  }

  private begin(): void {
    this.spans = [];
    this.ticks = 0;
    clearInterval(this.ticker);
    this.ticker = setInterval(() => this.tick(), tickMs);
    this.update(true);
    if (this.timer) void this.outlineChanged(this.timer.plan.document);
  }

  private tick(): void {
    const timer = this.timer;
    if (!timer) return;
    timer.heartbeat();
    for (const warning of timer.takeWarnings()) this.warn(warning);
    this.update(++this.ticks % persistEvery === 0);
  }

  /** Redraws, updates interview mode and the context key, and persists the session when `persist` is set. */
  private update(persist: boolean): void {
    const timer = this.timer;
    if (persist) void this.state.update(stateKeys.current, timer?.snapshot());
    const context = timer ? (timer.running ? 'running' : 'paused') : 'none';
    if (context !== this.context) {
      this.context = context;
      void vscode.commands.executeCommand('setContext', practiceContextKey, context);
    }
    const interviewMode = vscode.workspace.getConfiguration('mlsd').get<boolean>(interviewModeSetting, true);
    const revealed = timer?.revealedSteps();
    const hidden = timer && interviewMode ? timer.plan.steps.map((s) => s.id).filter((id) => !revealed?.has(id)) : [];
    this.interview.update(timer?.plan.document, new Set(hidden), this.spans);
    this.render();
  }

  private render(): void {
    const timer = this.timer;
    if (!timer) return this.statusBar.hide();
    const editor = vscode.window.activeTextEditor;
    const inDoc = editor?.document.uri.toString() === timer.plan.document;
    const cursor = inDoc ? timer.stepOf(stepsAt(this.spans, editor.selection.active.line)) : undefined;
    this.statusBar.show(practiceStatus(timer, cursor));
  }

  /** Gentle: an information message, never a modal or a sound. */
  private warn(warning: PracticeWarning): void {
    const timer = this.timer;
    if (!timer) return;
    if (warning.kind === 'remaining') {
      void vscode.window.showInformationMessage(
        `mlsd practice: ${warning.minutes} minute${warning.minutes === 1 ? '' : 's'} left.`,
      );
    } else if (warning.kind === 'timeUp') {
      void vscode.window
        .showInformationMessage(
          'mlsd practice: time is up. Stop to see your report, or keep writing.',
          'Stop and Show Report',
        )
        .then((choice) => choice && vscode.commands.executeCommand('mlsd.stopPractice', { showReport: true }));
    } else {
      const step = timer.plan.steps.find((s) => s.id === warning.step);
      void vscode.window.showInformationMessage(
        `mlsd practice: ${step?.number}. ${step?.title} has used its budget of ${clock(warning.budgetSeconds * 1000)}; an interviewer would move you on.`,
      );
    }
  }

  private async scoreOf(timer: PracticeTimer): Promise<number | undefined> {
    try {
      const report = await this.client.sendRequest(ReadinessReportRequest, {
        uri: timer.plan.document,
        session: this.sessionFile(timer),
      });
      return report?.score;
    } catch (error) {
      this.client.warn(`mlsd practice: no score for the session: ${String(error)}`);
      return undefined;
    }
  }

  private history(): SessionHistory {
    return this.state.get<SessionHistory>(stateKeys.history) ?? {};
  }

  private keyOf(timer: PracticeTimer): string {
    return historyKey(timer.plan.caseStudy, timer.plan.title);
  }

  dispose(): void {
    clearInterval(this.ticker);
    for (const d of this.disposables) d.dispose();
  }
}
