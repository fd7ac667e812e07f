/** What the text and HTML reports say about a practice session, worded once for both. */
import type { ReadinessReport, ReportSession } from '../types';
import type { TrendPoint } from './trend';

/** `2025-01-31T14:05:09.000Z` → `2025-01-31 14:05 UTC`: the same in every time zone, so a report is reproducible. */
export function shortTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Hello Interview budgets, 45 minutes: 43.5 minutes spent, started 2025-01-31 14:05 UTC, ended …". */
export function sessionSummary(session: ReportSession): string {
  const ended = session.endedAt ? `, ended ${shortTime(session.endedAt)}` : ', still running';
  return `${session.preset} budgets, ${session.lengthMinutes} minutes: ${session.elapsedMinutes} minutes spent, started ${shortTime(session.startedAt)}${ended}`;
}

/** The case study's earlier sessions and this one, for the score trend. */
export function trendPoints(report: ReadinessReport & { session: ReportSession }): TrendPoint[] {
  return [
    ...report.session.history.map((entry) => ({ label: shortTime(entry.endedAt).slice(5, 16), score: entry.score })),
    { label: 'this session', score: report.score },
  ];
}
