import {
  automationCues,
  readinessBands,
  readinessSections,
  readinessTests,
  type ReadinessBand,
  type ReadinessSectionId,
  type ReadinessTest,
} from '../../knowledge';
import type { DesignDoc, Evidence } from '../model/designDoc';
import { evidenceFor } from '../evidence/evidenceSpec';
import { TermMatcher } from '../evidence/termMatcher';

const automationMatcher = new TermMatcher([automationCues]);

/** 0: the doc says nothing; ½: a check planned by hand; 1: an automated, repeated check. */
export type ReadinessPoints = 0 | 0.5 | 1;

export interface ReadinessTestResult {
  test: ReadinessTest;
  points: ReadinessPoints;
  /** The stated evidence the points rest on, the automated statements first. */
  evidence: Evidence[];
}

export interface ReadinessSectionResult {
  id: ReadinessSectionId;
  title: string;
  score: number;
  tests: ReadinessTestResult[];
}

export interface ProductionReadiness {
  sections: ReadinessSectionResult[];
  /** The lowest section score: one neglected area caps the system. */
  final: number;
  band: ReadinessBand;
}

function isAutomated(doc: DesignDoc, item: Evidence): boolean {
  return automationMatcher.match(doc.statements[item.statement].text).length > 0;
}

function scoreTest(doc: DesignDoc, test: ReadinessTest): ReadinessTestResult {
  const found = evidenceFor(doc, test.evidence);
  const automated = found.filter((item) => isAutomated(doc, item));
  const points: ReadinessPoints = automated.length ? 1 : found.length ? 0.5 : 0;
  return { test, points, evidence: [...automated, ...found.filter((item) => !automated.includes(item))] };
}

export function readinessBand(score: number): ReadinessBand {
  const band = readinessBands.find((b) => score > b.above && score <= b.upTo);
  if (!band) throw new Error(`no readiness band holds ${score}`);
  return band;
}

/** Scores a design doc on the ML Test Score's 28 tests, from the evidence the doc states. */
export function productionReadiness(doc: DesignDoc): ProductionReadiness {
  const sections = readinessSections.map(({ id, title }) => {
    const tests = readinessTests.filter((test) => test.section === id).map((test) => scoreTest(doc, test));
    return { id, title, score: tests.reduce((sum, result) => sum + result.points, 0), tests };
  });
  const final = Math.min(...sections.map((section) => section.score));
  return { sections, final, band: readinessBand(final) };
}
