import type Token from 'markdown-it/lib/token.mjs';
import { TextMemo, type TextMemos } from '../model/cache';
import type { FrontMatter, MermaidBlock, Range, SyntaxProblem } from '../model/designDoc';
import { matchHeading } from './headingMatch';
import { parseBlocks, type Block } from './markdownBlocks';
import type { ContentChunk, OutlineEntry } from './outline';
import { lineRange, linesRange } from '../text/positions';
import { sectionedOutline, type ParsedOutline } from './parsedOutline';
import { mermaidLabels, replaceHtmlComments } from '../text/words';
import { maxFrontMatterBytes } from './limits';
import { parseYamlMap } from './yamlMap';

/** Pseudo-headings sit below every real heading; list items below them, by nesting depth. */
const pseudoHeadingLevel = 7;
const listItemBaseLevel = 8;
/** A list item is read as a heading only when its first line is this short. */
const maxListHeadingWords = 8;

const boldLinePattern = /^\s*(\*\*|__)(?<title>[^*_\n]{0,99}?[^\s*_])(?:\s*:)?\s*\1(?:\s*:)?\s*(?<rest>\S.*)?$/;
const stepLinePattern = /^\s*step\s*(?<number>\d{1,2})\s*[:.)\-–—]\s*(?<rest>\S.*)?$/i;

type LineKind = 'text' | 'code' | 'diagram' | 'skip';

/** What the outline takes from one top-level block, its lines numbered from the block's first line. */
interface BlockOutline {
  entries: OutlineEntry[];
  /** Lines that are no plain text: [first, end) and their kind. */
  kinds: [number, number, LineKind][];
  /** Lines of code blocks and diagrams, fences included: [first, end). */
  code: [number, number][];
  mermaid: MermaidBlock[];
  /** What follows a labelled pseudo-heading on its line ("**Metrics:** CTR"), by line. */
  inlineRest: [number, string][];
  /** Lines that go on with the paragraph of the line before: [first, end). */
  wrapped: [number, number][];
}

/** The Markdown body's blocks with what the outline took from each, kept with the doc for its next version. */
export interface MarkdownBlocks {
  /** The lines parsed: the doc's, front matter blanked. */
  lines: readonly string[];
  blocks: readonly Block<BlockOutline>[];
}

/** The front matter's YAML, parsed, by its source (lines 1.. of the doc). */
const frontMatterYaml = TextMemo.each((source) => parseYamlMap(source, 1));

/**
 * The outline of a Markdown design doc. `memos` remembers the front matter's parse; given the blocks of the doc's
 * previous version, markdown-it parses again only the blocks an edit touched (see markdownBlocks.ts).
 */
export function parseMarkdown(
  lines: string[],
  memos: TextMemos,
  previous?: MarkdownBlocks,
): ParsedOutline & { markdownBlocks: MarkdownBlocks } {
  const problems: SyntaxProblem[] = [];
  const limits: SyntaxProblem[] = [];
  const frontMatter = readFrontMatter(lines, memos, problems, limits);
  // Blank the front matter out so line numbers stay true and markdown-it does not see it.
  const body = frontMatter ? blankLines(lines, frontMatter.range.end.line + 1) : lines;
  const blocks = parseBlocks(body, readBlock, previous);

  const entries: OutlineEntry[] = [];
  const lineKinds = new Array<LineKind>(lines.length).fill('text');
  if (frontMatter) for (let l = 0; l <= frontMatter.range.end.line; l++) lineKinds[l] = 'skip';
  const mermaid: MermaidBlock[] = [];
  const codeLines = new Set<number>();
  const inlineRest = new Map<number, string>();
  const wrappedLines = new Set<number>();
  for (const { start, read } of blocks) {
    for (const entry of read.entries) entries.push(shiftEntry(entry, start));
    for (const [first, end, kind] of read.kinds) for (let l = first; l < end; l++) lineKinds[start + l] = kind;
    for (const [first, end] of read.code) for (let l = first; l < end; l++) codeLines.add(start + l);
    for (const block of read.mermaid)
      mermaid.push({ source: block.source, range: shiftRange(block.range, start), firstLine: block.firstLine + start });
    for (const [line, rest] of read.inlineRest) inlineRest.set(start + line, rest);
    for (const [first, end] of read.wrapped) for (let l = first; l < end; l++) wrappedLines.add(start + l);
  }
  const firstH1 = entries.find((entry) => entry.kind === 'heading' && entry.level === 1);

  return sectionedOutline(entries, lines, memos, (sections, owners) => {
    const chunks: ContentChunk[] = [];
    const headingLines = new Set(sections.map((s) => s.headingRange.start.line));
    lines.forEach((line, l) => {
      if (lineKinds[l] === 'skip') return;
      const rest = inlineRest.get(l);
      if (headingLines.has(l)) {
        // A labelled line ("ML objective: predict P(click)") is content, label included.
        if (rest) chunks.push({ section: owners[l], line: l, column: 0, text: line, kind: 'text' });
        return;
      }
      // A diagram's node and edge labels are what it says about the design.
      const kind = lineKinds[l] === 'diagram' ? 'diagram' : lineKinds[l] === 'code' ? 'code' : 'text';
      const text = kind === 'diagram' ? mermaidLabels(line) : line;
      if (!text.trim()) return;
      chunks.push(
        kind === 'text' && wrappedLines.has(l)
          ? { section: owners[l], line: l, column: 0, text, kind, continues: true }
          : { section: owners[l], line: l, column: 0, text, kind },
      );
    });

    const titleText = typeof frontMatter?.data.title === 'string' ? frontMatter.data.title : undefined;
    const title = titleText
      ? { text: titleText, range: frontMatter?.keyRanges.title ?? lineRange(lines, 0) }
      : firstH1 && sections.find((s) => s.headingRange.start.line === firstH1.line)?.headingSteps.length === 0
        ? { text: firstH1.title, range: lineRange(lines, firstH1.line) }
        : undefined;
    const markdownBlocks = { lines: body, blocks };
    return { frontMatter, title, chunks, mermaid, codeLines, problems, limits, markdownBlocks };
  });
}

const shiftRange = (range: Range, by: number): Range => ({
  start: { line: range.start.line + by, character: range.start.character },
  end: { line: range.end.line + by, character: range.end.character },
});

function shiftEntry(entry: OutlineEntry, by: number): OutlineEntry {
  const shifted: OutlineEntry = {
    kind: entry.kind,
    level: entry.level,
    title: entry.title,
    line: entry.line + by,
    headingRange: shiftRange(entry.headingRange, by),
  };
  if (entry.explicitEnd !== undefined) shifted.explicitEnd = entry.explicitEnd + by;
  return shifted;
}

/** What the outline takes from one top-level block's tokens. */
function readBlock(tokens: readonly Token[], lines: readonly string[]): BlockOutline {
  const read: BlockOutline = { entries: [], kinds: [], code: [], mermaid: [], inlineRest: [], wrapped: [] };
  let listDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'heading_open': {
        const [start, end] = token.map as [number, number];
        const title = cleanTitle(tokens[i + 1]?.content ?? '');
        const level = Number(token.tag.slice(1));
        read.entries.push({ kind: 'heading', level, title, line: start, headingRange: lineRange(lines, start) });
        read.kinds.push([start, end, 'skip']);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open': {
        const entry = listItemHeading(tokens, i, lines, listDepth);
        if (entry) {
          read.entries.push(entry.entry);
          read.inlineRest.push([entry.entry.line, entry.rest]);
        }
        break;
      }
      case 'paragraph_open': {
        const [start, end] = token.map as [number, number];
        if (end > start + 1) read.wrapped.push([start + 1, end]);
        if (tokens[i - 1]?.type === 'list_item_open') break;
        const entry = paragraphHeading(token, lines);
        if (entry) {
          read.entries.push(entry.entry);
          read.inlineRest.push([entry.entry.line, entry.rest]);
        }
        break;
      }
      case 'fence':
      case 'code_block': {
        const [start, end] = token.map as [number, number];
        // A section body indented by four spaces is prose that Markdown renders as code; it is still the text.
        if (token.type === 'code_block' && isIndentedProse(lines.slice(start, end))) break;
        const isMermaid = token.type === 'fence' && token.info.trim().split(/\s+/)[0].toLowerCase() === 'mermaid';
        const first = token.type === 'fence' ? start + 1 : start;
        // A fence (or a `::: mermaid` container) is closed by a line of its own marker character.
        const closing = /^\s*(`{3,}|~{3,}|:{3,})\s*$/.exec(lines[end - 1] ?? '');
        const closed = token.type === 'fence' && closing?.[1][0] === token.markup[0] && end - 1 > start;
        const last = token.type === 'fence' ? (closed ? end - 2 : end - 1) : end - 1;
        read.kinds.push([start, Math.min(first, end), 'skip']);
        if (last >= first) read.kinds.push([first, last + 1, isMermaid ? 'diagram' : 'code']);
        if (last + 1 < end) read.kinds.push([Math.max(last + 1, first), end, 'skip']);
        read.code.push([start, end]);
        if (isMermaid) {
          read.mermaid.push({
            source: token.content.replace(/\n$/, ''),
            range: last >= first ? linesRange(lines, first, last) : lineRange(lines, start),
            firstLine: first,
          });
        }
        break;
      }
      case 'html_block': {
        const [start, end] = token.map as [number, number];
        if (/^\s*<!--/.test(token.content)) read.kinds.push([start, end, 'skip']);
        break;
      }
      default:
        break;
    }
  }
  return read;
}

/** Most lines read as sentences, with none of code's punctuation. */
function isIndentedProse(block: readonly string[]): boolean {
  const filled = block.filter((line) => line.trim());
  const prose = filled.filter(
    (line) =>
      /^\s*[\p{L}(*_-]/u.test(line) &&
      (line.match(/\p{L}+/gu)?.length ?? 0) >= 4 &&
      !/[{}=]|\(\)|::|^\s*(?:def|class|import|return|from|if|for|while)\b/.test(line),
  );
  return filled.length > 0 && prose.length / filled.length >= 0.8;
}

function readFrontMatter(
  lines: string[],
  memos: TextMemos,
  problems: SyntaxProblem[],
  limits: SyntaxProblem[],
): FrontMatter | undefined {
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (close < 0) {
    problems.push({
      message: 'Front matter starts with "---" on line 1 but is never closed by a "---" line',
      range: lineRange(lines, 0),
    });
    return undefined;
  }
  const source = frontMatterSource(lines, close);
  if (source.length > maxFrontMatterBytes) {
    limits.push({
      message: `The front matter is ${Math.ceil(source.length / 1024)} KB; mlsd reads front matter up to ${maxFrontMatterBytes / 1024} KB, so none of it was checked.`,
      range: lineRange(lines, 0),
    });
    return { data: {}, range: linesRange(lines, 0, close), keyRanges: {} };
  }
  const [parsed] = memos.answers(frontMatterYaml, [source]);
  problems.push(...parsed.problems.map((p) => ({ ...p, message: `Front matter ${p.message}` })));
  limits.push(...parsed.limits);
  return { data: parsed.data, range: linesRange(lines, 0, close), keyRanges: parsed.keyRanges };
}

/** The YAML between the front matter's delimiter lines (the closing one at `close`). */
export function frontMatterSource(lines: readonly string[], close: number): string {
  return lines.slice(1, close).join('\n');
}

function blankLines(lines: readonly string[], count: number): string[] {
  return lines.map((line, i) => (i < count ? '' : line));
}

/** Heading text without emphasis markers, trailing colons or closing hashes. */
function cleanTitle(raw: string): string {
  return replaceHtmlComments(raw, () => '')
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/(?<!\s)\s+#+\s*$/, '')
    .replace(/(?<!\s)\s*:\s*$/, '')
    .trim();
}

/**
 * A bold-only line ("**Data preparation**"), a bold label that names a step ("**Metrics:** ...")
 * or a plain "STEP 3: ..." line acts as a heading.
 */
function paragraphHeading(token: Token, lines: readonly string[]): { entry: OutlineEntry; rest: string } | undefined {
  const [start, end] = token.map as [number, number];
  const line = lines[start] ?? '';
  const bold = boldLinePattern.exec(line);
  if (bold?.groups) {
    const title = cleanTitle(bold.groups.title);
    const rest = (bold.groups.rest ?? '').trim();
    const namesStep = matchHeading(title).steps.length > 0;
    if (rest === '' || namesStep) {
      return {
        entry: {
          kind: 'bold-line',
          level: pseudoHeadingLevel,
          title,
          line: start,
          headingRange: lineRange(lines, start),
          // A bold label followed by text on the same line labels that paragraph only.
          explicitEnd: rest === '' ? undefined : end,
        },
        rest,
      };
    }
  }
  const step = stepLinePattern.exec(line);
  if (step?.groups) {
    const rest = (step.groups.rest ?? '').trim();
    return {
      entry: {
        kind: 'step-line',
        level: pseudoHeadingLevel,
        title: cleanTitle(rest.split(/[.:]/)[0] || `Step ${step.groups.number}`),
        line: start,
        headingRange: lineRange(lines, start),
      },
      rest: '',
    };
  }
  return undefined;
}

/** A short list item that names a step and carries content ("* Offline metrics" + sub-bullets). */
function listItemHeading(
  tokens: readonly Token[],
  i: number,
  lines: readonly string[],
  depth: number,
): { entry: OutlineEntry; rest: string } | undefined {
  const item = tokens[i];
  const inline = tokens[i + 1]?.type === 'paragraph_open' ? tokens[i + 2] : undefined;
  if (!inline || inline.type !== 'inline') return undefined;
  const [start, end] = item.map as [number, number];
  const firstLine = inline.content.split('\n')[0];
  const labelled = /^(?<label>[^:.?!]{1,80}):\s*(?<rest>\S.*)?$/.exec(cleanLabel(firstLine));
  const title = cleanTitle(labelled?.groups?.label ?? cleanLabel(firstLine));
  const rest = labelled?.groups?.rest ?? '';
  const words = title.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > maxListHeadingWords || /[.?!]$/.test(title)) return undefined;
  if (matchHeading(title).steps.length === 0) return undefined;
  const hasBody = rest.trim() !== '' || lines.slice(start + 1, end).some((line) => line.trim());
  if (!hasBody) return undefined;
  return {
    entry: {
      kind: 'list-item',
      level: listItemBaseLevel + depth,
      title,
      line: start,
      headingRange: lineRange(lines, start),
      explicitEnd: end,
    },
    rest,
  };
}

function cleanLabel(text: string): string {
  return text.replace(/\*\*|__/g, '').trim();
}
