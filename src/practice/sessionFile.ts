/** A practice session as the file "mlsd: Export Practice Session" writes and `mlsd report --session` reads. Pure. */
import type { PracticeSessionFile, SessionHistoryEntry } from '../../common/types';
import type { PracticeTimer } from './timer';

const seconds = (ms: number): number => Math.round(ms / 100) / 10;
const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** The session's file; `history`: the earlier sessions on the same case study, oldest first. */
export function sessionFileOf(timer: PracticeTimer, history: readonly SessionHistoryEntry[]): PracticeSessionFile {
  const { document, title, caseStudy, preset, lengthMinutes, startedAt, endedAt, steps, budgets } = timer.plan;
  return {
    format: 'mlsd-practice-session',
    version: 1,
    document: decodeURIComponent(document.slice(document.lastIndexOf('/') + 1)),
    title,
    ...(caseStudy ? { caseStudy } : {}),
    preset: { id: preset.id, title: preset.title },
    lengthMinutes,
    startedAt: iso(startedAt),
    ...(endedAt !== null ? { endedAt: iso(endedAt) } : {}),
    elapsedSeconds: seconds(timer.elapsedMs()),
    steps: Object.fromEntries(
      steps.map(({ id }) => [id, { budgetSeconds: budgets[id], spentSeconds: seconds(timer.spentMs(id)) }]),
    ),
    history: [...history],
  };
}
