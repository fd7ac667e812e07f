import type { Evidence, Section, Statement, StatementLayout, StatementWrap, Strength } from '../model/designDoc';
import { positionIn } from '../model/statementPosition';
import { asideSectionCues, concepts, deferredSectionCues, type Concept } from '../../knowledge';
import type { ContentChunk } from '../parse/outline';
import { TextMemo, type TextMemos } from '../model/cache';
import { readStatements, type StatementReading } from './statementReading';
import { TermMatcher } from './termMatcher';

const conceptsById = new Map<string, Concept>(concepts.map((concept) => [concept.id, concept]));
const deferredHeadingMatcher = new TermMatcher([deferredSectionCues]);
const asideMatcher = new TermMatcher([asideSectionCues]);

/** What a section title says of its section: it puts things off ("Future work"), or it is an aside ("References"). */
const titleReadings = TextMemo.each((title) => {
  // After its numbering or emoji: "15. References", "📚 Resources".
  const opening = /^\P{L}*/u.exec(title)?.[0].length ?? 0;
  return {
    deferred: deferredHeadingMatcher.match(title).length > 0,
    aside: asideMatcher.match(title).some((hit) => hit.start === opening),
  };
});

export function conceptById(id: string): Concept {
  const concept = conceptsById.get(id);
  if (!concept) throw new Error(`unknown concept ${id}`);
  return concept;
}

/** Below this many words a statement is a fragment ("* Monitoring", "| CTR |"), not a sentence. */
const sentenceWords = 5;
const sentenceBoundary =
  /(?<=[.!?;。！？；])\s+(?=[\p{Lu}\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}"“«(*_[])|(?<=[。！？；])/gu;
/** A table's separator row: pipes, colons, dashes and blanks only. */
const isTableSeparator = (text: string): boolean =>
  /^[\s|:-]+$/.test(text) && text.includes('--') && text.includes('|');
const tableRow = /^\s*\|.*\|\s*$/;
const listItem = /^\s*(?:[-*+]|\d+[.)])\s/;
const quote = /^\s*>/;

/** How much a statement's evidence weighs, by where it stands and how long it is. */
function strengthOf(layout: StatementLayout, words: number): Strength {
  if (layout === 'heading' || layout === 'code' || layout === 'diagram' || layout === 'table') return layout;
  return words >= sentenceWords ? 'sentence' : 'passing';
}

/** A statement located in the doc, before it is read. */
type PlacedStatement = Pick<Statement, 'section' | 'line' | 'start' | 'end' | 'text' | 'wraps' | 'layout'> & {
  deferred: boolean;
};

/**
 * Chunks read together (a paragraph and the lines it wraps over, a table row, a code or diagram line), and where
 * their statements and evidence went: what the next version of the doc needs to keep them if they come back.
 */
export interface ChunkRun {
  chunks: readonly ContentChunk[];
  deferred: boolean;
  /** A paragraph, which takes in the next chunk when that goes on with it (a table row never does). */
  joins: boolean;
  firstStatement: number;
  statementCount: number;
  firstEvidence: number;
  evidenceCount: number;
}

/** A scan of the previous version of the doc. */
export interface PreviousScan {
  lines: readonly string[];
  statements: readonly Statement[];
  evidence: readonly Evidence[];
  runs: readonly ChunkRun[];
}

/**
 * Finds every concept occurrence of a document once: section titles, then each content chunk split into statements
 * (sentences, table cells), each with its polarity. Step coverage, the rules, hovers and the report read the result.
 * What a statement says does not depend on where it stands, so the readings `memos` has from the previous version of
 * the doc are reused for every statement that is still there, and a run of chunks that comes back as it was keeps the
 * statement and evidence objects of `previous` (copied when statements before it came or went): an edit places and
 * reads only the statements it changed.
 */
export function scanEvidence(
  sections: readonly Section[],
  chunks: readonly ContentChunk[],
  lines: readonly string[],
  memos: TextMemos,
  previous?: PreviousScan,
): { statements: Statement[]; evidence: Evidence[]; runs: ChunkRun[] } {
  // What a "Future work" section says is planned, not designed: its statements count as deferred. References and
  // contents are not part of the design at all.
  const deferredSection = sections.map(() => false);
  const asideSection = sections.map(() => false);
  const titles = memos.answers(
    titleReadings,
    sections.map((section) => section.title),
  );
  sections.forEach((section, index) => {
    const inherited = (flags: boolean[]): boolean => section.parent >= 0 && flags[section.parent];
    deferredSection[index] = titles[index].deferred || inherited(deferredSection);
    asideSection[index] = titles[index].aside || inherited(asideSection);
  });
  const deferred = (section: number): boolean => section >= 0 && deferredSection[section];

  const scan = new ScanResult(lines, previous);
  const headings: PlacedStatement[] = sections.map((section, index) => {
    const { line, character } = section.headingRange.start;
    const raw = lines[line] ?? '';
    const at = raw.indexOf(section.title);
    return {
      section: index,
      line,
      start: at >= 0 ? at : character,
      end: at >= 0 ? at + section.title.length : raw.length,
      text: section.title,
      layout: 'heading',
      deferred: deferredSection[index],
    };
  });
  scan.add(headings, readStatements(headings, memos));

  const runs: ChunkRun[] = [];
  let previousRun = 0;
  for (let c = 0; c < chunks.length;) {
    const chunk = chunks[c];
    if (
      (chunk.section >= 0 && asideSection[chunk.section]) ||
      (chunk.kind === 'text' && isTableSeparator(chunk.text))
    ) {
      c++;
      continue;
    }
    const firstStatement = scan.statements.length;
    const firstEvidence = scan.evidence.length;
    const runDeferred = deferred(chunk.section);
    while (previous && previousRun < previous.runs.length && previous.runs[previousRun].chunks[0].line < chunk.line)
      previousRun++;
    const kept = previous?.runs[previousRun];
    if (kept && previous && sameRun(kept, chunks, c, runDeferred, lines, previous.lines)) {
      scan.keep(kept);
      // Where nothing moved, the run itself is kept too: what a doc keeps for its next version stays as it was.
      runs.push(
        kept.firstStatement === firstStatement && kept.firstEvidence === firstEvidence
          ? kept
          : { ...kept, firstStatement, firstEvidence },
      );
      c += kept.chunks.length;
      continue;
    }
    const run = placeRun(chunks, c, runDeferred);
    scan.add(run.placed, readStatements(run.placed, memos));
    runs.push({
      chunks: chunks.slice(c, run.end),
      deferred: runDeferred,
      joins: run.joins,
      firstStatement,
      statementCount: scan.statements.length - firstStatement,
      firstEvidence,
      evidenceCount: scan.evidence.length - firstEvidence,
    });
    c = run.end;
  }
  return { statements: scan.statements, evidence: scan.evidence, runs };
}

/**
 * What a chunk is and where it stands: a chunk of the previous version is kept when all of it is the same. Compared
 * field by field: this runs for every chunk of every version.
 */
const sameChunk = (a: ContentChunk, b: ContentChunk): boolean =>
  a.text === b.text &&
  a.line === b.line &&
  a.column === b.column &&
  a.kind === b.kind &&
  a.section === b.section &&
  a.continues === b.continues;

/** What a statement is and where it stands, likewise (compared for the statements an edit placed again). */
const statementPlace = ['text', 'line', 'start', 'end', 'section', 'layout'] as const;

function sameFields<A, B>(a: A, b: B, keys: readonly (keyof A & keyof B)[]): boolean {
  return keys.every((key) => (a[key] as unknown) === b[key]);
}

/**
 * Whether the chunks from `c` on are the previous version's run as it was: the same chunks at the same places, in a
 * section as deferred as before, on lines as long as before, ending where it ended.
 */
function sameRun(
  kept: ChunkRun,
  chunks: readonly ContentChunk[],
  c: number,
  deferred: boolean,
  lines: readonly string[],
  keptLines: readonly string[],
): boolean {
  if (kept.deferred !== deferred || c + kept.chunks.length > chunks.length) return false;
  for (let i = 0; i < kept.chunks.length; i++) {
    const chunk = chunks[c + i];
    const old = kept.chunks[i];
    if (!sameChunk(chunk, old) || lines[chunk.line]?.length !== keptLines[chunk.line]?.length) return false;
  }
  const next = c + kept.chunks.length;
  return !(kept.joins && next < chunks.length && continuesParagraph(chunks[next], chunks[next - 1]));
}

/** The statements of the run of chunks from `c` on, where the run ends, and whether it is a paragraph. */
function placeRun(
  chunks: readonly ContentChunk[],
  c: number,
  deferred: boolean,
): { placed: PlacedStatement[]; end: number; joins: boolean } {
  const chunk = chunks[c];
  // Code and diagram lines are one statement each, read as written (a diagram line is its labels).
  if (chunk.kind !== 'text') {
    const placed: PlacedStatement = {
      section: chunk.section,
      line: chunk.line,
      start: 0,
      end: chunk.text.length,
      text: chunk.text,
      layout: chunk.kind,
      deferred,
    };
    return { placed: [placed], end: c + 1, joins: false };
  }
  // Comments (a template's prompts), link targets and URLs are not what the doc says; blanking keeps columns.
  let paragraph = readable(chunk.text);
  const layout: StatementLayout = tableRow.test(paragraph)
    ? 'table'
    : listItem.test(paragraph)
      ? 'list'
      : quote.test(paragraph)
        ? 'quote'
        : 'prose';
  // A paragraph wrapped over several lines is read as one text: a sentence across a line break stays whole.
  const wraps: StatementWrap[] = [];
  let end = c + 1;
  while (layout !== 'table' && end < chunks.length && continuesParagraph(chunks[end], chunks[end - 1])) {
    const next = chunks[end++];
    const piece = readable(next.text);
    const lead = continuationLead.exec(piece)?.[0].length ?? 0;
    wraps.push({ offset: paragraph.length + 1, line: next.line, column: next.column + lead });
    paragraph += ` ${piece.slice(lead)}`;
  }
  const at = { line: chunk.line, start: chunk.column, wraps };
  const placed: PlacedStatement[] = [];
  for (const [start, stop] of layout === 'table' ? cells(paragraph) : sentences(paragraph)) {
    const first = positionIn(at, start);
    const within = wraps
      .filter((wrap) => wrap.offset > start && wrap.offset < stop)
      .map((wrap) => ({ ...wrap, offset: wrap.offset - start }));
    const statement: PlacedStatement = {
      section: chunk.section,
      line: first.line,
      start: first.character,
      end: positionIn(at, stop).character,
      text: paragraph.slice(start, stop),
      layout,
      deferred,
    };
    if (within.length) statement.wraps = within;
    placed.push(statement);
  }
  return { placed, end, joins: layout !== 'table' };
}

/**
 * A statement at a place, as read, with its evidence indexes. Written out field by field, and `wraps` added after: an
 * object spread makes a slow object, read by every rule.
 */
function statementOf(
  place: Pick<Statement, 'section' | 'line' | 'start' | 'end' | 'text' | 'layout' | 'wraps'>,
  reading: Pick<Statement, 'words' | 'placeholder' | 'question' | 'ruledOut' | 'unstated'>,
  evidence: number[],
): Statement {
  const statement: Statement = {
    section: place.section,
    line: place.line,
    start: place.start,
    end: place.end,
    text: place.text,
    layout: place.layout,
    words: reading.words,
    placeholder: reading.placeholder,
    question: reading.question,
    ruledOut: reading.ruledOut,
    unstated: reading.unstated,
    evidence,
  };
  if (place.wraps) statement.wraps = place.wraps;
  return statement;
}

/** A statement whose evidence moved by `shift` places in the evidence list. */
function movedStatement(statement: Statement, shift: number): Statement {
  return statementOf(
    statement,
    statement,
    statement.evidence.map((index) => index + shift),
  );
}

/** Evidence whose statement moved by `shift` places in the statement list. */
function movedEvidence(item: Evidence, shift: number): Evidence {
  return {
    concept: item.concept,
    kind: item.kind,
    step: item.step,
    subTopic: item.subTopic,
    range: item.range,
    section: item.section,
    strength: item.strength,
    polarity: item.polarity,
    generic: item.generic,
    statement: item.statement + shift,
  };
}

/** The statements and evidence of a scan, as they are added. */
class ScanResult {
  readonly statements: Statement[] = [];
  readonly evidence: Evidence[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly previous?: PreviousScan,
  ) {}

  /** The previous version's statements and evidence of a run that came back as it was. */
  keep(run: ChunkRun): void {
    const { statements, evidence } = this.previous!;
    const statementShift = this.statements.length - run.firstStatement;
    const evidenceShift = this.evidence.length - run.firstEvidence;
    for (let s = run.firstStatement; s < run.firstStatement + run.statementCount; s++)
      this.statements.push(evidenceShift === 0 ? statements[s] : movedStatement(statements[s], evidenceShift));
    for (let e = run.firstEvidence; e < run.firstEvidence + run.evidenceCount; e++)
      this.evidence.push(statementShift === 0 ? evidence[e] : movedEvidence(evidence[e], statementShift));
  }

  /** Statements placed and read now. */
  add(placed: readonly PlacedStatement[], read: readonly StatementReading[]): void {
    const { lines, previous, statements, evidence } = this;
    placed.forEach((statement, k) => {
      const reading = read[k];
      if (reading.blank) return;
      const index = statements.length;
      // A statement the edit did not change, at the same index, keeps its objects.
      const kept = previous?.statements[index];
      if (kept && sameStatement(kept, statement, reading, evidence.length, lines, previous.lines)) {
        for (const item of kept.evidence) evidence.push(previous.evidence[item]);
        statements.push(kept);
        return;
      }
      const strength = strengthOf(statement.layout, reading.words);
      const found: number[] = [];
      for (const hit of reading.hits) {
        const concept = conceptById(hit.concept);
        const start = positionIn(statement, hit.start);
        const end = positionIn(statement, hit.end);
        // A diagram line is read as its labels, and a heading or key written over several lines is read as one
        // title: their offsets are not columns of the line, so such a hit points at the whole line.
        const wholeLine = statement.layout === 'diagram' || end.character > (lines[end.line]?.length ?? 0);
        found.push(evidence.length);
        evidence.push({
          concept: hit.concept,
          kind: hit.kind,
          step: concept.step,
          subTopic: concept.subTopic,
          range: wholeLine
            ? {
                start: { line: statement.line, character: 0 },
                end: { line: statement.line, character: lines[statement.line]?.length ?? 0 },
              }
            : { start, end },
          section: statement.section,
          strength,
          polarity: hit.polarity,
          generic: hit.generic,
          statement: index,
        });
      }
      statements.push(statementOf(statement, reading, found));
    });
  }
}

/**
 * Whether the previous version's statement is the one this placed statement makes: the same text and reading at the
 * same place, its evidence at the same index, and its lines as long as they were (a hit past a line's end points at
 * the whole line).
 */
function sameStatement(
  kept: Statement,
  statement: PlacedStatement,
  reading: StatementReading,
  firstEvidence: number,
  lines: readonly string[],
  keptLines: readonly string[],
): boolean {
  if (
    kept.unstated !== reading.unstated ||
    !sameFields(kept, statement, statementPlace) ||
    kept.evidence.length !== reading.hits.length ||
    (kept.evidence.length > 0 && kept.evidence[0] !== firstEvidence) ||
    lines[statement.line]?.length !== keptLines[statement.line]?.length
  )
    return false;
  const wraps = statement.wraps ?? [];
  const keptWraps = kept.wraps ?? [];
  return (
    wraps.length === keptWraps.length &&
    wraps.every(
      (wrap, w) =>
        wrap.offset === keptWraps[w].offset &&
        wrap.line === keptWraps[w].line &&
        wrap.column === keptWraps[w].column &&
        lines[wrap.line]?.length === keptLines[wrap.line]?.length,
    )
  );
}

const blank = (match: string): string => ' '.repeat(match.length);

/** The line goes on with the previous line's paragraph, in the same section. */
const continuesParagraph = (next: ContentChunk, previous: ContentChunk): boolean =>
  next.continues === true &&
  next.kind === 'text' &&
  previous.kind === 'text' &&
  next.section === previous.section &&
  next.line === previous.line + 1;
/** Indentation and quote markers before a wrapped line's text. */
const continuationLead = /^[\s>]*/;

/** A line without its comments, link targets and URLs, each replaced by spaces. */
function readable(text: string): string {
  if (!text.includes('<!--') && !text.includes('](') && !/https?:|www\./i.test(text)) return text;
  return text
    .replace(/<!--.*?(?:-->|$)/g, blank)
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank);
}

/** Most lines hold no sentence end: they are one sentence, without the costlier split. */
const sentenceEnd = /[.!?;。！？；]/;
const listMarkerOnly = /^\s*(?:[-*+>]\s*)*(?:\d+|[a-z])[.)]\s*$/i;

/** Sentence spans of a line, as [start, end) offsets; a list number ("1.") stays with its sentence. */
function sentences(text: string): [number, number][] {
  if (!sentenceEnd.test(text)) return text.trim() ? [[0, text.length]] : [];
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(sentenceBoundary)) {
    const end = match.index;
    if (listMarkerOnly.test(text.slice(start, end))) continue;
    if (text.slice(start, end).trim()) spans.push([start, end]);
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) spans.push([start, text.length]);
  return spans;
}

/** The cells of a table row, as [start, end) offsets without the pipes. */
function cells(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = text.indexOf('|') + 1;
  for (let i = start; i <= text.length; i++) {
    if (i === text.length || (text[i] === '|' && text[i - 1] !== '\\')) {
      if (text.slice(start, i).trim()) spans.push([start, i]);
      start = i + 1;
    }
  }
  return spans;
}
