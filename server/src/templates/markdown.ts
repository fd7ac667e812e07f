/**
 * A template written as a Markdown design doc: YAML front matter, the title, and the seven steps as numbered H2
 * headings (the style quick fixes insert), each with one "- Label: TODO <!-- prompt -->" line per sub-topic, the
 * case study's hints in comment blocks and, under serving, a Mermaid skeleton of the pipeline. Comments are not
 * content, so a fresh template has seven empty steps and a placeholder finding on every TODO.
 */
import { headingText } from '../engine';
import type { TemplateHint, TemplateItem, TemplateModel, TemplateStep } from './model';
import { scalar } from './yaml';

/** Text inside an HTML comment must not close it early. */
const commentSafe = (text: string): string => text.replace(/-->/g, '→').replace(/--/g, '–');

const itemLine = (item: TemplateItem): string => `- ${item.label}: TODO <!-- ${commentSafe(item.prompt)} -->`;

function hintLines(hint: TemplateHint): string[] {
  return [
    '<!--',
    `${commentSafe(hint.title)}:`,
    ...hint.lines.map((line, i) => `${hint.ordered ? `${i + 1}.` : '-'} ${commentSafe(line)}`),
    '-->',
  ];
}

function stepLines(step: TemplateStep): string[] {
  const heading = headingText(step.id, { level: 2, numbering: 'number' });
  const lines = [
    step.timeBox ? `${heading} (${step.timeBox})` : heading,
    '',
    `<!-- ${commentSafe(step.intro)} -->`,
    '',
  ];
  lines.push(...step.items.map(itemLine), '');
  for (const hint of step.hints) lines.push(...hintLines(hint), '');
  if (step.diagram) lines.push('### Pipeline diagram', '', '```mermaid', ...step.diagram, '```', '');
  return lines;
}

export function renderMarkdown(model: TemplateModel): string {
  const { metadata } = model;
  const lines = [
    '---',
    `mlsd: ${metadata.mlsd}`,
    `title: ${scalar(metadata.title)}`,
    `case: ${metadata.case}`,
    `timeBudget: ${metadata.timeBudget}`,
    `status: ${metadata.status}`,
    '---',
    '',
    `# ${metadata.title}`,
    '',
    `<!-- ${commentSafe(model.intro)} -->`,
    '',
    ...model.hints.flatMap((hint) => [...hintLines(hint), '']),
    ...model.steps.flatMap(stepLines),
  ];
  return `${lines.join('\n').replace(/(?<!\n)\n+$/, '')}\n`;
}
