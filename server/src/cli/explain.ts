/**
 * `mlsd explain FILE [--step ID] [--format text|json]`: why each step got its state — the headings naming it, the
 * evidence found and where, what counted and what did not. How a user checks (or disputes) a verdict.
 */
import {
  closest,
  countedLine,
  explainCoverage,
  explanationHeadline,
  notCountedLines,
  occurrenceText,
  parseDesignDoc,
  stateReason,
  type StepExplanation,
  type StepId,
  wordsBreakdown,
} from '../engine';
import { steps } from '../knowledge';
import type { ExplainArgs } from './args';
import { readOneDesignDoc } from './files';
import type { CommandOutput } from './output';

/** The step an id or a number (1-7) names. */
function stepNamed(name: string): StepId | undefined {
  const wanted = name.trim().toLowerCase();
  return steps.find((step) => step.id === wanted || String(step.number) === wanted)?.id;
}

const width = 100;

/** Items joined with ", " on lines of at most `width` columns, every line after the first indented by `indent`. */
function wrapped(first: string, items: readonly string[], indent: number): string[] {
  const lines = [first];
  for (const [index, item] of items.entries()) {
    const piece = index < items.length - 1 ? `${item},` : item;
    const last = lines[lines.length - 1];
    if (last.length + 1 + piece.length > width && last.trim() !== first.trim())
      lines.push(`${' '.repeat(indent)}${piece}`);
    else lines[lines.length - 1] = `${last} ${piece}`;
  }
  return lines;
}

function evidenceLines(explanation: StepExplanation): string[] {
  const lines: string[] = [];
  const labelWidth = Math.max(0, ...explanation.evidence.map((group) => group.label.length)) + 1;
  for (const group of explanation.evidence) {
    // A common word outside its step ("model" in a serving sentence) is ordinary vocabulary there: counted, not listed.
    const listed = group.occurrences.filter((item) => item.use !== 'generic');
    const generic = group.occurrences.length - listed.length;
    const items = listed.map(occurrenceText);
    if (generic) items.push(`+${generic} as a common word outside its step (not counted)`);
    lines.push(...wrapped(`    ${`${group.label}:`.padEnd(labelWidth)}`, items, 5 + labelWidth));
  }
  return lines;
}

function bullets(title: string, lines: readonly string[]): string[] {
  return lines.length ? [`  ${title}:`, ...lines.map((line) => `  - ${line}`)] : [];
}

/** One step's block: headline, why, headings, words, sub-topics, evidence, then the statements by how they counted. */
export function explanationText(explanation: StepExplanation): string {
  const { covered, missing } = explanation.subTopics;
  const headings = explanation.headings.map((heading) => `line ${heading.range.start.line + 1} '${heading.title}'`);
  const topics = [
    covered.length ? covered.map((topic) => topic.label).join(', ') : 'none',
    missing.length ? `missing: ${missing.map((topic) => topic.label).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    explanationHeadline(explanation),
    `  why: ${stateReason(explanation)}`,
    `  headings: ${headings.length ? headings.join(', ') : 'none names this step'}`,
    `  words: ${wordsBreakdown(explanation)}`,
    `  sub-topics: ${topics}`,
    ...(explanation.evidence.length ? ['  evidence:', ...evidenceLines(explanation)] : []),
    ...bullets('counted', explanation.statements.filter((item) => item.via !== 'passing').map(countedLine)),
    ...bullets('passing mentions', explanation.statements.filter((item) => item.via === 'passing').map(countedLine)),
    ...bullets('not counted', notCountedLines(explanation)),
  ].join('\n');
}

export async function runExplain(args: ExplainArgs): Promise<CommandOutput> {
  let only: StepId[] | undefined;
  if (args.step !== undefined) {
    const id = stepNamed(args.step);
    if (!id) {
      const suggestion = closest(
        args.step.trim().toLowerCase(),
        steps.map((step) => step.id),
      );
      const valid = steps.map((step) => `${step.number} ${step.id}`).join(', ');
      return {
        code: 2,
        stdout: '',
        errors: [
          `unknown step "${args.step}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Steps: ${valid}.`,
        ],
      };
    }
    only = [id];
  }
  const file = await readOneDesignDoc(args.file, 'explain');
  if (typeof file === 'string') return { code: 2, stdout: '', errors: [file] };
  const explanations = explainCoverage(parseDesignDoc(file.text, file.format), only);
  const stdout =
    args.format === 'json'
      ? JSON.stringify({ version: 1, path: file.path, steps: explanations })
      : `${file.path}\n\n${explanations.map(explanationText).join('\n\n')}`;
  return { code: 0, stdout: `${stdout}\n`, errors: [] };
}
