/**
 * What must hold for every document, however broken: nothing throws; every range (finding, related, fix edit) lies
 * inside the document; every offered fix only inserts, in the document's own line endings, and linting the fixed
 * document no longer reports that finding; a suggested correction replaces only the word its finding is on; YAML aliases never expand the model without bound. Lint time per input
 * is returned for the time property, which needs the whole run (see ./run.ts).
 */
import {
  coverageSummary,
  defaultRules,
  insertAllMissingSteps,
  lint as lintWith,
  parseDesignDoc,
  splitLines,
  suppressionEdit,
  type DesignDoc,
  type Finding,
  type Range,
} from '../../server/src/engine';
import { promptFixes } from '../../server/src/engine/lint';
import type { FuzzDocument } from './documents';

export class PropertyFailure extends Error {}

const lint = (doc: DesignDoc): Finding[] => lintWith(doc, { rules: defaultRules });

function inside(range: Range, lines: readonly string[], what: string): void {
  const { start, end } = range;
  const valid = (p: Range['start']) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < lines.length &&
    p.character >= 0 &&
    p.character <= lines[p.line].length;
  if (
    !valid(start) ||
    !valid(end) ||
    start.line > end.line ||
    (start.line === end.line && start.character > end.character)
  ) {
    throw new PropertyFailure(
      `${what}: range ${JSON.stringify(range)} is not inside the document (${lines.length} lines; line lengths ${[start.line, end.line].map((l) => lines[l]?.length).join(', ')})`,
    );
  }
}

/** The document with the finding's fix applied; line starts as LSP counts lines (\r\n, \r and \n each end one). */
function applyInsertions(text: string, finding: Finding): string {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const edits = [...(finding.fix?.edits ?? [])].map((edit) => ({
    offset: starts[edit.range.start.line] + edit.range.start.character,
    text: edit.newText,
  }));
  edits.sort((a, b) => b.offset - a.offset);
  return edits.reduce((result, edit) => result.slice(0, edit.offset) + edit.text + result.slice(edit.offset), text);
}

function lineEndingOf(text: string): string {
  return /\r\n?|\n/.exec(text)?.[0] ?? '\n';
}

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Checks one document; throws PropertyFailure (or whatever the engine threw). Returns the lint's CPU time. */
export function checkDocument(input: FuzzDocument, options: { checkFixes: boolean }): number {
  const started = cpuMs();
  const doc: DesignDoc = parseDesignDoc(input.text, input.format);
  const findings = lint(doc);
  coverageSummary(doc);
  const elapsed = cpuMs() - started;

  const lines = splitLines(input.text);
  if (doc.lines.length !== lines.length)
    throw new PropertyFailure(`the model has ${doc.lines.length} lines, the text ${lines.length}`);
  for (const finding of findings) {
    inside(finding.range, lines, finding.rule);
    for (const related of finding.related ?? []) inside(related.range, lines, `${finding.rule} (related)`);
    for (const edit of finding.fix?.edits ?? []) inside(edit.range, lines, `${finding.rule} (fix)`);
    // A correction replaces the misspelt word the finding is on, nothing else.
    for (const edit of finding.suggestion?.edits ?? [])
      if (JSON.stringify(edit.range) !== JSON.stringify(finding.range))
        throw new PropertyFailure(
          `${finding.rule}: the suggestion edits ${JSON.stringify(edit.range)}, not the finding's word`,
        );
  }

  const data = JSON.stringify(doc.frontMatter?.data ?? {});
  if (data.length > 100 * input.text.length + 10_000)
    throw new PropertyFailure(`the front matter expanded to ${data.length} characters from ${input.text.length}`);

  // The editor's other edits (fix all missing steps, disable a rule for a line or the file) only insert too.
  const otherEdits = [
    ...insertAllMissingSteps(doc),
    ...findings.slice(0, 1).flatMap((f) => [suppressionEdit(doc, f, 'line'), suppressionEdit(doc, f, 'file')]),
  ];
  for (const edit of otherEdits) {
    inside(edit.range, lines, 'code action edit');
    const { start, end } = edit.range;
    if (start.line !== end.line || start.character !== end.character)
      throw new PropertyFailure(`a code action replaces ${JSON.stringify(edit.range)} instead of only inserting`);
  }

  if (options.checkFixes) {
    const eol = lineEndingOf(input.text);
    // One per document, a different one from document to document: across a run every rule's fix is met, at the
    // cost of one extra lint per input.
    const fixable = findings.filter((f) => f.fix);
    for (const finding of fixable.length ? [fixable[input.text.length % fixable.length]] : []) {
      for (const edit of finding.fix!.edits) {
        const { start, end } = edit.range;
        if (start.line !== end.line || start.character !== end.character)
          throw new PropertyFailure(
            `${finding.rule}: the fix replaces ${JSON.stringify(edit.range)} instead of only inserting`,
          );
        const breaks = edit.newText.match(/\r\n?|\n/g) ?? [];
        if (input.text.match(/\r\n?|\n/) && breaks.some((b) => b !== eol))
          throw new PropertyFailure(
            `${finding.rule}: the fix inserts ${JSON.stringify(breaks[0])} line breaks into a document that uses ${JSON.stringify(eol)}`,
          );
      }
      const fixed = applyInsertions(input.text, finding);
      const again = lint(parseDesignDoc(fixed, input.format)).find(
        (f) => f.rule === finding.rule && f.message === finding.message,
      );
      // Prompts for an empty step are questions still to answer (the step stays empty): such a fix may leave its
      // finding, but never offers itself again.
      if (again && (!promptFixes.has(finding.rule) || again.fix)) {
        throw new PropertyFailure(
          `${finding.rule}: after its fix "${finding.fix!.title}" the finding is still reported${again.fix ? ', with the same fix' : ''}: ${finding.message}`,
        );
      }
    }
  }
  return elapsed;
}
