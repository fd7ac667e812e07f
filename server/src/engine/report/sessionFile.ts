/**
 * Reads a practice session file (the editor's "Export Practice Session", read by `mlsd report --session`): parsed as
 * JSON, checked field by field, each problem placed at the key or value it concerns. Nothing is guessed: a file with
 * a problem gives no session, so a report never shows times it misread.
 */
import type {
  PracticeSessionFile,
  ReportSession,
  SessionHistoryEntry,
  SessionStepTime,
} from '../../../../common/types';
import { stepIds, type StepId } from '../../knowledge';
import { yamlLocator } from '../config/schemaErrors';
import type { Range } from '../model/designDoc';
import { parseBoundedYaml } from '../parse/boundedYaml';
import { plainData } from '../parse/yamlMap';
import { closest } from '../text/closest';
import { LineIndex } from '../text/positions';

const sessionFileFormat = 'mlsd-practice-session';

export interface SessionFileProblem {
  range: Range;
  message: string;
}

export type SessionFileResult = { session: PracticeSessionFile; problems: [] } | { problems: SessionFileProblem[] };

type Path = readonly string[];
interface Found {
  path: Path;
  message: string;
  /** Point at the key rather than the value (an unknown key). */
  atKey?: boolean;
}

const topKeys = [
  'format',
  'version',
  'document',
  'title',
  'caseStudy',
  'preset',
  'lengthMinutes',
  'startedAt',
  'endedAt',
  'elapsedSeconds',
  'steps',
  'history',
];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const label = (path: Path): string => path.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i ? `.${s}` : s)).join('');

/** Checks one value and records what is wrong with it. */
class Checker {
  readonly found: Found[] = [];

  problem(path: Path, message: string, atKey = false): void {
    this.found.push({ path, message, atKey });
  }

  string(value: unknown, path: Path, optional = false): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '')
      this.problem(path, `${label(path)} must be a non-empty string.`);
  }

  number(value: unknown, path: Path, { min = 0, max = Infinity, above = false } = {}): void {
    const ok =
      typeof value === 'number' && Number.isFinite(value) && (above ? value > min : value >= min) && value <= max;
    if (ok) return;
    const bound = above ? `greater than ${min}` : max < Infinity ? `from ${min} to ${max}` : `at least ${min}`;
    this.problem(path, `${label(path)} must be a number ${bound}, not ${JSON.stringify(value) ?? 'nothing'}.`);
  }

  time(value: unknown, path: Path, optional = false): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      this.problem(path, `${label(path)} must be a date and time such as "2025-01-31T14:05:00Z".`);
  }

  keys(value: Record<string, unknown>, path: Path, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const guess = closest(key, known);
      this.problem(
        [...path, key],
        `Unknown key "${key}"${path.length ? ` in ${label(path)}` : ''}${guess ? `; did you mean "${guess}"?` : `; expected ${known.join(', ')}.`}`,
        true,
      );
    }
  }
}

function checkSession(value: unknown, check: Checker): void {
  if (!isObject(value)) {
    check.problem([], 'A practice session file must be a JSON object, as "mlsd: Export Practice Session" writes it.');
    return;
  }
  if (value.format !== sessionFileFormat) {
    check.problem(['format'], `"format" must be "${sessionFileFormat}": this is not an mlsd practice session file.`);
    return;
  }
  if (value.version !== 1)
    check.problem(
      ['version'],
      `Version ${JSON.stringify(value.version)} is not one this mlsd reads; it reads version 1.`,
    );
  check.keys(value, [], topKeys);
  check.string(value.document, ['document']);
  check.string(value.title, ['title']);
  check.string(value.caseStudy, ['caseStudy'], true);
  if (isObject(value.preset)) {
    check.keys(value.preset, ['preset'], ['id', 'title']);
    check.string(value.preset.id, ['preset', 'id']);
    check.string(value.preset.title, ['preset', 'title']);
  } else check.problem(['preset'], '"preset" must be an object { "id", "title" }.');
  check.number(value.lengthMinutes, ['lengthMinutes'], { above: true });
  check.time(value.startedAt, ['startedAt']);
  check.time(value.endedAt, ['endedAt'], true);
  check.number(value.elapsedSeconds, ['elapsedSeconds']);
  checkSteps(value.steps, check);
  if (value.history !== undefined) {
    if (!Array.isArray(value.history)) check.problem(['history'], '"history" must be a list of past sessions.');
    else value.history.forEach((entry, i) => checkHistoryEntry(entry, ['history', String(i)], check));
  }
}

function checkSteps(steps: unknown, check: Checker): void {
  if (!isObject(steps)) {
    check.problem(['steps'], `"steps" must be an object with a key per step: ${stepIds.join(', ')}.`);
    return;
  }
  check.keys(steps, ['steps'], stepIds);
  const absent = stepIds.filter((id) => !(id in steps));
  if (absent.length) check.problem(['steps'], `"steps" lacks ${absent.map((id) => `"${id}"`).join(', ')}.`);
  for (const id of stepIds) {
    const time = steps[id];
    if (time === undefined) continue;
    if (!isObject(time)) {
      check.problem(['steps', id], `steps.${id} must be an object { "budgetSeconds", "spentSeconds" }.`);
      continue;
    }
    check.keys(time, ['steps', id], ['budgetSeconds', 'spentSeconds']);
    check.number(time.budgetSeconds, ['steps', id, 'budgetSeconds']);
    check.number(time.spentSeconds, ['steps', id, 'spentSeconds']);
  }
}

function checkHistoryEntry(entry: unknown, path: Path, check: Checker): void {
  if (!isObject(entry)) {
    check.problem(path, `${label(path)} must be an object { "endedAt", "score", "preset", "lengthMinutes" }.`);
    return;
  }
  check.keys(entry, path, ['endedAt', 'score', 'preset', 'lengthMinutes']);
  check.time(entry.endedAt, [...path, 'endedAt']);
  check.number(entry.score, [...path, 'score'], { max: 100 });
  check.string(entry.preset, [...path, 'preset']);
  check.number(entry.lengthMinutes, [...path, 'lengthMinutes'], { above: true });
}

/** Parses and checks the text of a session file; ranges are 0-based, in the order the problems appear. */
export function parseSessionFile(text: string): SessionFileResult {
  const { document, tooDeep } = parseBoundedYaml(text, { uniqueKeys: true });
  const index = new LineIndex(text);
  const start: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (tooDeep) {
    const at = { line: tooDeep.firstLine, character: 0 };
    return { problems: [{ range: { start: at, end: at }, message: 'Nested far deeper than a session file is.' }] };
  }
  if (document.errors.length)
    return {
      problems: document.errors.map((error) => ({
        range: index.range(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
        message: `Invalid JSON: ${error.message.split('\n')[0]}`,
      })),
    };
  const plain = plainData(document);
  if ('error' in plain) return { problems: [{ range: start, message: `Invalid JSON: ${plain.error}` }] };
  const check = new Checker();
  checkSession(plain.value, check);
  if (check.found.length === 0) return { session: plain.value as PracticeSessionFile, problems: [] };
  const locate = yamlLocator(document);
  const problems = check.found.map(({ path, message, atKey }) => {
    const at = locate(path);
    const node = (atKey ? at.key : at.node) ?? at.key;
    return { range: node?.range ? index.range(node.range[0], node.range[1]) : start, message };
  });
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { problems };
}

/** What is wrong with a session already parsed (the editor sends one with its report request); empty when nothing. */
export function sessionProblems(value: unknown): string[] {
  const check = new Checker();
  checkSession(value, check);
  return check.found.map(({ message }) => message);
}

const minutesOf = (seconds: number): number => Math.round(seconds / 6) / 10;

/** The report's view of a session: minutes per step (to a tenth) and the session's summary with its history. */
export function sessionReportOptions(file: PracticeSessionFile): {
  minutes: Record<StepId, { spent: number; budget: number }>;
  session: ReportSession;
} {
  const time = (id: StepId): SessionStepTime => file.steps[id];
  return {
    minutes: Object.fromEntries(
      stepIds.map((id) => [id, { spent: minutesOf(time(id).spentSeconds), budget: minutesOf(time(id).budgetSeconds) }]),
    ) as Record<StepId, { spent: number; budget: number }>,
    session: {
      preset: file.preset.title,
      lengthMinutes: file.lengthMinutes,
      elapsedMinutes: minutesOf(file.elapsedSeconds),
      startedAt: file.startedAt,
      ...(file.endedAt ? { endedAt: file.endedAt } : {}),
      history: (file.history ?? []).map((entry): SessionHistoryEntry => ({
        endedAt: entry.endedAt,
        score: entry.score,
        preset: entry.preset,
        lengthMinutes: entry.lengthMinutes,
      })),
    },
  };
}
