import type { Polarity, StatementLayout } from '../model/designDoc';
import { concepts } from '../../knowledge';
import { TextMemo, type TextMemos } from '../model/cache';
import { countWords, isPlaceholder, plainLine } from '../text/words';
import { isStatementCue, sentencePolarity, statementCues, type SentencePolarity } from './polarity';
import { scaleFigures } from './scaleFigures';
import { longestHits, TermMatcher, type ListedHit, type TermHit } from './termMatcher';

/** Concepts and statement cues in one matcher: each statement is read once. */
const matcher = new TermMatcher([...concepts, ...statementCues]);

/**
 * The concepts a short text names, e.g. one diagram label: a diagram line is one statement, so its evidence spans the
 * line and this tells which label named which concept.
 */
export function conceptsNamedIn(text: string): Set<string> {
  return new Set(
    matcher
      .match(text)
      .filter((hit) => !isStatementCue(hit))
      .map((hit) => hit.concept),
  );
}

/** A concept a statement names, at offsets in its text, with what the statement says about it there. */
export interface ReadHit extends TermHit {
  polarity: Polarity;
}

/**
 * What a statement says wherever it stands: a pure function of its text, its layout and whether its section puts
 * things off ("Future work"). Reused for every statement that comes back unchanged in the next version of a doc.
 */
export interface StatementReading {
  hits: ReadHit[];
  /** Words of the text without markup. */
  words: number;
  placeholder: boolean;
  /** Nothing is left of the text without markup: it is no statement. */
  blank: boolean;
  question: boolean;
  ruledOut: boolean;
  unstated: [number, number, Polarity][];
}

/** A statement to read: its text, layout and whether its section is deferred. */
export interface StatementToRead {
  text: string;
  layout: StatementLayout;
  deferred: boolean;
}

const deferredStatement: SentencePolarity = {
  question: false,
  ruledOut: true,
  unstated: [[0, Number.MAX_SAFE_INTEGER, 'deferred']],
  at: () => 'deferred',
};

/** The readings of statements read one way (a layout, in a section that puts things off or not), by their text. */
function readingMemo(layout: StatementLayout, deferred: boolean): TextMemo<StatementReading> {
  return new TextMemo((texts) => {
    const patternHits = matcher.matchPatternsEach(texts);
    return texts.map((text, k) => read({ text, layout, deferred }, patternHits[k]));
  });
}

const readingMemos = (layout: StatementLayout) => [readingMemo(layout, false), readingMemo(layout, true)] as const;

/** One memo per way of reading: a fixed table, so a statement read one way is remembered under one key. */
const readingsByLayout: Record<StatementLayout, readonly [TextMemo<StatementReading>, TextMemo<StatementReading>]> = {
  prose: readingMemos('prose'),
  list: readingMemos('list'),
  quote: readingMemos('quote'),
  table: readingMemos('table'),
  diagram: readingMemos('diagram'),
  code: readingMemos('code'),
  heading: readingMemos('heading'),
};

const readingsOf = ({ layout, deferred }: StatementToRead): TextMemo<StatementReading> =>
  readingsByLayout[layout][deferred ? 1 : 0];

/**
 * The reading of each statement, remembered from the previous version of the doc where the same statement was read
 * before, else read now.
 */
export function readStatements(statements: readonly StatementToRead[], memos: TextMemos): StatementReading[] {
  const groups = new Map<TextMemo<StatementReading>, number[]>();
  statements.forEach((statement, k) => {
    const memo = readingsOf(statement);
    const group = groups.get(memo);
    if (group) group.push(k);
    else groups.set(memo, [k]);
  });
  const found = new Array<StatementReading>(statements.length);
  for (const [memo, group] of groups) {
    const answers = memos.answers(
      memo,
      group.map((k) => statements[k].text),
    );
    group.forEach((k, g) => (found[k] = answers[g]));
  }
  return found;
}

/** Reads one statement, given the pattern hits in its text. */
function read({ text, layout, deferred }: StatementToRead, patternHits: ListedHit[]): StatementReading {
  // Headings, code and diagram lines count as written; other text is read without its markup.
  const marked = layout !== 'heading' && layout !== 'code' && layout !== 'diagram';
  const plain = marked ? plainLine(text) : text;
  const cues: ListedHit[] = [];
  const terms: ListedHit[] = patternHits;
  for (const hit of matcher.match(text)) (isStatementCue(hit) ? cues : terms).push(hit);
  const polarity: SentencePolarity | undefined = deferred
    ? deferredStatement
    : layout === 'code' || layout === 'diagram'
      ? undefined
      : sentencePolarity(text, longestHits(cues));
  const hits: TermHit[] = longestHits(terms);
  if (layout !== 'heading' && layout !== 'code') {
    for (const [start, end] of scaleFigures(text))
      hits.push({ concept: 'scale-numbers', kind: 'figure', start, end, generic: false });
  }
  return {
    hits: hits.map((hit) => ({ ...hit, polarity: polarity?.at(hit.start) ?? 'stated' })),
    words: countWords(plain),
    placeholder: marked && isPlaceholder(plain),
    blank: marked && !plain,
    question: polarity?.question ?? false,
    ruledOut: polarity?.ruledOut ?? false,
    unstated: (polarity?.unstated ?? []).map(([start, end, kind]): [number, number, Polarity] => [
      start,
      Math.min(end, text.length),
      kind,
    ]),
  };
}
