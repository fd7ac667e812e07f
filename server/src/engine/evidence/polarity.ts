import {
  contrastCues,
  deferralCues,
  forwardNegationCues,
  negationCues,
  promptCues,
  type TermSource,
} from '../../knowledge';
import type { Polarity } from '../model/designDoc';
import type { TermHit } from './termMatcher';

/** The words that change what a sentence says (knowledge/statementCues.ts), found with the concepts in one pass. */
export const statementCues: readonly TermSource[] = [
  negationCues,
  forwardNegationCues,
  deferralCues,
  promptCues,
  contrastCues,
];
const cueIds = new Set(statementCues.map((cue) => cue.id));
export const isStatementCue = (hit: TermHit): boolean => cueIds.has(hit.concept);

/** Punctuation that ends a clause inside a sentence. */
const clauseBreak = /[,;，；、()（）]/g;
const questionEnd = /[?？]\s*(?:[)*_"'»”]+\s*)?$/;
const questionLabel = /^\s*(?:[-*+>]\s+)*(?:\*\*|__)?(?:[q问問]|question|вопрос|질문)\s*(?:\d+\s*)?[:.：]/i;
/**
 * A prompt verb asks for something when a determiner or question word follows it ("Describe the ..."), or another
 * prompt verb does ("Start by providing ...").
 */
const promptObject =
  /^\s+(?:the|a|an|your|our|any|all|what|how|which|who|why|when|where|each|every|key|main|potential|possible|expected|relevant|current|its|their|providing|describing|listing|explaining|outlining|defining|stating|identifying|sketching|summari[sz]ing)\b/i;
const sentenceStart = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*(?:\[[ x]\]\s*)?(?:\*\*|__)?/i;
/**
 * A prompt followed by its own answer ("Define the objective: maximise watch time") is an answer: three words after
 * a colon. Words hold no colon, so a run of colons is read once, not once per colon.
 */
const answeredPrompt = /[:：]\s*[^\s:：]+\s+[^\s:：]+\s+[^\s:：]/;

/** The polarity of each clause of one sentence; `at(offset)` says which applies to a concept found there. */
export interface SentencePolarity {
  /** The sentence as a whole asks rather than tells. */
  question: boolean;
  /** The clauses that do not state anything, as [start, end) offsets with their polarity. */
  unstated: [number, number, Polarity][];
  /** No clause of the sentence states anything: each is negated or deferred ("Monitoring: TBD"). */
  ruledOut: boolean;
  at(offset: number): Polarity;
}

const stated: SentencePolarity = { question: false, ruledOut: false, unstated: [], at: () => 'stated' };
const asking = (sentence: string): SentencePolarity => ({
  question: true,
  ruledOut: false,
  unstated: [[0, sentence.length, 'question']],
  at: () => 'question',
});
const wordCharacter = /[\p{L}\p{N}]/u;
/**
 * "Whether it is fraud or not", "или нет", "1 if registered, 0 if not", "если не": the other branch of an
 * alternative or a condition, not a negation.
 */
const alternativeBefore = /(?:^|[^\p{L}])(?:or|или|if|если)\s+$/iu;
/**
 * "Must not exceed 200 ms", "no more than 100 ms", "не более 2 секунд", "не должна превышать": a bound, which states
 * a budget rather than ruling one out.
 */
const boundAfter =
  /^(?:not|no|не)\s+(?:(?:must|should|will|shall|to|can|may|need to|должн\p{L}*|будет|может)\s+)?(?:more|less|longer|later|greater|higher|lower|fewer|exceed\w*|above|below|drop below|fall below|worse|более|больше|менее|меньше|превыша\p{L}*|превыс\p{L}*|дольше|позднее|позже|ниже|выше|хуже)(?!\p{L})/iu;

/** The polarity of a sentence from the statement cues found in it (hits of `statementCues`, longest first). */
export function sentencePolarity(sentence: string, cues: readonly TermHit[]): SentencePolarity {
  if (questionEnd.test(sentence) || questionLabel.test(sentence)) return asking(sentence);
  if (cues.length === 0) return stated;
  const lead = sentenceStart.exec(sentence)?.[0].length ?? 0;
  const first = cues[0];
  if (
    first.concept === 'prompt' &&
    first.start === lead &&
    promptObject.test(sentence.slice(first.end)) &&
    !answeredPrompt.test(sentence) &&
    !/\d/.test(sentence)
  ) {
    return asking(sentence);
  }
  // Clauses end at commas and semicolons, and where a contrast word starts a new one.
  const breaks = [0];
  for (const match of sentence.matchAll(clauseBreak)) breaks.push(match.index);
  for (const cue of cues) if (cue.concept === 'contrast') breaks.push(cue.start);
  breaks.sort((a, b) => a - b);
  breaks.push(sentence.length + 1);
  // A determiner ("no", "without") negates from where it stands to the end of its clause, a negated verb the
  // whole clause; a clause split at the determiner keeps what comes before it.
  for (const cue of cues) if (cue.concept === 'negation-forward') breaks.push(cue.start);
  breaks.sort((a, b) => a - b);
  const clauses: { end: number; polarity: Polarity }[] = [];
  const unstated: [number, number, Polarity][] = [];
  let ruledOut = true;
  for (let k = 0; k + 1 < breaks.length; k++) {
    const [start, end] = [breaks[k], breaks[k + 1]];
    if (start === end) continue;
    const inside = cues.filter((cue) => cue.start >= start && cue.start < end);
    // A deferral often trails what it puts off ("We add online metrics, in the next phase").
    const next = cues.filter((cue) => cue.start >= end && cue.start < (breaks[k + 2] ?? end));
    const deferred = inside.some((cue) => cue.concept === 'deferral') || next.some((cue) => cue.concept === 'deferral');
    const negated = inside.some(
      (cue) =>
        (cue.concept === 'negation' || cue.concept === 'negation-forward') &&
        !/^not only\b/i.test(sentence.slice(cue.start)) &&
        !boundAfter.test(sentence.slice(cue.start, cue.start + 40)) &&
        !alternativeBefore.test(sentence.slice(Math.max(0, cue.start - 8), cue.start)),
    );
    const polarity: Polarity = deferred ? 'deferred' : negated ? 'negated' : 'stated';
    if (polarity === 'stated' && wordCharacter.test(sentence.slice(start, end))) ruledOut = false;
    if (polarity !== 'stated') unstated.push([start, Math.min(end, sentence.length), polarity]);
    clauses.push({ end, polarity });
  }
  if (unstated.length === 0) return stated;
  return {
    question: false,
    ruledOut,
    unstated,
    at: (offset) => clauses.find((clause) => offset < clause.end)?.polarity ?? 'stated',
  };
}
