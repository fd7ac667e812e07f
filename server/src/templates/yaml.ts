/**
 * A template written as a pure-YAML design doc: the metadata keys, then one key per step holding a map of sub-topic
 * keys (snake_case, as the quick fixes insert them) whose value is TODO and whose comment is the prompt; the case
 * study's hints as comment lines, and the serving pipeline as a top-level `diagram` block scalar. The result
 * validates against schemas/design-doc.schema.json.
 */
import { snakeCase } from '../engine';
import type { TemplateHint, TemplateItem, TemplateModel, TemplateStep } from './model';

/** A scalar that needs no quotes as a plain YAML value; anything else is written double-quoted (JSON is valid YAML). */
export function scalar(text: string): string {
  const plain =
    /^[A-Z0-9(][^\n]*$/i.test(text) &&
    !/: |\s#|:$|^(?:true|false|null|yes|no|on|off|~)$/i.test(text) &&
    !/^\d[\d.:e+-]*$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** Comments are one line each. */
const oneLine = (text: string): string => text.replace(/(?<![ \t])[ \t]*\n\s*/g, ' ');

const itemLine = (item: TemplateItem): string => `  ${snakeCase(item.label)}: TODO  # ${oneLine(item.prompt)}`;

function hintLines(hint: TemplateHint): string[] {
  return [
    `  # ${oneLine(hint.title)}:`,
    ...hint.lines.map((line, i) => `  #   ${hint.ordered ? `${i + 1}.` : '-'} ${oneLine(line)}`),
  ];
}

function stepLines(step: TemplateStep): string[] {
  return [
    `# ${step.number}. ${step.title}: ${oneLine(step.intro)}`,
    `${step.id}:`,
    ...step.items.map(itemLine),
    ...step.hints.flatMap(hintLines),
    '',
  ];
}

export function renderYaml(model: TemplateModel): string {
  const { metadata } = model;
  const diagram = model.steps.find((step) => step.diagram)?.diagram;
  const lines = [
    `mlsd: ${metadata.mlsd}`,
    `title: ${scalar(metadata.title)}`,
    `case: ${metadata.case}`,
    `timeBudget: ${metadata.timeBudget}`,
    `status: ${metadata.status}`,
    `# ${oneLine(model.intro)}`,
    ...model.hints.flatMap((hint) => hintLines(hint).map((line) => line.trimStart())),
    '',
    ...model.steps.flatMap(stepLines),
    ...(diagram
      ? ['# The serving pipeline, as a Mermaid skeleton to adapt.', 'diagram: |', ...diagram.map((line) => `  ${line}`)]
      : []),
  ];
  return `${lines.join('\n').replace(/(?<!\n)\n+$/, '')}\n`;
}
