/** How a doc writes its step headings, and the headings and sub-topic lines inserted skeletons use in that style. */
import { stepById } from '../../knowledge';
import type { DesignDoc, StepId } from '../model/designDoc';
import { topLevelStepSections } from '../model/structure';

/** How the doc writes its step headings, so inserted ones match. */
export interface HeadingStyle {
  level: number;
  numbering: 'number' | 'step' | 'none';
}

export function headingStyle(doc: DesignDoc): HeadingStyle {
  const first = topLevelStepSections(doc).find((section) => section.kind === 'heading');
  if (!first) return { level: doc.title ? 2 : 1, numbering: 'number' };
  const text = doc.lines[first.headingRange.start.line].replace(/^\s*#+\s*/, '');
  const numbering = /^\d+[.)]\s/.test(text) ? 'number' : /^step\s*\d+/i.test(text) ? 'step' : 'none';
  return { level: first.level <= 6 ? first.level : 2, numbering };
}

/** A step heading line in the given style: "## 3. Data preparation". */
export function headingText(id: StepId, style: HeadingStyle): string {
  const step = stepById(id);
  const prefix =
    style.numbering === 'number' ? `${step.number}. ` : style.numbering === 'step' ? `Step ${step.number}: ` : '';
  return `${'#'.repeat(style.level)} ${prefix}${step.title}`;
}

/** A sub-topic label as a YAML key: "offline metrics" → "offline_metrics". */
export function snakeCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** One line per sub-topic: "- Label: TODO <!-- prompt -->" (Markdown) or "  label: TODO  # prompt" (YAML). */
export function promptLines(doc: DesignDoc, id: StepId, indent = ''): string[] {
  return stepById(id).subTopics.map((topic) =>
    doc.format === 'yaml'
      ? `${indent}${snakeCase(topic.label)}: TODO  # ${topic.prompt}`
      : `${indent}- ${topic.label[0].toUpperCase()}${topic.label.slice(1)}: TODO <!-- ${topic.prompt} -->`,
  );
}
