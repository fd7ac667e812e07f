import type { ReadinessReport, ReportFinding, ReportSession, ReportStep } from '../../../../common/types';
import { mlTestScoreCitation, stepIds, steps } from '../../knowledge';
import type { DesignDoc, Finding, StepId } from '../model/designDoc';
import { productionReadiness } from '../readiness/productionReadiness';
import { rubricOf } from './rubric';
import { scoreOf, scoreParts } from './scoreFormula';

export interface ReportOptions {
  /** The doc's findings, linted with the user's settings. */
  findings: readonly Finding[];
  /** Minutes spent per step in a practice session, and the budgets. */
  minutes?: Partial<Record<StepId, { spent: number; budget: number }>>;
  /** The practice session the minutes come from. */
  session?: ReportSession;
  /** Shown when the doc has no title. */
  fallbackTitle?: string;
}

const reportFinding = ({ rule, severity, message, range }: Finding): ReportFinding => ({
  rule,
  severity,
  message,
  range,
});

/**
 * The readiness report of a doc: per step its state, sub-topics covered and missing and its findings; the rubric
 * signals; the ML Test Score; and a 0–100 score. Pure and deterministic: the same text gives the same report.
 */
export function readinessReport(doc: DesignDoc, options: ReportOptions): ReadinessReport {
  const reportSteps: ReportStep[] = steps.map((step) => {
    const info = doc.steps[step.id];
    const touched = new Set(info.state === 'missing' ? [] : info.topics);
    const minutes = options.minutes?.[step.id];
    return {
      id: step.id,
      number: step.number,
      title: step.title,
      state: info.state,
      covered: step.subTopics.filter((t) => touched.has(t.id)).map(({ id, label }) => ({ id, label })),
      missing: step.subTopics.filter((t) => !touched.has(t.id)).map(({ id, label }) => ({ id, label })),
      findings: options.findings.filter((f) => f.step === step.id).map(reportFinding),
      ...(minutes ? { minutes } : {}),
    };
  });
  const signals = rubricOf(doc, options.findings);
  const parts = scoreParts({
    states: stepIds.map((id) => doc.steps[id].state),
    subTopicsCovered: reportSteps.reduce((sum, step) => sum + step.covered.length, 0),
    subTopicsTotal: reportSteps.reduce((sum, step) => sum + step.covered.length + step.missing.length, 0),
    signalsMet: signals.filter((signal) => signal.met).length,
    signalsTotal: signals.length,
    errors: options.findings.filter((f) => f.severity === 'error').length,
    warnings: options.findings.filter((f) => f.severity === 'warning').length,
  });
  const readiness = productionReadiness(doc);
  return {
    title: doc.title?.text ?? options.fallbackTitle ?? 'Design doc',
    score: scoreOf(parts),
    parts,
    steps: reportSteps,
    signals,
    readiness: {
      sections: readiness.sections.map(({ id, title, score }) => ({ id, title, score })),
      final: readiness.final,
      band: { label: readiness.band.label, meaning: readiness.band.meaning },
      citation: mlTestScoreCitation,
    },
    ...(options.session ? { session: options.session } : {}),
  };
}
