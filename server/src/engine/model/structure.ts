import { Derived } from './cache';
import type { DesignDoc, Section } from './designDoc';

/** Headings that structure the doc; list items and bold labels are finer-grained notes. */
const structuralKinds = new Set<Section['kind']>(['heading', 'step-line', 'yaml-key']);

const topLevelStepSectionsOf = new Derived((doc: DesignDoc): readonly Section[] =>
  doc.sections.filter((section) => {
    if (!structuralKinds.has(section.kind) || section.headingSteps.length === 0) return false;
    for (let parent = section.parent; parent >= 0; parent = doc.sections[parent].parent) {
      if (doc.sections[parent].headingSteps.length > 0) return false;
    }
    return true;
  }),
);

/**
 * Headings that open a step at the top of the outline: structural, naming a step, and not nested
 * under another step heading (a "Model" sub-section inside serving is a detail, not a new step). Found once per doc:
 * the fixes of the missing steps ask for them once per step.
 */
export function topLevelStepSections(doc: DesignDoc): readonly Section[] {
  return topLevelStepSectionsOf.get(doc);
}
