/**
 * Markdown explanations of the knowledge base, shared by hover and completion documentation: a metric, a glossary
 * term, an ML category, and what an interviewer expects in a step.
 */
import type { DesignDoc, StepId } from '../engine';
import { categoryById, type MlCategory, type GlossaryEntry, metrics, type Metric, stepById } from '../knowledge';

const areaLabels: Record<GlossaryEntry['area'], string> = {
  concept: 'concept',
  model: 'model term',
  serving: 'serving term',
  monitoring: 'monitoring term',
};

export function metricDetail(metric: Metric): string {
  return `${metric.kind} metric`;
}

export function glossaryDetail(entry: GlossaryEntry): string {
  return areaLabels[entry.area];
}

function formulaBlock(formula: string | undefined): string[] {
  return formula ? ['```text', formula, '```'] : [];
}

/** Definition, formula, the ML tasks it fits, and the caveat if there is one. */
export function metricMarkdown(metric: Metric): string {
  const fits = metric.fits.map((id) => categoryById(id)?.title ?? id);
  return paragraphs(
    metric.definition,
    formulaBlock(metric.formula).join('\n'),
    `**Fits:** ${fits.join(', ')}`,
    metric.note ?? '',
  );
}

export function glossaryMarkdown(entry: GlossaryEntry): string {
  return paragraphs(
    entry.definition,
    formulaBlock(entry.formula).join('\n'),
    `**When it matters:** ${entry.when}`,
    `**Step:** ${entry.steps.map((id) => stepById(id).title).join(', ')}`,
  );
}

export function categoryMarkdown(category: MlCategory): string {
  const fitting = metrics.filter((m) => m.kind === 'offline' && m.fits.includes(category.id)).map((m) => m.name);
  return paragraphs(category.description, fitting.length ? `**Offline metrics that fit:** ${fitting.join(', ')}` : '');
}

/** A term's hover: its name and kind, then its explanation. */
export function termHover(name: string, kind: string, body: string): string {
  return paragraphs(`**${name}** · ${kind}`, body);
}

/**
 * What an interviewer expects in the step, as a checklist: ✓ for a sub-topic the doc's text for this step already
 * touches, ○ for one still to write.
 */
export function stepMarkdown(doc: DesignDoc, id: StepId): string {
  const step = stepById(id);
  const info = doc.steps[id];
  const touched = new Set(info.topics);
  const checklist = step.subTopics.map(
    (topic) => `- ${touched.has(topic.id) ? '✓' : '○'} **${topic.label}**: ${topic.prompt}`,
  );
  return paragraphs(
    `**Step ${step.number} · ${step.title}** · ${info.state}`,
    step.purpose,
    `What an interviewer expects (${touched.size}/${step.subTopics.length} touched):`,
    checklist.join('\n'),
  );
}

function paragraphs(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
