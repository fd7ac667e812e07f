import { DerivedByKey } from './cache';
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
  return readable.get(doc, Number(blankInlineCode) * 2 + Number(blankUnstated));
}

/** Keyed by what is blanked: inline code (2), unstated clauses (1). */
const readable = new DerivedByKey((doc: DesignDoc, key: number) => computeReadableLines(doc, key >= 2, key % 2 === 1));

/** What a URL starts with. */
const urlStart = /https?:\/\/|www\./i;

/** Blanks out a stretch of a line, keeping every other character where it was. */
const blank = (match: string): string => ' '.repeat(match.length);

function computeReadableLines(
  doc: DesignDoc,
  blankInlineCode: boolean,
  blankUnstated: boolean,
): (string | undefined)[] {
  const skip = new Set<number>(doc.codeLines);
  // What a line asks, rules out or puts off ("We skip the A/B test", "Online metrics: TBD") answers nothing.
  const unstated = new Map<number, [number, number][]>();
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
  for (const block of doc.mermaid) for (let l = block.range.start.line; l <= block.range.end.line; l++) skip.add(l);
  let inComment = false;
  return doc.lines.map((raw, line) => {
    if (skip.has(line)) return undefined;
    let text = raw.length > maxLineLength ? raw.slice(0, maxLineLength) : raw;
    // Each replacement is tried only on a line holding what it replaces: most lines hold none of it.
    if (doc.format === 'yaml') {
      // A lone "..." is YAML's end-of-document marker; a comment is a note, not content.
      if (/^\.\.\.\s*$/.test(text)) return undefined;
      if (text.includes('#'))
        text = text.replace(/(^|\s)#.*$/, (match, lead: string) => lead + blank(match.slice(lead.length)));
    } else {
      if (inComment) {
        const end = text.indexOf('-->');
        if (end < 0) return undefined;
        text = blank(text.slice(0, end + 3)) + text.slice(end + 3);
        inComment = false;
      }
      text = replaceHtmlComments(text, blank);
      const open = text.indexOf('<!--');
      if (open >= 0) {
        text = text.slice(0, open) + blank(text.slice(open));
        inComment = true;
      }
      if (blankInlineCode && (text.includes('`') || text.includes('](')))
        text = text
          .replace(/`[^`]*`/g, blank)
          .replace(/\]\((?:[^()]|\([^()]*\))*\)/g, (match) => `]${blank(match.slice(1))}`);
    }
    if (blankUnstated)
      for (const [start, end] of unstated.get(line) ?? [])
        text = text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
    return urlStart.test(text) ? text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank) : text;
  });
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
export function stepLines(doc: DesignDoc, ids: readonly StepId[]): ReadableLine[] {
  const readable = readableLines(doc);
  const own = stepText(doc, ids[0]).lines;
  const wanted =
    own.length === 0
      ? doc.lines.map((_, line) => line)
      : [...new Set(ids.flatMap((id) => stepText(doc, id).lines))].sort((a, b) => a - b);
  return wanted.filter((line) => readable[line] !== undefined).map((line) => ({ line, text: readable[line]! }));
}

/** Every readable line of the doc (with `keepUnstated`, negated and deferred clauses too), built once per doc. */
export function allLines(doc: DesignDoc, options: { keepUnstated?: boolean } = {}): readonly ReadableLine[] {
  return everyLine.get(doc, options.keepUnstated ?? false);
}

const everyLine = new DerivedByKey((doc: DesignDoc, keepUnstated: boolean) => {
  const lines: ReadableLine[] = [];
  readableLines(doc, { keepUnstated }).forEach((text, line) => {
    if (text !== undefined) lines.push({ line, text });
  });
  return lines;
});

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
