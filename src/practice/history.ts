/** Past practice sessions per case study, as the workspace state keeps them. Pure. */
import type { SessionHistoryEntry } from '../../common/types';

export type SessionHistory = Record<string, SessionHistoryEntry[]>;

/** Sessions kept per case study: enough for a trend, bounded so the workspace state stays small. */
export const historyLimit = 30;

/** The history's key of a doc: its case study, else its title (a doc of one's own is its own case). */
export function historyKey(caseStudy: string | undefined, title: string): string {
  return caseStudy ? `case:${caseStudy}` : `title:${title}`;
}

/** The history with `entry` added to `key`'s sessions, the oldest dropped past the limit. */
export function withSession(history: SessionHistory, key: string, entry: SessionHistoryEntry): SessionHistory {
  return { ...history, [key]: [...(history[key] ?? []), entry].slice(-historyLimit) };
}
