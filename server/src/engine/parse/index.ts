import { Derived, memoByText, memosOf, TextMemos } from '../model/cache';
import type { DesignDoc, DocFormat } from '../model/designDoc';
import { computeStepCoverage, type StatementContributions } from '../model/stepCoverage';
import { scanEvidence, type ChunkRun } from '../evidence/scan';
import { structuralStepCoverage } from '../model/structuralCoverage';
import { rememberYamlDocument } from '../model/yamlDocument';
import { keepUnchangedLines, splitLines } from '../text/positions';
import { parseMarkdown, type MarkdownBlocks } from './markdown';
import type { ParsedOutline } from './parsedOutline';
import { lineLimits, maxFullLintBytes, maxLineLength, sizeLimit } from './limits';
import { parseSuppressions } from './suppressionComments';
import { parseYaml } from './yaml';

/** What a parse keeps for the doc's next version: what it can take over where the edit left the text as it was. */
interface Carried {
  /** The Markdown blocks (none for a YAML doc). */
  markdown?: MarkdownBlocks;
  /** Where the scan put each run of chunks' statements. */
  runs: readonly ChunkRun[];
  /** What each statement added to the step coverage. */
  contributions: readonly StatementContributions[];
}

const carriedOf = new Derived<Carried | undefined>(() => undefined);

/**
 * Parses a Markdown or YAML design doc into the one model every rule reads. Never throws on bad input. Given the
 * `previous` version of the same doc, the statements the edit left as they were are not read again; the model is
 * the same as without it.
 */
export function parseDesignDoc(text: string, format: DocFormat, previous?: DesignDoc): DesignDoc {
  const memos = previous ? memosOf.get(previous).nextVersion() : new TextMemos();
  const carried = previous && carriedOf.get(previous);
  const lines = previous ? keepUnchangedLines(splitLines(text), previous.lines) : splitLines(text);
  const markdown = format === 'markdown' ? parseMarkdown(lines, memos, carried?.markdown) : undefined;
  const outline = markdown ?? parseYaml(text, lines, memos);
  const structureOnly = text.length > maxFullLintBytes;
  // Past the size limit only the structure is checked: the text is not read for evidence, steps go by headings.
  const { scan, steps, contributions } = structureOnly
    ? {
        scan: { statements: [], evidence: [], runs: [] },
        steps: structuralStepCoverage(outline.sections, new Set(outline.chunks.map((chunk) => chunk.section))),
        contributions: [],
      }
    : readContent(outline, lines, memos, previous, carried);
  const frontMatterLines = format === 'markdown' && outline.frontMatter ? outline.frontMatter.range.end.line + 1 : 0;
  const doc: DesignDoc = {
    format,
    text,
    lines,
    frontMatter: outline.frontMatter,
    title: outline.title,
    sections: outline.sections,
    steps,
    mermaid: outline.mermaid,
    codeLines: outline.codeLines,
    syntaxProblems: outline.problems,
    limits: [...sizeLimit(text, lines), ...outline.limits, ...lineLimits(lines)],
    structureOnly,
    suppressions: parseSuppressions(text, lines, format, frontMatterLines, outline.codeLines),
    statements: scan.statements,
    evidence: scan.evidence,
  };
  if (outline.yamlDocument) rememberYamlDocument(doc, outline.yamlDocument, outline.yamlData);
  carriedOf.remember(doc, {
    markdown: markdown?.markdownBlocks,
    runs: scan.runs,
    contributions,
  });
  memosOf.remember(doc, memos);
  return doc;
}

/** The evidence of every statement of the doc, and the step coverage read from it. */
function readContent(
  outline: ParsedOutline,
  lines: string[],
  memos: TextMemos,
  previous: DesignDoc | undefined,
  carried: Carried | undefined,
): {
  scan: ReturnType<typeof scanEvidence>;
  steps: DesignDoc['steps'];
  contributions: StatementContributions[];
} {
  // The evidence scan reads the start of an overlong line only, like the content rules (readableLines).
  const chunks = outline.chunks.map((chunk) =>
    chunk.text.length > maxLineLength ? { ...chunk, text: chunk.text.slice(0, maxLineLength) } : chunk,
  );
  const scan = scanEvidence(
    outline.sections,
    chunks,
    lines,
    memos,
    previous &&
      carried && {
        lines: previous.lines,
        statements: previous.statements,
        evidence: previous.evidence,
        runs: carried.runs,
      },
  );
  const coverage = computeStepCoverage(outline.sections, scan, memos, carried?.contributions);
  return { scan, steps: coverage.steps, contributions: coverage.contributions };
}

/**
 * The doc as it would be with `line` left blank, e.g. without the heading or key being typed, so a half-written one
 * does not count as present. Typing on one line keeps the rest of the text the same, so the parse of it is reused
 * from one keystroke to the next.
 */
export function parseWithoutLine(doc: DesignDoc, line: number): DesignDoc {
  if (!doc.lines[line]?.trim()) return doc;
  const lines = [...doc.lines];
  lines[line] = '';
  return parseWithoutLineMemo(`${doc.format}\n${lines.join('\n')}`, doc);
}

const parseWithoutLineMemo = memoByText(4, (formatAndText: string, doc: DesignDoc) => {
  const newline = formatAndText.indexOf('\n');
  return parseDesignDoc(formatAndText.slice(newline + 1), formatAndText.slice(0, newline) as DocFormat, doc);
});
