import type { DesignDoc, Range, StepId } from '../../model/designDoc';
import { stepIds, stepById } from '../../../knowledge';

/**
 * Where a missing step belongs: on the heading of the nearest earlier step the doc has, else on
 * the title, else on the first line. Findings about absent content need a real place to sit.
 */
export function missingStepAnchor(doc: DesignDoc, id: StepId): Range {
  const position = stepIds.indexOf(id);
  for (let i = position - 1; i >= 0; i--) {
    const range = doc.steps[stepIds[i]].headingRange;
    if (range) return range;
  }
  if (doc.title) return doc.title.range;
  const firstText = doc.lines.findIndex((line) => line.trim() !== '');
  const line = Math.max(firstText, 0);
  return { start: { line, character: 0 }, end: { line, character: doc.lines[line]?.length ?? 0 } };
}

/** "step 5 (Evaluation)", or "Step 5 (Evaluation)" to open a sentence. */
export function stepLabel(id: StepId, sentenceStart = false): string {
  const step = stepById(id);
  return `${sentenceStart ? 'Step' : 'step'} ${step.number} (${step.title})`;
}

/** What a good answer to the step mentions, for messages. */
export function stepExpectations(id: StepId): string {
  return stepById(id)
    .subTopics.map((topic) => topic.label)
    .join(', ');
}
