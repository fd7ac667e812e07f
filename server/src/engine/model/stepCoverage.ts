import { stepById, stepIds, steps } from '../../knowledge';
import { matchHeading } from '../parse/headingMatch';
import type { ContentChunk } from '../parse/outline';
import { countWords, isPlaceholder, plainLine, substantiveWords } from '../text/words';
import type { Coverage, Section, StepId, StepInfo } from './designDoc';

/**
 * Thresholds of the coverage model, in substantive words (lines of three words or more that are not
 * placeholders) and distinct sub-topics of the step that the text touches.
 */
const coveredWords = 30;
const coveredTopics = 2;
const coveredWordsAlone = 100;
/** A terse answer still covers a step when it touches most of its checklist. */
const briefWords = 20;
const briefTopicShare = 2 / 3;
const thinWords = 10;
/** One real sentence on one of the step's sub-topics is thin coverage, not an empty heading. */
const thinWordsOnTopic = 3;
/** Text under another step's heading counts for this step only when it is clearly about it. */
const crossEvidenceTopics = 2;
/** A step treated in passing elsewhere (sentences about it under other headings) is thin, not missing. */
const passingMentions = 2;
const passingMentionTopics = 2;
/** Code lines are real content but terser than prose. */
const codeWordWeight = 0.5;

interface Cues {
  topics: Map<StepId, Set<string>>;
  hits: Map<StepId, number>;
}

function readCues(text: string): Cues {
  const topics = new Map<StepId, Set<string>>();
  const hits = new Map<StepId, number>();
  const plain = plainLine(text);
  for (const step of steps) {
    for (const subTopic of step.subTopics) {
      subTopic.cues.lastIndex = 0;
      const count = plain.match(subTopic.cues)?.length ?? 0;
      if (count === 0) continue;
      if (!topics.has(step.id)) topics.set(step.id, new Set());
      topics.get(step.id)?.add(subTopic.id);
      hits.set(step.id, (hits.get(step.id) ?? 0) + count);
    }
  }
  return { topics, hits };
}

function cueStrength(cues: Cues, step: StepId): number {
  return (cues.topics.get(step)?.size ?? 0) * 100 + (cues.hits.get(step) ?? 0);
}

/** The step a line's cues favour, when one clearly leads. */
function leadingStep(cues: Cues, among: readonly StepId[]): StepId | undefined {
  const ranked = among
    .map((step) => ({ step, strength: cueStrength(cues, step) }))
    .filter((r) => r.strength > 0)
    .sort((a, b) => b.strength - a.strength);
  if (ranked.length === 0) return undefined;
  if (ranked.length > 1 && ranked[1].strength === ranked[0].strength) return undefined;
  return ranked[0].step;
}

/**
 * Decides which steps each section's text belongs to and how well each step is covered.
 * Headings decide first (a sub-heading with no step of its own inherits its parent's); text under a
 * heading that names no step, or text clearly about another step, counts as evidence by its cues.
 */
export function computeStepCoverage(sections: Section[], chunks: readonly ContentChunk[]): Record<StepId, StepInfo> {
  const inherited = sections.map(() => [] as StepId[]);
  sections.forEach((section, i) => {
    inherited[i] = section.headingSteps.length
      ? section.headingSteps
      : section.parent >= 0
        ? inherited[section.parent]
        : [];
  });

  const words = new Map<StepId, number>(stepIds.map((id) => [id, 0]));
  const topics = new Map<StepId, Set<string>>(stepIds.map((id) => [id, new Set<string>()]));
  const attributed = sections.map(() => new Set<StepId>());

  const credit = (step: StepId, amount: number, cues: Cues, section: number): void => {
    words.set(step, (words.get(step) ?? 0) + amount);
    for (const topic of cues.topics.get(step) ?? []) topics.get(step)?.add(topic);
    if (section >= 0 && amount > 0) attributed[section].add(step);
  };

  // Sentences about a step that sit in another step's section: not its content, but a passing treatment of it.
  const mentions = new Map<StepId, { sentences: number; topics: Set<string> }>();
  const mention = (step: StepId, cues: Cues): void => {
    const entry = mentions.get(step) ?? { sentences: 0, topics: new Set<string>() };
    entry.sentences++;
    for (const topic of cues.topics.get(step) ?? []) entry.topics.add(topic);
    mentions.set(step, entry);
  };

  for (const chunk of chunks) {
    const weight = chunk.code ? codeWordWeight : 1;
    // Long paragraphs often touch several steps, so text is attributed sentence by sentence.
    // Comments are not content; strip them before splitting so one cannot straddle two sentences.
    const text = chunk.code ? chunk.text : chunk.text.replace(/<!--.*?-->/g, ' ');
    const pieces = chunk.code ? [text] : splitSentences(text);
    const inheritedSteps = chunk.section >= 0 ? inherited[chunk.section] : [];
    const label = labelSteps(pieces[0]);
    const substantiveLine = substantiveWords(text) > 0;
    pieces.forEach((piece, k) => {
      const cues: Cues = chunk.code ? { topics: new Map(), hits: new Map() } : readCues(piece);
      const amount = Math.round((substantiveLine ? countWords(plainLine(piece)) : termWords(piece, cues)) * weight);
      const headed = k === 0 && label.length ? label : inheritedSteps;
      const elsewhere = leadingStep(cues, stepIds);
      const aboutElsewhere = elsewhere !== undefined && !headed.includes(elsewhere);
      if (
        aboutElsewhere &&
        (headed.length === 0 || (cues.topics.get(elsewhere)?.size ?? 0) >= crossEvidenceTopics) &&
        headed.every((step) => cueStrength(cues, step) === 0)
      ) {
        credit(elsewhere, amount, cues, chunk.section);
        return;
      }
      if (aboutElsewhere && amount > 0) mention(elsewhere, cues);
      if (headed.length === 1) {
        credit(headed[0], amount, cues, chunk.section);
      } else if (headed.length > 1) {
        const lead = leadingStep(cues, headed);
        for (const step of lead ? [lead] : headed) credit(step, amount, cues, chunk.section);
      }
    });
  }

  sections.forEach((section, i) => {
    section.steps = [...new Set([...inherited[i], ...attributed[i]])];
  });

  const result = {} as Record<StepId, StepInfo>;
  for (const id of stepIds) {
    const named = sections.filter((section) => section.headingSteps.includes(id));
    const total = words.get(id) ?? 0;
    const topicList = [...(topics.get(id) ?? [])];
    const first = named[0];
    result[id] = {
      id,
      state: coverageState(id, total, topicList.length, named.length > 0, mentions.get(id)),
      sections: named.map((section) => section.index),
      headingRange: first?.headingRange,
      bodyRange: first?.bodyRange,
      words: total,
      topics: topicList,
    };
  }
  return result;
}

/**
 * A short line is a stub ("* Monitoring") unless it names a domain term ("* NCE", "* Example: ViT"):
 * metric and model lists are terse by nature.
 */
function termWords(text: string, cues: Cues): number {
  if (cues.topics.size === 0) return 0;
  const plain = plainLine(text);
  if (isPlaceholder(plain) || matchHeading(plain).steps.length > 0) return 0;
  return countWords(plain);
}

function splitSentences(text: string): string[] {
  const pieces = text.split(/(?<=[.!?;])\s+(?=[\p{Lu}\p{N}])/u).filter((piece) => piece.trim());
  return pieces.length ? pieces : [text];
}

/** A line that starts with a label naming a step ("Monitoring: alert when ...") is about that step. */
function labelSteps(text: string): StepId[] {
  const label = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(\p{L}[\p{L} &/-]{0,40}?)(?:\*\*|__)?\s*:/u.exec(text);
  return label ? matchHeading(label[1]).steps : [];
}

function coverageState(
  id: StepId,
  words: number,
  topicCount: number,
  hasHeading: boolean,
  mentioned?: { sentences: number; topics: Set<string> },
): Coverage {
  const brief = words >= briefWords && topicCount >= Math.ceil(stepById(id).subTopics.length * briefTopicShare);
  if (brief || (words >= coveredWords && topicCount >= coveredTopics) || words >= coveredWordsAlone) return 'covered';
  if ((words >= thinWords && (hasHeading || topicCount >= 1)) || (words >= thinWordsOnTopic && topicCount >= 1))
    return 'thin';
  if (mentioned && mentioned.sentences >= passingMentions && mentioned.topics.size >= passingMentionTopics)
    return 'thin';
  return hasHeading ? 'empty' : 'missing';
}
