/**
 * What a `mermaid.parse` failure says and where, in the coordinates of the diagram source. Used by the language
 * server's diagram worker and by the preview, so the Problems panel and the preview's error header name the same line.
 *
 * Mermaid's parsers report positions in three ways: jison grammars (flowchart, sequence, class, state, ER, gantt, …)
 * throw "Parse error on line N" with `hash.loc`, the location of the last token read before the offending one;
 * langium grammars (architecture, pie, packet, …) throw a MermaidParseError whose `result` lists lexer and parser
 * errors with 1-based token positions; anything else (a date gantt cannot read, front matter that is not YAML) has at
 * most a line in its message. All of them count lines of the text Mermaid parsed (see parsedText.ts).
 */
import type { MermaidProblem, Position } from '../types';
import { ParsedDiagramText } from './parsedText';

interface JisonHash {
  text?: unknown;
  loc?: { first_line?: unknown; last_line?: unknown; first_column?: unknown; last_column?: unknown };
}

interface ChevrotainToken {
  startLine?: number;
  startColumn?: number;
  endColumn?: number;
}

interface LangiumResult {
  lexerErrors?: { line?: number; column?: number; length?: number; message?: string }[];
  parserErrors?: { message?: string; token?: ChevrotainToken }[];
}

/** A parsed-text location: line 1-based as Mermaid counts, columns 0-based, end exclusive. */
interface ParsedSpan {
  line: number;
  start?: number;
  end?: number;
}

const maxExpected = 8;

export function locateMermaidError(error: unknown, source: string): MermaidProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
    hash?: JisonHash;
    result?: LangiumResult;
  };
  const raw = String(e.message ?? error).trim();
  const text = new ParsedDiagramText(source);
  if (e.name === 'UnknownDiagramError' || /^No diagram type detected/.test(raw)) {
    return { message: 'No diagram type detected', unknownType: true, ...located(text, { line: 1 }) };
  }
  const langium =
    e.result && (e.result.lexerErrors?.length || e.result.parserErrors?.length) ? langiumProblem(e.result) : undefined;
  if (langium) return { message: langium.message, unknownType: false, ...located(text, langium.span) };
  const jisonLine = /^Parse error on line (\d+):/.exec(raw);
  if (jisonLine) {
    const span = jisonSpan(Number(jisonLine[1]), e.hash, text);
    return { message: jisonMessage(raw), unknownType: false, ...located(text, span) };
  }
  const message = raw.replace(/^Parsing failed:\s*/, '').split('\n')[0];
  const mentioned = /\bline (\d+)(?:, column (\d+))?/i.exec(raw);
  const span = mentioned
    ? { line: Number(mentioned[1]), start: mentioned[2] ? Number(mentioned[2]) - 1 : undefined }
    : undefined;
  return { message, unknownType: false, ...(span ? located(text, span) : {}) };
}

/** The first lexer or parser error, by position. */
function langiumProblem(result: LangiumResult): { message: string; span: ParsedSpan } | undefined {
  const candidates: { message: string; span: ParsedSpan }[] = [];
  for (const lexer of result.lexerErrors ?? []) {
    if (!isCount(lexer.line) || !isCount(lexer.column)) continue;
    const start = lexer.column - 1;
    candidates.push({
      message: String(lexer.message ?? 'Unexpected character'),
      span: { line: lexer.line, start, end: start + Math.max(1, lexer.length ?? 1) },
    });
  }
  for (const parser of result.parserErrors ?? []) {
    const token = parser.token;
    const message = String(parser.message ?? 'Parse error').split('\n')[0];
    // The end-of-input token has no position: the error is at the end of the text.
    if (!token || !isCount(token.startLine) || !isCount(token.startColumn))
      candidates.push({ message, span: { line: Number.MAX_SAFE_INTEGER } });
    else
      candidates.push({
        message,
        span: {
          line: token.startLine,
          start: token.startColumn - 1,
          end: isCount(token.endColumn) ? token.endColumn : undefined,
        },
      });
  }
  candidates.sort((a, b) => a.span.line - b.span.line || (a.span.start ?? 0) - (b.span.start ?? 0));
  return candidates[0];
}

/**
 * The offending token follows the last token read (`hash.loc`): its end is where the error starts, when it is on the
 * line Mermaid names. The token's own text (`hash.text`) gives the length.
 */
function jisonSpan(line: number, hash: JisonHash | undefined, text: ParsedDiagramText): ParsedSpan {
  const loc = hash?.loc;
  const lineText = text.lineText(line);
  if (lineText === undefined || !loc || loc.last_line !== line || !isCount(loc.last_column)) return { line };
  let start = loc.last_column;
  while (start < lineText.length && /\s/.test(lineText[start])) start++;
  if (start >= lineText.length) return { line };
  const token = typeof hash?.text === 'string' ? hash.text.trim() : '';
  const end = token && lineText.startsWith(token, start) ? start + token.length : wordEnd(lineText, start);
  return { line, start, end };
}

function wordEnd(lineText: string, start: number): number {
  const space = lineText.slice(start).search(/\s/);
  return space < 0 ? lineText.length : start + space;
}

/** "Expecting 'A', 'B', got 'C'" from jison's four-line message, with a long list of expected tokens shortened. */
function jisonMessage(raw: string): string {
  const detail = raw.split('\n').find((line) => /^Expecting |^Unrecognized text|^Lexical error/.test(line));
  if (!detail) return raw.split('\n')[0];
  const expecting = /^Expecting (.*), got (.*)$/.exec(detail);
  if (!expecting) return detail;
  const tokens = expecting[1].split(/,\s*/);
  const shown = tokens.length > maxExpected ? `${tokens.slice(0, maxExpected).join(', ')}, …` : tokens.join(', ');
  return `Expecting ${shown}; got ${expecting[2]}`;
}

/** The source span of a parsed-text span: the token when columns are known, else the line without its indentation. */
function located(text: ParsedDiagramText, span: ParsedSpan): { start?: Position; end?: Position } {
  const known = span.line <= text.lineCount;
  const line = Math.min(span.line, text.lineCount);
  const lineText = text.lineText(line) ?? '';
  const from =
    known && span.start !== undefined
      ? Math.min(span.start, lineText.length)
      : lineText.length - lineText.trimStart().length;
  const to =
    known && span.end !== undefined && span.end > from
      ? Math.min(span.end, lineText.length)
      : Math.max(lineText.trimEnd().length, from);
  const start = text.sourcePoint(line, from);
  if (!start) return {};
  const last = to > from ? text.sourcePoint(line, to - 1) : undefined;
  // One past the last character; a span that a removed directive or comment split ends after its first character.
  const end = !last
    ? start
    : last.line === start.line
      ? { line: last.line, character: last.character + 1 }
      : { line: start.line, character: start.character + 1 };
  return { start, end };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
