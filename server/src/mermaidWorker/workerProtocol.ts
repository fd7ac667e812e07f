import type { DiagramOutcome } from '../engine';

/** Main thread → diagram worker: parse this source. */
export interface ParseRequest {
  id: number;
  source: string;
}

/** Diagram worker → main thread: the outcome of request `id`. */
export interface ParseResponse {
  id: number;
  outcome: DiagramOutcome;
}
