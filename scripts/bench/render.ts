/** Writes a generated design doc as Markdown (front matter, headings, tables, fences) or as a pure-YAML design doc. */
import type { Block, Content, StepOutline } from './blocks';
import type { DocFormat } from '../../common/types';
import type { Topic } from './topics';

export interface DocPlan {
  topic: Topic;
  steps: { outline: StepOutline; blocks: Block[] }[];
}

function metadata(topic: Topic): string[] {
  return [
    'mlsd: 1',
    `title: ${topic.title}`,
    `case: ${topic.caseId}`,
    'level: senior',
    'author: mlsd bench',
    'date: 2025-03-01',
    'status: draft',
    'tags:',
    ...topic.tags.map((tag) => `  - ${tag}`),
  ];
}

function markdownContent(content: Content): string[] {
  switch (content.kind) {
    case 'paragraph':
      return content.lines;
    case 'list':
      return content.items.map((item) => `- ${item}`);
    case 'table':
      return [content.header, content.header.map(() => '---'), ...content.rows].map(
        (cells) => `| ${cells.join(' | ')} |`,
      );
    case 'code':
      return ['```' + content.language, ...content.lines, '```'];
    case 'diagram':
      return ['```mermaid', ...content.lines, '```'];
  }
}

/** A `###` sub-section followed by a blank line. */
export function markdownBlock(block: Block): string[] {
  return [`### ${block.title}`, '', ...block.contents.flatMap((content) => [...markdownContent(content), ''])];
}

export function renderMarkdown(plan: DocPlan): string[] {
  const lines = ['---', ...metadata(plan.topic), '---', '', `# ${plan.topic.title}`, ''];
  for (const step of plan.steps) lines.push(`## ${step.outline.heading}`, '', ...step.blocks.flatMap(markdownBlock));
  while (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const keyOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** A plain scalar where YAML reads it back as the same string, else a double-quoted one (JSON is valid YAML). */
function yamlText(text: string): string {
  return /^[a-z(]/i.test(text) && !/: |\s#|:$/.test(text) ? text : JSON.stringify(text);
}

const indent = (depth: number, lines: string[]): string[] => lines.map((line) => ' '.repeat(depth) + line);

/** The value of one content under `key`, at `depth` spaces. Diagrams go to the top-level `diagrams` map instead. */
function yamlContent(key: string, content: Content, depth: number): string[] {
  switch (content.kind) {
    case 'paragraph':
      return [`${key}: >-`, ...indent(2, content.lines)].map((line) => ' '.repeat(depth) + line);
    case 'list':
      return indent(depth, [`${key}:`, ...content.items.map((item) => `  - ${yamlText(item)}`)]);
    case 'table': {
      const keys = content.header.map(keyOf);
      const rows = content.rows.map(
        (cells) => `  - { ${cells.map((cell, i) => `${keys[i]}: ${JSON.stringify(cell)}`).join(', ')} }`,
      );
      return indent(depth, [`${key}:`, ...rows]);
    }
    case 'code':
      return indent(depth, [`${key}: |`, ...indent(2, content.lines)]);
    case 'diagram':
      return [];
  }
}

const contentKeys: Record<Content['kind'], string> = {
  paragraph: 'summary',
  list: 'points',
  table: 'table',
  code: 'code',
  diagram: 'diagram',
};

/** A sub-section key under its step: one paragraph or list directly, several contents as a map of named parts. */
export function yamlBlock(block: Block): { body: string[]; diagrams: string[] } {
  const key = keyOf(block.title);
  const parts = block.contents.filter((content) => content.kind !== 'diagram');
  const diagrams = block.contents.flatMap((content) =>
    content.kind === 'diagram' ? [`  ${content.name}: |`, ...indent(4, content.lines)] : [],
  );
  if (parts.length === 1) return { body: yamlContent(key, parts[0], 2), diagrams };
  const seen = new Map<string, number>();
  const body = [`  ${key}:`];
  for (const part of parts) {
    const name = part.kind === 'code' ? part.language : contentKeys[part.kind];
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    body.push(...yamlContent(count === 1 ? name : `${name}_${count}`, part, 4));
  }
  return { body, diagrams };
}

export function renderYaml(plan: DocPlan): string[] {
  const lines = metadata(plan.topic);
  const diagrams: string[] = [];
  for (const step of plan.steps) {
    lines.push('', `${step.outline.key}:`);
    for (const block of step.blocks) {
      const rendered = yamlBlock(block);
      lines.push(...rendered.body);
      diagrams.push(...rendered.diagrams);
    }
  }
  if (diagrams.length) lines.push('', 'diagrams:', ...diagrams);
  return lines;
}

/** How many lines a sub-section adds to a doc of this format. */
export function blockLineCount(block: Block, format: DocFormat): number {
  if (format === 'markdown') return markdownBlock(block).length;
  const { body, diagrams } = yamlBlock(block);
  return body.length + diagrams.length;
}
