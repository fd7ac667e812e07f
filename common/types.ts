/**
 * The vocabulary every runtime shares: positions in a document (0-based line and UTF-16 character, as in LSP),
 * severities, step coverage states and document formats. Types only, so the webview (DOM lib, no Node types) checks
 * the same definitions as the engine, the language server and the client.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** covered: substantive content; thin: some content; empty: a heading with no real content; missing: absent. */
export type Coverage = 'covered' | 'thin' | 'empty' | 'missing';

export type DocFormat = 'markdown' | 'yaml';

/** What Mermaid's parser said about a diagram, and where in the diagram's source (0-based, as Position). */
export interface MermaidProblem {
  /** What Mermaid said, without its ASCII-art excerpt of the flattened text. */
  message: string;
  /** No diagram type matches the first line (Mermaid's UnknownDiagramError). */
  unknownType: boolean;
  /** Where the problem is in the diagram source (start and end on one line), when Mermaid located it. */
  start?: Position;
  end?: Position;
}

// The readiness report of one design doc: what `mlsd report` prints and the editor's report page shows.

export interface ReportSubTopic {
  id: string;
  label: string;
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

/** A quoted piece of the doc a verdict rests on; `line` is 0-based like the range. */
export interface ReportQuote {
  line: number;
  range: Range;
  text: string;
}

export interface ReportStep {
  id: string;
  number: number;
  title: string;
  state: Coverage;
  covered: ReportSubTopic[];
  missing: ReportSubTopic[];
  findings: ReportFinding[];
  /** Minutes spent on the step in a practice session, and its budget, when the report is of a session. */
  minutes?: { spent: number; budget: number };
}

/** What an interviewer grades besides coverage, each resting on quotes of the doc. */
export interface ReportSignal {
  id: string;
  label: string;
  met: boolean;
  /** Why it is met or what is missing. */
  detail: string;
  evidence: ReportQuote[];
}

export interface ReportReadinessSection {
  id: string;
  title: string;
  score: number;
}

/** The ML Test Score of the doc: its four section sums, the lowest as the final score, and the band it falls in. */
export interface ReportReadiness {
  sections: ReportReadinessSection[];
  final: number;
  band: { label: string; meaning: string };
  citation: string;
}

/** The parts of the score, each already weighted: they add up to `score` before rounding. */
export interface ScoreParts {
  coverage: number;
  subTopics: number;
  signals: number;
  findings: number;
}

export interface ReadinessReport {
  title: string;
  /** 0–100, from the formula in the README. */
  score: number;
  parts: ScoreParts;
  steps: ReportStep[];
  signals: ReportSignal[];
  readiness: ReportReadiness;
  /** The practice session the report is of, if any. */
  session?: ReportSession;
}

// Practice sessions: what the editor's practice timer records, exports and shows in the report.

/** One finished practice session, as the history of a case study keeps it. */
export interface SessionHistoryEntry {
  /** ISO 8601 time the session ended. */
  endedAt: string;
  /** The readiness score of the doc when the session ended. */
  score: number;
  /** Title of the preset whose budgets the session used. */
  preset: string;
  lengthMinutes: number;
}

/** What the report shows of a practice session besides its minutes per step. */
export interface ReportSession {
  preset: string;
  lengthMinutes: number;
  /** Minutes of running time (pauses excluded). */
  elapsedMinutes: number;
  /** ISO 8601. */
  startedAt: string;
  endedAt?: string;
  /** Earlier sessions on the same case study, oldest first. */
  history: SessionHistoryEntry[];
}

/** A step's time in a session: budget and time spent, in seconds. */
export interface SessionStepTime {
  budgetSeconds: number;
  spentSeconds: number;
}

/**
 * The session file the editor exports ("mlsd: Export Practice Session") and `mlsd report --session` reads. Times in
 * seconds; the steps are keyed by step id, all seven present.
 */
export interface PracticeSessionFile {
  format: 'mlsd-practice-session';
  version: 1;
  /** File name of the design doc the session was written in. */
  document: string;
  title: string;
  caseStudy?: string;
  preset: { id: string; title: string };
  lengthMinutes: number;
  startedAt: string;
  endedAt?: string;
  elapsedSeconds: number;
  steps: Record<string, SessionStepTime>;
  history?: SessionHistoryEntry[];
}
