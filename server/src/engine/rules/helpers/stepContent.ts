import type { DesignDoc, Evidence, Fix, Polarity, Range, StepId } from '../../model/designDoc';
import type { Rule, RuleReport } from '../rule';
import { stepById } from '../../../knowledge';
import { Derived } from '../../model/cache';
import { evidenceOf } from '../../model/evidenceIndex';
import { saysSomething } from '../../model/statementContent';
import { stepsOfLine, stepText } from '../../model/stepText';
import { hasPlaceholderSubsection, subsectionFix } from '../../fixes/subsections';
import { missingStepAnchor } from './placement';

/**
 * Shared by the rules that judge what a step says: they only look at steps with content (missing-step and
 * empty-step already report the others) and point at the step's heading, or where the step belongs.
 */

/** Whether the step has any content to judge. */
export function hasContent(doc: DesignDoc, id: StepId): boolean {
  const state = doc.steps[id].state;
  return state === 'thin' || state === 'covered';
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

/** What a rule that looks for one concept in a step's text is made of, besides its metadata. */
export interface StepContentCheck {
  /** The step judged: its heading carries the finding. */
  step: StepId;
  /** The steps whose text may hold the answer, the judged one first; just the judged step by default. */
  searchIn?: readonly StepId[];
  /** The concepts that answer it (`concept` or `concept/kind`, from knowledge/concepts). */
  concepts: readonly string[];
  /** The message; built from the doc when it speaks to the doc's own task. */
  message: string | ((doc: DesignDoc) => string);
  /** The sub-section the quick fix inserts. */
  skeleton: Skeleton;
}

/** A rule with one finding on the step when it has content but states none of its concepts (see reportUnlessStated). */
export function stepContentRule(metadata: Omit<Rule, 'check' | 'step'>, content: StepContentCheck): Rule {
  const { step, searchIn = [step], concepts, message, skeleton } = content;
  return {
    ...metadata,
    step,
    check: (doc) =>
      reportUnlessStated(
        doc,
        step,
        searchIn,
        concepts,
        () => (typeof message === 'string' ? message : message(doc)),
        skeleton,
      ),
  };
}

/**
 * The evidence of `conceptIds` in the text the rule reads for `id` (see textFor), in document order. A common word
 * counts only where it names the concept: in its own step's text or in that of the steps searched.
 */
export function evidenceFor(
  doc: DesignDoc,
  id: StepId,
  conceptIds: readonly string[],
  searchIn: readonly StepId[] = [id],
): Evidence[] {
  return evidenceOf(doc, conceptIds).filter(readFor(doc, id, searchIn));
}

/** Whether an occurrence stands in the text the rule reads for `id` (see evidenceFor). */
function readFor(doc: DesignDoc, id: StepId, searchIn: readonly StepId[]): (item: Evidence) => boolean {
  // A step with no text of its own is looked for everywhere.
  const anywhere = stepText(doc, id).lines.length === 0;
  return (item) =>
    (anywhere || stepsOfLine(doc, item.range.start.line).some((step) => searchIn.includes(step))) &&
    (!item.generic ||
      item.section < 0 ||
      doc.sections[item.section].steps.some((step) => step === item.step || searchIn.includes(step)));
}

/** Sections whose own text says something: a statement of a few words that is no question, prompt or negation. */
const sectionsSayingSomething = new Derived((doc: DesignDoc) => {
  const sections = new Set<number>();
  for (const statement of doc.statements) if (saysSomething(statement)) sections.add(statement.section);
  return sections;
});

/**
 * Whether an occurrence says the design has the concept: stated, and not a bare heading ("### Baseline" counts once
 * the section under it says something).
 */
export function statedContent(doc: DesignDoc, item: Evidence): boolean {
  if (item.polarity !== 'stated') return false;
  if (item.strength !== 'heading') return true;
  return sectionsSayingSomething.get(doc).has(item.section);
}

const polarityWords: Record<Exclude<Polarity, 'stated'>, string> = {
  negated: 'rules it out',
  deferred: 'puts it off',
  question: 'only asks about it',
};

/** A short quote of the statement an occurrence is in, for a message. */
export function quoteOf(doc: DesignDoc, item: Evidence): string {
  const text = doc.statements[item.statement]?.text.trim() ?? '';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * One finding on the step when it has content but states none of `conceptIds` (a concept id, or `concept/kind`
 * for one kind). Mentions that rule the concept out, put it off or only ask about it do not count; they are
 * attached to the finding as related information, and a deferral is said in the message ("Line 12 only puts it
 * off"). With a skeleton, the finding carries a quick fix inserting it, and an inserted skeleton still holding its
 * TODO counts as acknowledged (placeholder-text reports the TODO instead, naming what it puts off).
 */
export function reportUnlessStated(
  doc: DesignDoc,
  id: StepId,
  searchIn: readonly StepId[],
  conceptIds: readonly string[],
  message: () => string,
  skeleton?: Skeleton,
): RuleReport[] {
  if (!hasContent(doc, id)) return [];
  const wanted = (item: Evidence): boolean =>
    conceptIds.includes(item.concept) ||
    (item.kind !== undefined && conceptIds.includes(`${item.concept}/${item.kind}`));
  const read = readFor(doc, id, searchIn);
  const occurrences = evidenceOf(doc, new Set(conceptIds.map((concept) => concept.split('/')[0])));
  // Most docs state the concept: the first stated occurrence settles it, before the others are placed.
  if (occurrences.some((item) => statedContent(doc, item) && wanted(item) && read(item))) return [];
  if (skeletonPending(doc, skeleton)) return [];
  const found = occurrences.filter((item) => wanted(item) && read(item));
  const unanswered = found.filter((item) => item.polarity !== 'stated');
  if (
    unanswered.length > 0 &&
    unanswered.every((item) => item.polarity === 'deferred' && doc.statements[item.statement]?.placeholder)
  )
    return [];
  const related = unanswered.slice(0, 3).map((item) => ({
    message: `${polarityWords[item.polarity as Exclude<Polarity, 'stated'>]}: "${quoteOf(doc, item)}"`,
    range: item.range,
    evidence: item,
  }));
  const deferral = unanswered.find((item) => item.polarity === 'deferred');
  const said = deferral ? ` Line ${deferral.range.start.line + 1} only puts it off ("${quoteOf(doc, deferral)}").` : '';
  const fix = skeletonFix(doc, skeleton);
  return [
    {
      message: message() + said,
      range: stepAnchor(doc, id),
      step: id,
      ...(related.length ? { related } : {}),
      ...(fix ? { fix } : {}),
    },
  ];
}
