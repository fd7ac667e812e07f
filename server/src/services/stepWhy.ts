/**
 * The "Why" part of the hover on a step heading: the state, the words behind it, and the few statements that tell
 * most, in the words `mlsd explain` uses; the rest is left to that command.
 */
import {
  countedLine,
  type DesignDoc,
  explainCoverage,
  notCountedLines,
  stateReason,
  type StepExplanation,
  type StepId,
  wordsBreakdown,
} from '../engine';

/** Evidence lines in a hover, after the summary line: enough to see the verdict's basis, short enough to read. */
const hoverLines = 4;
/** Lines kept for what did not count when there is some: it is usually what a disputed verdict turns on. */
const notCountedShare = 2;

const markdownSpecial = /[\\`*_[\]<>|~]/g;
const escapeMarkdown = (text: string): string => text.replace(markdownSpecial, '\\$&');

/** Statements naming the step's concepts first, content before passing mentions, each in document order. */
function tellingFirst(explanation: StepExplanation): string[] {
  const rank = (item: StepExplanation['statements'][number]): number =>
    (item.concepts.length ? 0 : 2) + (item.via === 'passing' ? 1 : 0);
  return [...explanation.statements].sort((a, b) => rank(a) - rank(b) || a.statement - b.statement).map(countedLine);
}

/** The words behind the state, split between its own headings and other sections only when both gave some. */
function wordsPhrase(explanation: StepExplanation): string {
  const { words } = explanation;
  if (words.own && words.elsewhere) return `${words.total} words (${wordsBreakdown(explanation)})`;
  if (words.elsewhere) return `${words.total} words, all in other sections`;
  return words.own ? `${words.total} words under its own headings` : 'no words';
}

function stepWhyMarkdown(explanation: StepExplanation): string {
  const counted = tellingFirst(explanation);
  const notCounted = notCountedLines(explanation);
  const countedShown = Math.min(counted.length, hoverLines - Math.min(notCounted.length, notCountedShare));
  const notCountedShown = Math.min(notCounted.length, hoverLines - countedShown);
  const more = counted.length - countedShown + notCounted.length - notCountedShown;
  const list = [
    ...counted.slice(0, countedShown).map((line) => `- ${escapeMarkdown(line)}`),
    ...notCounted.slice(0, notCountedShown).map((line) => `- not counted: ${escapeMarkdown(line)}`),
  ];
  // A blank line ends the list: the closing hint would otherwise continue its last item.
  return [
    [
      `**Why: ${explanation.state}** — ${wordsPhrase(explanation)}; ${escapeMarkdown(stateReason(explanation))}`,
      ...list,
    ].join('\n'),
    ...(more ? [`… ${more} more; run \`mlsd explain FILE --step ${explanation.step}\``] : []),
  ].join('\n\n');
}

/** The Why part for one step of the doc. */
export function stepWhy(doc: DesignDoc, id: StepId): string {
  return stepWhyMarkdown(explainCoverage(doc, [id])[0]);
}
