/**
 * What one case study holds. The linter checks a doc against its metrics, expected elements, clarifying questions,
 * scale and latency; its template's prompts are the hints a blank page needs. Every prompt line is a prompt, not an
 * answer: it names options and the trade-off to discuss, and leaves the choice to the writer. Element patterns are
 * case-insensitive, never global, and meant to recognise the idea however an author phrases it (synonyms,
 * abbreviations, plurals).
 */
import type { MlCategoryId } from '../categories';
import type { DiagramSkeleton } from '../diagrams';
import type { StepId } from '../steps';

export type CaseStudyId =
  | 'visual-search'
  | 'street-view-blurring'
  | 'video-search'
  | 'harmful-content-detection'
  | 'video-recommendation'
  | 'event-recommendation'
  | 'ad-click-prediction'
  | 'similar-listings'
  | 'personalized-news-feed'
  | 'people-you-may-know';

export interface ExpectedElement {
  id: string;
  label: string;
  /** Concepts (`concept` or `concept/kind` of concepts/) that discuss the element wherever the doc states them. */
  concepts?: readonly string[];
  /** What only this case calls the element, beyond its concepts. */
  patterns: RegExp[];
  step: StepId;
  why: string;
}

export interface CaseStudy {
  id: CaseStudyId;
  title: string;
  summary: string;
  category: MlCategoryId;
  /** Metric ids from metrics.ts, best fit first. */
  offlineMetrics: string[];
  onlineMetrics: string[];
  expectedElements: ExpectedElement[];
  pitfalls: string[];
  typicalScale: string;
  latencyBudget: string;
  clarifyingQuestions: string[];
  /** What the case's template prompts the writer with, step by step. */
  prompts: CasePrompts;
}

export interface CasePrompts {
  /** What goes in and what comes out of the whole system. */
  io: string;
  /** Candidate ML framings, each with the trade-off to discuss; the one that usually fits best first. */
  framings: readonly string[];
  /** Tables, logs and stores to ask about. */
  dataSources: readonly string[];
  /** Where labels come from and what makes them noisy. */
  labels: string;
  /** Features worth considering and how to encode them. */
  features: readonly string[];
  /** Model options, baseline first, each with its trade-off. */
  models: readonly string[];
  /** The loss that fits the chosen framing. */
  loss: string;
  /** Why the usual offline metrics fit (or do not) for this case. */
  metricNotes: string;
  /** Batch or online prediction, and the reason to decide either way. */
  servingMode: string;
  /** Stages of the serving pipeline, in request order. */
  pipeline: readonly string[];
  /** The Mermaid skeleton that shows the pipeline: the case's own, or a shared one from knowledge/diagrams.ts. */
  diagram: DiagramSkeleton;
  /** Signals specific to this case worth a dashboard or an alert. */
  monitoring: readonly string[];
}
