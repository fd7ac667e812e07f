import { DerivedByKey, Evolving, TextMemo } from './cache';
import type { DesignDoc, Range, StepId } from './designDoc';
import { lineSpans } from './statementPosition';
import { stepText } from './stepText';
import { maxLineLength } from '../parse/limits';
import { replaceHtmlComments } from '../text/words';

/**
 * The doc's lines as the content rules read them: code blocks and Mermaid diagrams dropped (undefined), comments
 * (HTML comments in Markdown, `#` comments in YAML) and URLs blanked out with spaces, so every character that is
 * left keeps its column and a match can be turned into a precise range. `inlineCode` also blanks `inline code` and
 * link targets: right for placeholders (`TODO` in backticks is a name), wrong for metrics (`nDCG@10` is a metric).
 * Without it (the content rules' reading) the clauses that state nothing are blanked too, unless `keepUnstated`:
 * "We skip the A/B test" and "Online metrics: TBD" answer no rule, while the placeholder rule still sees the TBD.
 */
export function readableLines(
  doc: DesignDoc,
  options: { inlineCode?: boolean; keepUnstated?: boolean } = {},
): (string | undefined)[] {
  const blankInlineCode = options.inlineCode ?? false;
  const blankUnstated = !blankInlineCode && !options.keepUnstated;
  return readable[Number(blankInlineCode) * 2 + Number(blankUnstated)].get(doc).texts;
}

/** The readable lines of a version of the doc, and which were read on their own (see readLine). */
interface ReadableText {
  lines: readonly string[];
  texts: (string | undefined)[];
  /** Read on its own: no comment open before it, no clause to blank. Its text depends on its own text only. */
  alone: boolean[];
  /** Leaves a Markdown comment open. */
  opens: boolean[];
}

/** By what is blanked: inline code (2), unstated clauses (1). */
const readable = [0, 1, 2, 3].map(
  (key) =>
    new Evolving((doc: DesignDoc, earlier: ReadableText | undefined) =>
      computeReadableLines(doc, key >= 2, key % 2 === 1, earlier),
    ),
);

/** What a URL starts with. */
const urlStart = /https?:\/\/|www\./i;

/** Blanks out a stretch of a line, keeping every other character where it was. */
const blank = (match: string): string => ' '.repeat(match.length);

/** How to read a line: the doc's format, what is blanked, and what the lines before it leave open. */
interface LineReading {
  yaml: boolean;
  blankInlineCode: boolean;
  /** A Markdown comment opened on an earlier line is still open. */
  inComment: boolean;
  /** The unstated clauses of the line, to blank. */
  unstated?: readonly [number, number][];
}

/** One line as the rules read it (undefined: not read at all), and whether it leaves a Markdown comment open. */
function readLine(raw: string, how: LineReading): { text: string | undefined; inComment: boolean } {
  let text = raw.length > maxLineLength ? raw.slice(0, maxLineLength) : raw;
  let inComment = false;
  // Each replacement is tried only on a line holding what it replaces: most lines hold none of it.
  if (how.yaml) {
    // A lone "..." is YAML's end-of-document marker; a comment is a note, not content.
    if (/^\.\.\.\s*$/.test(text)) return { text: undefined, inComment };
    if (text.includes('#'))
      text = text.replace(/(^|\s)#.*$/, (match, lead: string) => lead + blank(match.slice(lead.length)));
  } else {
    if (how.inComment) {
      const end = text.indexOf('-->');
      if (end < 0) return { text: undefined, inComment: true };
      text = blank(text.slice(0, end + 3)) + text.slice(end + 3);
    }
    text = replaceHtmlComments(text, blank);
    const open = text.indexOf('<!--');
    if (open >= 0) {
      text = text.slice(0, open) + blank(text.slice(open));
      inComment = true;
    }
    if (how.blankInlineCode && (text.includes('`') || text.includes('](')))
      text = text
        .replace(/`[^`]*`/g, blank)
        .replace(/\]\((?:[^()]|\([^()]*\))*\)/g, (match) => `]${blank(match.slice(1))}`);
  }
  for (const [start, end] of how.unstated ?? [])
    text = text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
  return { text: urlStart.test(text) ? text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank) : text, inComment };
}

/** Lines read on their own (no comment open before them, no clause to blank), by format and what is blanked. */
const linesReadAlone = [false, true].map((yaml) =>
  [false, true].map((blankInlineCode) =>
    TextMemo.each((raw) => readLine(raw, { yaml, blankInlineCode, inComment: false })),
  ),
);

function computeReadableLines(
  doc: DesignDoc,
  blankInlineCode: boolean,
  blankUnstated: boolean,
  earlier: ReadableText | undefined,
): ReadableText {
  const skip = new Set<number>(doc.codeLines);
  // What a line asks, rules out or puts off ("We skip the A/B test", "Online metrics: TBD") answers nothing.
  const unstated = new Map<number, [number, number][]>();
  if (blankUnstated) {
    for (const statement of doc.statements) {
      if (statement.layout === 'heading' || statement.unstated.length === 0) continue;
      for (const [start, end] of statement.unstated) {
        for (const span of lineSpans(statement, start, end)) {
          const spans = unstated.get(span.line) ?? [];
          spans.push([span.start, span.end]);
          unstated.set(span.line, spans);
        }
      }
    }
  }
  for (const block of doc.mermaid) for (let l = block.range.start.line; l <= block.range.end.line; l++) skip.add(l);
  const yaml = doc.format === 'yaml';
  const readAlone = linesReadAlone[Number(yaml)][Number(blankInlineCode)];
  const result: ReadableText = { lines: doc.lines, texts: [], alone: [], opens: [] };
  let inComment = false;
  doc.lines.forEach((raw, line) => {
    const spans = unstated.get(line);
    const alone = !skip.has(line) && !inComment && !spans;
    let text: string | undefined;
    // A line read on its own that the edit left as it was reads as it did.
    if (alone && earlier?.alone[line] && earlier.lines[line] === raw) {
      text = earlier.texts[line];
      inComment = earlier.opens[line];
    } else if (!skip.has(line)) {
      const read = alone
        ? readAlone.get(doc, raw)
        : readLine(raw, { yaml, blankInlineCode, inComment, unstated: spans });
      text = read.text;
      inComment = read.inComment;
    }
    result.texts.push(text);
    result.alone.push(alone);
    result.opens.push(inComment);
  });
  return result;
}

/** One readable line of the doc with its 0-based line number. */
export interface ReadableLine {
  line: number;
  text: string;
}

/**
 * The readable lines attributed to the steps `ids` (the first is the judged step), in document order. As in
 * stepContent's textFor: when the judged step has content but no section carries it, every line of the doc is read,
 * since the rule cannot tell which lines are the step's and a false alarm is worse than silence.
 */
export function stepLines(doc: DesignDoc, ids: readonly StepId[]): readonly ReadableLine[] {
  return linesOfSteps.get(doc, ids.join(' '));
}

/** Built once per doc and list of steps (several rules read the evaluation's lines). */
const linesOfSteps = new DerivedByKey((doc: DesignDoc, key: string): readonly ReadableLine[] => {
  const ids = key.split(' ') as StepId[];
  const own = stepText(doc, ids[0]).lines;
  if (own.length === 0) return allLines(doc);
  const readable = readableLines(doc);
  const wanted =
    ids.length === 1 ? own : [...new Set(ids.flatMap((id) => stepText(doc, id).lines))].sort((a, b) => a - b);
  return wanted.filter((line) => readable[line] !== undefined).map((line) => ({ line, text: readable[line]! }));
});

/** Every readable line of the doc (with `keepUnstated`, negated and deferred clauses too), built once per doc. */
export function allLines(doc: DesignDoc, options: { keepUnstated?: boolean } = {}): readonly ReadableLine[] {
  return everyLine[Number(options.keepUnstated ?? false)].get(doc);
}

const everyLine = [false, true].map(
  (keepUnstated) =>
    new Evolving((doc: DesignDoc, earlier: readonly ReadableLine[] | undefined) => {
      const lines: ReadableLine[] = [];
      let e = 0;
      readableLines(doc, { keepUnstated }).forEach((text, line) => {
        if (text === undefined) return;
        // The earlier version's object for the same line and text is kept.
        while (earlier && e < earlier.length && earlier[e].line < line) e++;
        const kept = earlier?.[e];
        lines.push(kept?.line === line && kept.text === text ? kept : { line, text });
      });
      return lines;
    }),
);

/** The range of the first match of `pattern` in `lines`, if any. */
export function firstMatch(lines: readonly ReadableLine[], pattern: RegExp): Range | undefined {
  const flags = pattern.flags.replace('g', '');
  const once = new RegExp(pattern.source, flags);
  for (const { line, text } of lines) {
    const match = once.exec(text);
    if (match)
      return { start: { line, character: match.index }, end: { line, character: match.index + match[0].length } };
  }
  return undefined;
}
