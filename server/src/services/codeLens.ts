/**
 * Code lenses: above the title "5/7 steps covered" (plus "Open preview" / "Start practice" when the client has
 * those commands), above each step heading its coverage and open findings ("thin · 2 findings").
 *
 * Lenses that only inform carry an empty command, which editors render as plain text.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import { coverageSummary, type DesignDoc, type Finding, type Range, lineRange } from '../engine';
import { sectionRange, stepSections, stepStates } from './outline';

/** Client commands a title lens may offer, shown only when the client says it has them. */
export const titleCommands: readonly { command: string; title: string }[] = [
  { command: 'mlsd.openPreview', title: 'Open preview' },
  { command: 'mlsd.startPractice', title: 'Start practice' },
];

export function codeLenses(
  doc: DesignDoc,
  findings: readonly Finding[],
  uri: string,
  clientCommands: ReadonlySet<string>,
): CodeLens[] {
  const title = titleRange(doc);
  const { covered, total } = coverageSummary(doc);
  const lenses: CodeLens[] = [{ range: title, command: { title: `${covered}/${total} steps covered`, command: '' } }];
  for (const { command, title: label } of titleCommands) {
    if (clientCommands.has(command))
      lenses.push({ range: title, command: { title: label, command, arguments: [uri] } });
  }
  for (const section of stepSections(doc)) {
    const range = sectionRange(doc, section);
    // A missing-step finding sits on the heading of the step before the gap; it is about the absent step.
    const open = findings.filter(
      (f) =>
        f.rule !== 'missing-step' && f.range.start.line >= range.start.line && f.range.start.line <= range.end.line,
    ).length;
    const counted = open ? ` · ${open} finding${open === 1 ? '' : 's'}` : '';
    lenses.push({
      range: section.headingRange,
      command: { title: `${stepStates(doc, section.headingSteps)}${counted}`, command: '' },
    });
  }
  return lenses;
}

/** The visible title: the first `# H1` that names no step, else the `title` key, else the first line. */
function titleRange(doc: DesignDoc): Range {
  const h1 = doc.sections.find((s) => s.kind === 'heading' && s.level === 1 && s.headingSteps.length === 0);
  if (h1) return h1.headingRange;
  if (doc.title) return doc.title.range;
  const first = Math.max(
    0,
    doc.lines.findIndex((line) => line.trim() !== ''),
  );
  return lineRange(doc.lines, first);
}
