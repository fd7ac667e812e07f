/**
 * A template as data, before it is written as Markdown or YAML: the metadata, and per step its time box, the
 * sub-topic prompts of the knowledge base (each a TODO to replace) and the hints of the case study. Everything is
 * read from knowledge/, so a template cannot drift from what the linter expects.
 */
import type { StepId } from '../engine';
import {
  caseStudies,
  type CaseStudy,
  type CaseStudyId,
  type CasePrompts,
  categoryById,
  metricById,
  steps,
  type StepDefinition,
  type SubTopic,
} from '../knowledge';

export type TemplateId = CaseStudyId | 'blank' | 'quick-45';
export type TemplateFormat = 'markdown' | 'yaml';

export interface TemplateInfo {
  id: TemplateId;
  title: string;
  /** One line for pickers and `mlsd cases`. */
  description: string;
}

/** The length of the interview the templates are planned for, in minutes (the steps' time boxes add up to it). */
export const interviewMinutes = steps.reduce((sum, step) => sum + step.interviewMinutes, 0);

export const blankInfo: TemplateInfo = {
  id: 'blank',
  title: 'Blank design doc',
  description: 'The seven steps with the prompts of each sub-topic, for a problem of your own.',
};

export const quickInfo: TemplateInfo = {
  id: 'quick-45',
  title: '45-minute interview',
  description: `A lean seven-step outline with a time box per step (${steps.map((s) => s.interviewMinutes).join(' + ')} = ${interviewMinutes} minutes).`,
};

export const templateInfos: readonly TemplateInfo[] = [
  ...caseStudies.map((c) => ({ id: c.id, title: c.title, description: c.summary })),
  blankInfo,
  quickInfo,
];

export const templateIds: readonly TemplateId[] = templateInfos.map((info) => info.id);

export function isTemplateId(value: string): value is TemplateId {
  return (templateIds as readonly string[]).includes(value);
}

/** A sub-topic line: "- Label: TODO <!-- prompt -->" in Markdown, "label: TODO  # prompt" in YAML. */
export interface TemplateItem {
  label: string;
  prompt: string;
}

/** A list of hints shown as a comment: options to weigh, signals to watch. */
export interface TemplateHint {
  title: string;
  lines: readonly string[];
  ordered?: boolean;
}

export interface TemplateStep {
  id: StepId;
  number: number;
  title: string;
  /** Shown in the Markdown heading and as the YAML key's comment (quick-45 only). */
  timeBox?: string;
  /** What the step is for, and how long it gets. */
  intro: string;
  items: readonly TemplateItem[];
  hints: readonly TemplateHint[];
  /** Mermaid source of the serving pipeline (serving step only). */
  diagram?: readonly string[];
}

export interface TemplateModel {
  id: TemplateId;
  metadata: { mlsd: 1; title: string; case: CaseStudyId | 'custom'; timeBudget: number; status: 'draft' };
  /** A note under the title: what the template is and how to use it. */
  intro: string;
  /** Hints for the whole doc (a case study's pitfalls), shown under the note. */
  hints: readonly TemplateHint[];
  steps: readonly TemplateStep[];
}

/** Sub-topics the 45-minute template keeps: the ones every reviewer (and every content rule) asks about. */
const quickTopics: Record<StepId, readonly string[]> = {
  requirements: ['business-objective', 'scale', 'latency'],
  framing: ['ml-objective', 'io', 'category'],
  data: ['sources', 'labels', 'features'],
  model: ['baseline', 'model-choice', 'loss'],
  evaluation: ['offline', 'online'],
  serving: ['mode', 'pipeline', 'rollout'],
  monitoring: ['drift', 'monitoring', 'retraining'],
};

const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);
const capitalised = (text: string): string => text[0].toUpperCase() + text.slice(1);
const metricNames = (ids: readonly string[]): string => ids.map((id) => metricById(id)?.name ?? id).join(', ');

/** "0:05–0:10": where a step's time box sits in the interview. */
function clock(startMinute: number, minutes: number): string {
  const at = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  return `${at(startMinute)}–${at(startMinute + minutes)}`;
}

/** The case study's extra words for one sub-topic prompt, if it has any. */
function caseHint(step: StepId, topic: string, study: CaseStudy, prompts: CasePrompts): string | undefined {
  const key = `${step}/${topic}`;
  switch (key) {
    case 'requirements/scale':
      return `Usual assumption here: ${sentence(study.typicalScale)}`;
    case 'requirements/latency':
      return `Usual assumption here: ${sentence(study.latencyBudget)}`;
    case 'framing/io':
      return `Here: ${prompts.io}`;
    case 'framing/category': {
      const category = categoryById(study.category);
      return `Usually framed as ${category ? category.title.toLowerCase() : study.category}.`;
    }
    case 'data/labels':
      return prompts.labels;
    case 'model/loss':
      return `Fits here: ${prompts.loss}`;
    case 'evaluation/offline':
      return `Candidates: ${metricNames(study.offlineMetrics)}. ${prompts.metricNotes}`;
    case 'evaluation/online':
      return `Candidates: ${metricNames(study.onlineMetrics)}.`;
    case 'serving/mode':
      return `Here: ${prompts.servingMode}`;
    default:
      return undefined;
  }
}

function items(
  step: StepDefinition,
  topics: readonly SubTopic[],
  study?: CaseStudy,
  prompts?: CasePrompts,
): TemplateItem[] {
  return topics.map((topic) => {
    const label = capitalised(topic.label);
    const hint = study && prompts ? caseHint(step.id, topic.id, study, prompts) : undefined;
    return { label, prompt: hint ? `${topic.prompt} ${hint}` : topic.prompt };
  });
}

function hints(step: StepId, study: CaseStudy, prompts: CasePrompts): TemplateHint[] {
  const elements = study.expectedElements.filter((element) => element.step === step);
  const reviewer: TemplateHint[] = elements.length
    ? [
        {
          title: 'A reviewer of this case looks for',
          lines: elements.map((element) => `${element.label}: ${element.why}`),
        },
      ]
    : [];
  switch (step) {
    case 'requirements':
      // Questions stay in a comment: a question is requirements content, and a fresh template has none yet.
      return [
        {
          title: 'Questions to ask (answer each, or write down the assumption you make)',
          lines: study.clarifyingQuestions,
        },
        ...reviewer,
      ];
    case 'framing':
      return [
        { title: 'Candidate framings to weigh (keep one and say why the others lose)', lines: prompts.framings },
        ...reviewer,
      ];
    case 'data':
      return [
        { title: 'Data to ask for', lines: prompts.dataSources },
        { title: 'Features to consider', lines: prompts.features },
        ...reviewer,
      ];
    case 'model':
      return [{ title: 'Model options (baseline first)', lines: prompts.models }, ...reviewer];
    case 'evaluation':
      return reviewer;
    case 'serving':
      return [{ title: 'Serving pipeline for this case', lines: prompts.pipeline, ordered: true }, ...reviewer];
    case 'monitoring':
      return [{ title: 'Signals worth an alert for this case', lines: prompts.monitoring }, ...reviewer];
  }
}

/** The template as data; throws for an unknown id (check with isTemplateId first). */
export function templateModel(id: TemplateId): TemplateModel {
  const study = caseStudies.find((c) => c.id === id);
  const prompts = study?.prompts;
  const quick = id === 'quick-45';
  if (!study && id !== 'blank' && !quick) throw new Error(`unknown template ${id}`);
  let minute = 0;
  const templateSteps = steps.map((step): TemplateStep => {
    const start = minute;
    minute += step.interviewMinutes;
    const topics = quick ? step.subTopics.filter((topic) => quickTopics[step.id].includes(topic.id)) : step.subTopics;
    const time = quick
      ? `${step.interviewMinutes} min, ${clock(start, step.interviewMinutes)}.`
      : `About ${step.interviewMinutes} of ${interviewMinutes} minutes in an interview.`;
    const serving = step.id === 'serving' && prompts;
    return {
      id: step.id,
      number: step.number,
      title: step.title,
      ...(quick ? { timeBox: `${step.interviewMinutes} min` } : {}),
      intro: `${step.purpose} ${time}`,
      items: items(step, topics, study, prompts),
      hints: study && prompts ? hints(step.id, study, prompts) : [],
      ...(serving ? { diagram: prompts.diagram.lines } : {}),
    };
  });
  const title = study?.title ?? (quick ? 'ML system design interview' : 'ML system design');
  const intro = study
    ? `${study.summary} Replace every TODO with your answer (the comments hold the prompts); mlsd lists what is left to write.`
    : quick
      ? `A ${interviewMinutes}-minute interview: ${steps.map((s) => `${s.title.split(' ')[0].toLowerCase()} ${s.interviewMinutes}`).join(', ')} minutes. A short answer in every step beats a long answer in three; replace every TODO.`
      : 'Replace every TODO with your answer (the comments hold the prompts); mlsd lists what is left to write.';
  return {
    id,
    metadata: { mlsd: 1, title, case: study?.id ?? 'custom', timeBudget: interviewMinutes, status: 'draft' },
    intro,
    hints: study ? [{ title: 'Pitfalls a reviewer flags in this case', lines: study.pitfalls }] : [],
    steps: templateSteps,
  };
}
