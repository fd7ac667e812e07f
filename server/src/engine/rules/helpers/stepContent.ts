import type { DesignDoc, Fix, Range, StepId } from '../../model/designDoc';
import type { Rule } from '../rule';
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

/** What a rule that looks for one answer in a step's text is made of, besides its metadata. */
export interface StepContentCheck {
  /** The step judged: its heading carries the finding. */
  step: StepId;
  /** The steps whose text may hold the answer, the judged one first; just the judged step by default. */
  searchIn?: readonly StepId[];
  /** Whether the text answers: a pattern, or a test. */
  covers: RegExp | ((text: string) => boolean);
  /** The message; built from the doc when it speaks to the doc's own task. */
  message: string | ((doc: DesignDoc) => string);
  /** The sub-section the quick fix inserts. */
  skeleton: Skeleton;
}

/**
 * A rule with one finding on the step when it has content but none of it answers `covers`, else none. `covers` is
 * tested against the text without HTML comments, so a template's prompt comments do not count as an answer. The
 * finding carries a quick fix inserting the skeleton, and an inserted skeleton still holding its TODO counts as
 * acknowledged (placeholder-text reports the TODO instead).
 */
export function stepContentRule(metadata: Omit<Rule, 'check'>, content: StepContentCheck): Rule {
  const { step, searchIn = [step], covers, message, skeleton } = content;
  const answers = typeof covers === 'function' ? covers : (text: string) => covers.test(text);
  return {
    ...metadata,
    check(doc) {
      if (!hasContent(doc, step)) return [];
      const text = withoutComments(doc, textFor(doc, step, searchIn));
      if (answers(text) || skeletonPending(doc, skeleton)) return [];
      const fix = skeletonFix(doc, skeleton);
      return [
        {
          message: typeof message === 'string' ? message : message(doc),
          range: stepAnchor(doc, step),
          ...(fix ? { fix } : {}),
        },
      ];
    },
  };
}

/** HTML comments (Markdown) or `#` comments (YAML) removed: prompts and notes to self are not answers. */
export function withoutComments(doc: DesignDoc, text: string): string {
  return doc.format === 'yaml' ? text.replace(/(^|\s)#.*$/gm, '$1') : text.replace(/<!--[\s\S]*?-->/g, ' ');
}
