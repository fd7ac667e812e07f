import { stepIds } from '../../knowledge';
import type { Coverage, DesignDoc, StepId } from './designDoc';

export interface CoverageSummary {
  /** Steps with real content: covered or thin. */
  covered: number;
  total: number;
  steps: Record<StepId, Coverage>;
}

export function coverageSummary(doc: DesignDoc): CoverageSummary {
  const states = Object.fromEntries(stepIds.map((id) => [id, doc.steps[id].state])) as Record<StepId, Coverage>;
  const covered = stepIds.filter((id) => states[id] === 'covered' || states[id] === 'thin').length;
  return { covered, total: stepIds.length, steps: states };
}
