import type { Rule, RuleReport } from './rule';
import type { DesignDoc } from '../model/designDoc';
import { caseStudyById, type CaseStudyId, type ExpectedElement } from '../../knowledge';
import { evidenceOf } from '../model/evidenceIndex';
import { allProse, matchesIn } from '../model/paragraphs';
import { stepLabel } from './helpers/placement';
import { statedContent } from './helpers/stepContent';

/** "Cold start for new users" → "cold start for new users", but "ANN over video embeddings" stays. */
const lowerFirst = (label: string): string =>
  /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;

/**
 * Whether the doc discusses a case study's element: its concepts stated anywhere (a mention that rules them out or
 * only asks does not count), or a phrasing only this case uses.
 */
export function elementDiscussed(doc: DesignDoc, element: ExpectedElement): boolean {
  const concepts = element.concepts ?? [];
  const stated = evidenceOf(
    doc,
    concepts.map((concept) => concept.split('/')[0]),
  ).some(
    (item) =>
      (concepts.includes(item.concept) ||
        (item.kind !== undefined && concepts.includes(`${item.concept}/${item.kind}`))) &&
      statedContent(doc, item),
  );
  if (stated || element.patterns.length === 0) return stated;
  // A case's own phrasings describe the case ("events with no interaction history"), so negations stay in.
  const texts = allProse(doc, { keepUnstated: true });
  return element.patterns.some((pattern) => matchesIn(texts, pattern));
}

export const caseStudyExpectation: Rule = {
  id: 'case-study-expectation',
  name: 'Case-study element not discussed',
  summary: 'an element the named case study is expected to discuss is absent',
  description:
    'The front matter (or the top level of a YAML design doc) names one of the ten classic case studies with `case:`, and the doc never discusses an element a reviewer expects for that case: candidate generation and ranking stages for video recommendation, calibration for ad click prediction, human review for harmful content, ANN search over embeddings for visual search, and so on. One finding per missing element, on the heading of the step it belongs to. The severity is info: the elements come from the reference walkthrough of each case, and a design may have a good reason to differ, but each is a talking point the interviewer is likely to raise.',
  defaultSeverity: 'info',
  tags: ['case-study'],
  examples: {
    bad: '---\ncase: ad-click-prediction\n---\n## 5. Evaluation\nOffline: ROC-AUC on the last day. Online: CTR and revenue in an A/B test.',
    good: '---\ncase: ad-click-prediction\n---\n## 5. Evaluation\nOffline: normalized cross-entropy, and calibration (predicted against observed clicks) per advertiser. Online: CTR and revenue in an A/B test.',
  },
  check(doc) {
    const id = doc.frontMatter?.data.case;
    const caseStudy = typeof id === 'string' ? caseStudyById(id as CaseStudyId) : undefined;
    if (!caseStudy) return [];

    const anchor = doc.frontMatter?.keyRanges.case ?? doc.title?.range;
    const reports: RuleReport[] = [];
    for (const element of caseStudy.expectedElements) {
      const step = doc.steps[element.step];
      // A step that is missing or only a heading is reported as such; its elements would only repeat that.
      if (step.state === 'missing' || step.state === 'empty') continue;
      if (elementDiscussed(doc, element)) continue;
      const range = step.headingRange ?? anchor;
      if (!range) continue;
      reports.push({
        message: `For the ${caseStudy.title.toLowerCase()} case, ${stepLabel(element.step)} never discusses: ${lowerFirst(element.label)}. ${element.why}`,
        range,
        step: element.step,
      });
    }
    return reports;
  },
};
