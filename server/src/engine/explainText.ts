/**
 * The wording of a step explanation, shared by `mlsd explain` and the hover on a step heading so both say the same
 * thing in the same words. Lines are plain text with 1-based line numbers, as a reader counts them.
 */
import type {
  EvidenceOccurrence,
  EvidenceUse,
  SkipReason,
  StepExplanation,
  UnstatedEvidence,
  CountedStatement,
  SkippedStatement,
} from './explain';
import type { StepBasis } from './model/designDoc';
import { stepById } from '../knowledge';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `4. Model development — thin (23 words, 2 of 4 sub-topics)`, with passing mentions when there are any. */
export function explanationHeadline(explanation: StepExplanation): string {
  const { covered, missing } = explanation.subTopics;
  const passing = explanation.passingMentions ? `; ${plural(explanation.passingMentions, 'passing mention')}` : '';
  return `${explanation.number}. ${explanation.title} — ${explanation.state} (${plural(explanation.words.total, 'word')}, ${covered.length} of ${covered.length + missing.length} sub-topics${passing})`;
}

const skipNouns: Record<SkipReason, [string, string]> = {
  question: ['question or prompt', 'questions or prompts'],
  placeholder: ['placeholder', 'placeholders'],
  'ruled-out': ['line that rules things out', 'lines that rule things out'],
  stub: ['stub', 'stubs'],
  'other-step': ['line about another step', 'lines about another step'],
};

/** How the state came about, from what the text gave the step. */
export function stateReason(explanation: StepExplanation): string {
  const { state, words, passingMentions, unmetNeeds, skipped } = explanation;
  const needs = unmetNeeds.map((group) => group.map((topic) => topic.label).join(' or ')).join(' and ');
  switch (state) {
    case 'covered':
      return 'substantive text on its sub-topics';
    case 'thin':
      if (words.total === 0) return `touched only in passing, in other steps' text`;
      return needs
        ? `some content, but not covered without ${needs}`
        : 'some content, but brief or on few of its sub-topics';
    case 'empty': {
      const counts = new Map<SkipReason, number>();
      for (const item of skipped) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
      const what = [...counts]
        .map(([reason, count]) => `${count} ${skipNouns[reason][count === 1 ? 0 : 1]}`)
        .join(', ');
      return `a heading names it, but nothing under it counts as content${what ? ` (${what})` : ''}`;
    }
    case 'missing':
      return passingMentions
        ? `no heading names it, and ${plural(passingMentions, 'passing mention')} in other steps' text ${passingMentions === 1 ? 'is' : 'are'} not enough`
        : 'no heading names it and no text elsewhere is clearly about it';
  }
}

/** `210 under its own headings, 12 in other sections`. */
export function wordsBreakdown(explanation: StepExplanation): string {
  return `${explanation.words.own} under its own headings, ${explanation.words.elsewhere} in other sections`;
}

const viaPhrases: Record<StepBasis['via'], string> = {
  heading: 'under its heading',
  label: 'after a step label',
  content: 'content elsewhere',
  passing: 'passing mention',
};

/** `line 45: 'we retrain weekly' (retraining; 4 words under its heading)`. */
export function countedLine(item: CountedStatement): string {
  // A note under the requirements that names another step lends them its figures, not its words.
  const how =
    item.via === 'passing'
      ? viaPhrases.passing
      : item.words === 0
        ? `its figures ${viaPhrases[item.via]}`
        : `${plural(item.words, 'word')} ${viaPhrases[item.via]}`;
  return `line ${item.line + 1}: '${item.quote}' (${[item.concepts.join(', '), how].filter(Boolean).join('; ')})`;
}

const unstatedText = (item: UnstatedEvidence): string =>
  `${item.kind ? `${item.label}: ${item.kind}` : item.label}, ${item.polarity}`;

/** `line 60: 'We skip the A/B test' (A/B test, negated)`: the occurrences of one statement. */
export function notCountedLine(items: readonly UnstatedEvidence[]): string {
  return `line ${items[0].range.start.line + 1}: '${items[0].quote}' (${[...new Set(items.map(unstatedText))].join('; ')})`;
}

const skipPhrases: Record<Exclude<SkipReason, 'other-step'>, string> = {
  question: 'a question or prompt',
  placeholder: 'a placeholder',
  'ruled-out': 'rules things out',
  stub: 'too short to be content',
};

/** `line 61: 'Describe the data sources' (a question or prompt)`. */
export function skippedLine(item: SkippedStatement): string {
  const why =
    item.reason === 'other-step'
      ? `counted for ${item.otherStep ? stepById(item.otherStep).title : 'another step'} instead`
      : skipPhrases[item.reason];
  return `line ${item.line + 1}: '${item.quote}' (${why})`;
}

const usePhrases: Record<Exclude<EvidenceUse, 'counted' | 'heading'>, string> = {
  passing: 'passing mention',
  generic: 'common word outside its step',
  unused: 'not counted',
};

/** `45:12 sentence`, the kind when one was named, and how it counted unless it simply did (or is a title). */
export function occurrenceText(item: EvidenceOccurrence): string {
  const notes = [item.kind, item.use === 'counted' || item.use === 'heading' ? undefined : usePhrases[item.use]].filter(
    Boolean,
  );
  return `${item.range.start.line + 1}:${item.range.start.character + 1} ${item.strength}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * The "not counted" lines of a step: each statement with negated, deferred or asked occurrences, then each statement
 * under the step's own heading that gave it nothing, unless it was already shown.
 */
export function notCountedLines(explanation: StepExplanation): string[] {
  const byStatement = new Map<number, UnstatedEvidence[]>();
  for (const item of explanation.notCounted)
    byStatement.set(item.statement, [...(byStatement.get(item.statement) ?? []), item]);
  return [
    ...[...byStatement.values()].map(notCountedLine),
    ...explanation.skipped.filter((item) => !byStatement.has(item.statement)).map(skippedLine),
  ];
}
