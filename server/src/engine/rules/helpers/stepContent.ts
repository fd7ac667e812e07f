import type { DesignDoc, Fix, Range, StepId } from '../../model/designDoc';
import { stepById } from '../../../knowledge';
import { stepText } from '../../model/stepText';
import { hasPlaceholderSubsection, subsectionFix } from '../../fixes/subsections';
import { missingStepAnchor } from './placement';
import { readableLines } from '../../model/readableLines';

/**
 * Shared by the rules that judge what a step says: they only look at steps with content (missing-step and
 * empty-step already report the others) and point at the step's heading, or where the step belongs.
 */

/** Whether the step has any content to judge. */
export function hasContent(doc: DesignDoc, id: StepId): boolean {
  const state = doc.steps[id].state;
  return state === 'thin' || state === 'covered';
}

/**
 * The text the rule reads for `id`: the text attributed to each step of `searchIn` (the judged step first).
 * When the judged step has content but no section carries it (a doc without headings), the whole doc is read
 * instead: the rule cannot tell which lines are the step's, and a false alarm is worse than silence.
 */
export function textFor(doc: DesignDoc, id: StepId, searchIn: readonly StepId[] = [id]): string {
  const own = stepText(doc, id);
  if (own.lines.length === 0)
    return readableLines(doc)
      .filter((line) => line !== undefined)
      .join('\n');
  const others = searchIn.filter((step) => step !== id).map((step) => stepText(doc, step).text);
  return [own.text, ...others].join('\n');
}

/** The step's heading, else the heading of the nearest earlier step, the title or the first line. */
export function stepAnchor(doc: DesignDoc, id: StepId): Range {
  return doc.steps[id].headingRange ?? missingStepAnchor(doc, id);
}

/** A sub-section a quick fix can insert for a missing sub-topic: its title and the prompt for the author. */
export interface Skeleton {
  /** The step the sub-section goes into. */
  step: StepId;
  title: string;
  prompt: string;
}

/** The skeleton of one of the knowledge base's sub-topics (steps.ts), optionally under another title. */
export function subTopicSkeleton(step: StepId, subTopicId: string, title?: string): Skeleton {
  const topic = stepById(step).subTopics.find((t) => t.id === subTopicId);
  if (!topic) throw new Error(`unknown sub-topic ${step}/${subTopicId}`);
  return { step, title: title ?? topic.label, prompt: topic.prompt };
}

/** Whether a skeleton for the sub-topic was inserted and still waits to be written (placeholder-text reports it). */
export function skeletonPending(doc: DesignDoc, skeleton: Skeleton | undefined): boolean {
  return skeleton !== undefined && hasPlaceholderSubsection(doc, skeleton.step, skeleton.title);
}

/** The quick fix inserting the skeleton, when it can be inserted. */
export function skeletonFix(doc: DesignDoc, skeleton: Skeleton | undefined): Fix | undefined {
  return skeleton && subsectionFix(doc, skeleton.step, skeleton.title, skeleton.prompt);
}

/**
 * One finding on the step when it has content but none of it matches `covers`, else none. `covers` is tested
 * against the text without HTML comments, so a template's prompt comments do not count as an answer. With a
 * `skeleton`, the finding carries a quick fix inserting it, and an inserted skeleton still holding its TODO counts
 * as acknowledged (placeholder-text reports the TODO instead).
 */
export function reportUnless(
  doc: DesignDoc,
  id: StepId,
  searchIn: readonly StepId[],
  covers: (text: string) => boolean,
  message: string | (() => string),
  skeleton?: Skeleton,
): { message: string; range: Range; fix?: Fix }[] {
  if (!hasContent(doc, id)) return [];
  const text = withoutComments(doc, textFor(doc, id, searchIn));
  if (covers(text) || skeletonPending(doc, skeleton)) return [];
  const fix = skeletonFix(doc, skeleton);
  return [
    { message: typeof message === 'string' ? message : message(), range: stepAnchor(doc, id), ...(fix ? { fix } : {}) },
  ];
}

/** HTML comments (Markdown) or `#` comments (YAML) removed: prompts and notes to self are not answers. */
export function withoutComments(doc: DesignDoc, text: string): string {
  return doc.format === 'yaml' ? text.replace(/(^|\s)#.*$/gm, '$1') : text.replace(/<!--[\s\S]*?-->/g, ' ');
}
