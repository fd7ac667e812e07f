import type { StepId, StepSpan } from '../../common/protocol';

/** The steps of the span holding `line` (0-based), from the server's step outline; empty outside every step. */
export function stepsAt(spans: readonly StepSpan[], line: number): StepId[] {
  return spans.find((span) => span.range.start.line <= line && line <= span.range.end.line)?.steps ?? [];
}
