import { mlTestScoreCitation, readinessSections } from '../../knowledge';
import type { DesignDoc } from '../model/designDoc';
import { productionReadiness } from '../readiness/productionReadiness';
import { missingStepAnchor } from './helpers/placement';
import type { Rule, RuleReport } from './rule';

const sectionTitle = (id: string): string => readinessSections.find((section) => section.id === id)?.title ?? id;

export const productionReadinessRule: Rule = {
  id: 'production-readiness',
  name: 'Production readiness',
  summary: 'a test of the ML Test Score (28 production-readiness checks) that the design never plans',
  description: `Opt-in, for the design of a system headed to production rather than an interview answer. Reads the doc against the 28 tests of the ML Test Score (${mlTestScoreCitation}), seven each for features and data, model development, ML infrastructure and monitoring, and reports every test the doc says nothing about, with what it could say. A test planned as a manual check scores ½, an automated, repeated one (alerts, CI, a nightly job, a release gate) scores 1; each section sums its tests and the final score is the lowest section, shown by \`mlsd report\`.`,
  defaultSeverity: 'info',
  tags: ['production', 'readiness'],
  optIn: {
    how: 'Runs when the front matter says `status: production`, or when a config file or the `mlsd.rules` setting gives it a severity.',
    applies: (doc: DesignDoc) => doc.frontMatter?.data.status === 'production',
  },
  check(doc) {
    const reports: RuleReport[] = [];
    for (const section of productionReadiness(doc).sections) {
      for (const { test, points } of section.tests) {
        if (points > 0) continue;
        const number = test.id.split('-')[1];
        reports.push({
          message: `${test.title}: ${test.missing}. ${test.advice} (ML Test Score, ${sectionTitle(section.id)} test ${number})`,
          range: doc.steps[test.step].headingRange ?? missingStepAnchor(doc, test.step),
          step: test.step,
        });
      }
    }
    return reports;
  },
};
