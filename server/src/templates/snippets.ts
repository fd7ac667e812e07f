/**
 * VS Code snippets for design docs, generated from the knowledge base (`npm run snippets` writes snippets/*.json; a
 * unit test checks the committed files equal this output). Every prefix starts with `mlsd-`, so typing "mlsd" lists
 * them all: one per step, one per common sub-section, Mermaid diagrams, and the doc skeletons.
 */
import frontMatterSchema from '../../../schemas/front-matter.schema.json';
import { headingText, snakeCase, type StepId } from '../engine';
import {
  caseStudies,
  diagrams,
  metricById,
  stepById,
  steps,
  subsections,
  type SubsectionField,
  type SubsectionSkeleton,
} from '../knowledge';
import { renderTemplate } from './render';
import type { TemplateFormat } from './model';

export interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

export type SnippetFile = Record<string, Snippet>;

/** Literal text inside a snippet body: `$`, `}` and `\` would otherwise be snippet syntax. */
const literal = (text: string): string => text.replace(/[\\$}]/g, '\\$&');
/** A choice element: commas and pipes separate choices, so they are escaped too. */
const choiceText = (text: string): string => literal(text).replace(/[,|]/g, '\\$&');
const choice = (stop: number, options: readonly string[]): string =>
  `\${${stop}|${[...new Set(options)].map(choiceText).join(',')}|}`;
const capitalised = (text: string): string => text[0].toUpperCase() + text.slice(1);

/** Metric names the case studies use, most used first: the choices offered in the metric snippets. */
function metricChoices(kind: 'offline' | 'online'): string[] {
  const counts = new Map<string, number>();
  for (const study of caseStudies) {
    for (const id of kind === 'offline' ? study.offlineMetrics : study.onlineMetrics)
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => metricById(id)?.name)
    .filter((name): name is string => name !== undefined);
}

/** The prompt of the step sub-topic a sub-section answers. */
function subTopicPrompt(section: SubsectionSkeleton): string {
  const topic = stepById(section.step).subTopics.find((candidate) => candidate.id === section.subTopic);
  if (!topic) throw new Error(`unknown sub-topic ${section.step}/${section.subTopic}`);
  return topic.prompt;
}

/** The choices of a field, if it has any. */
function fieldChoices(field: SubsectionField): readonly string[] | undefined {
  return field.choices === 'offline-metrics' || field.choices === 'online-metrics'
    ? metricChoices(field.choices === 'offline-metrics' ? 'offline' : 'online')
    : field.choices;
}

/**
 * A sub-section's fields as lines, one tab stop each (two for a field with choices: the choice, then why):
 * "- Label: ${1:TODO} <!-- prompt -->" in Markdown, "  label: ${1:TODO}  # prompt" in YAML.
 */
function fieldLines(section: SubsectionSkeleton, format: TemplateFormat, indent: string): string[] {
  let stop = 1;
  return section.fields.map((field) => {
    const options = fieldChoices(field);
    const value = options ? `${choice(stop++, options)} — \${${stop++}:TODO}` : `\${${stop++}:TODO}`;
    return format === 'yaml'
      ? `${indent}${snakeCase(field.label)}: ${value}  # ${literal(field.prompt)}`
      : `- ${field.label}: ${value} <!-- ${literal(field.prompt)} -->`;
  });
}

/** "## 3." of the standard step heading "## 3. Data preparation": a tab stop, so the doc's own style can replace it. */
function headingMark(id: StepId): string {
  const heading = headingText(id, { level: 2, numbering: 'number' });
  return heading.slice(0, heading.length - stepById(id).title.length - 1);
}

function stepSnippet(format: TemplateFormat, index: number): [string, Snippet] {
  const step = steps[index];
  let stop = 1;
  const body =
    format === 'yaml'
      ? [
          `${step.id}:`,
          ...step.subTopics.map(
            (topic) => `  ${snakeCase(topic.label)}: \${${stop++}:TODO}  # ${literal(topic.prompt)}`,
          ),
        ]
      : [
          `\${${stop++}:${literal(headingMark(step.id))}} ${literal(step.title)}`,
          '',
          ...step.subTopics.map(
            (topic) => `- ${capitalised(topic.label)}: \${${stop++}:TODO} <!-- ${literal(topic.prompt)} -->`,
          ),
        ];
  return [
    `mlsd: Step ${step.number} — ${step.title}`,
    {
      prefix: `mlsd-${step.id}`,
      body: [...body, '$0'],
      description: `Step ${step.number} of the seven-step framework with a TODO per sub-topic. ${step.purpose}`,
    },
  ];
}

function subsectionSnippet(format: TemplateFormat, section: SubsectionSkeleton): [string, Snippet] {
  const step = stepById(section.step);
  const body =
    format === 'yaml'
      ? [
          `${snakeCase(section.title.replace(/\//g, ''))}:  # ${literal(subTopicPrompt(section))}`,
          ...fieldLines(section, format, '  '),
        ]
      : [
          `### ${section.title}`,
          '',
          `<!-- ${literal(subTopicPrompt(section))} -->`,
          '',
          ...fieldLines(section, format, ''),
        ];
  return [
    `mlsd: ${section.title}`,
    {
      prefix: `mlsd-${section.id}`,
      body: [...body, '$0'],
      description: `${section.title} sub-section for step ${step.number} (${step.title}): ${subTopicPrompt(section)}`,
    },
  ];
}

function diagramSnippets(format: TemplateFormat): [string, Snippet][] {
  return diagrams
    .filter((diagram): diagram is typeof diagram & { snippet: string } => diagram.snippet !== undefined)
    .map((diagram): [string, Snippet] => {
      const source = diagram.lines.map(literal);
      const body =
        format === 'yaml'
          ? ['diagram: |', ...source.map((line) => `  ${line}`), '$0']
          : ['```mermaid', ...source, '```', '$0'];
      return [
        `mlsd: Diagram — ${diagram.title}`,
        { prefix: `mlsd-diagram-${diagram.snippet}`, body, description: `Mermaid diagram: ${diagram.description}` },
      ];
    });
}

type EnumSchema = { enum: string[] };
const definitions = frontMatterSchema.definitions as unknown as Record<'case' | 'level' | 'status', EnumSchema>;

function metadataSnippet(format: TemplateFormat): [string, Snippet] {
  const lines = [
    'mlsd: 1',
    'title: ${1:System name}',
    `case: ${choice(2, [...definitions.case.enum])}`,
    `level: ${choice(3, [...definitions.level.enum])}`,
    'timeBudget: ${4:45}',
    `status: ${choice(5, [...definitions.status.enum])}`,
  ];
  return format === 'yaml'
    ? [
        'mlsd: Metadata',
        {
          prefix: 'mlsd-metadata',
          body: [...lines, '$0'],
          description:
            'The metadata keys of a YAML design doc: mlsd marker, title, case study, level, time budget and status.',
        },
      ]
    : [
        'mlsd: Front matter',
        {
          prefix: 'mlsd-front-matter',
          body: ['---', ...lines, '---', '$0'],
          description:
            'Front matter that marks a Markdown file as a design doc: title, case study, level, time budget and status.',
        },
      ];
}

function documentSnippets(format: TemplateFormat): [string, Snippet][] {
  const whole = (id: 'blank' | 'quick-45') => renderTemplate(id, format).replace(/\n$/, '').split('\n').map(literal);
  return [
    [
      'mlsd: Blank design doc',
      {
        prefix: 'mlsd-doc',
        body: [...whole('blank'), '$0'],
        description:
          'A whole design doc: metadata and the seven steps with a TODO per sub-topic (the same text as `mlsd new blank`).',
      },
    ],
    [
      'mlsd: 45-minute interview',
      {
        prefix: 'mlsd-quick-45',
        body: [...whole('quick-45'), '$0'],
        description:
          'A lean seven-step outline with a time box per step for a 45-minute interview (the same text as `mlsd new quick-45`).',
      },
    ],
  ];
}

/** Every snippet for one language, in a stable order. */
export function generateSnippets(format: TemplateFormat): SnippetFile {
  return Object.fromEntries([
    metadataSnippet(format),
    ...documentSnippets(format),
    ...steps.map((_, i) => stepSnippet(format, i)),
    ...subsections.map((section) => subsectionSnippet(format, section)),
    ...diagramSnippets(format),
  ]);
}

/** The text of a snippets file, as committed in snippets/. */
export function snippetFileText(format: TemplateFormat): string {
  return `${JSON.stringify(generateSnippets(format), null, 2)}\n`;
}
