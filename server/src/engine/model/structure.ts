import type { DesignDoc, Section } from './designDoc';

/** Headings that structure the doc; list items and bold labels are finer-grained notes. */
const structuralKinds = new Set<Section['kind']>(['heading', 'step-line', 'yaml-key']);

/**
 * Headings that open a step at the top of the outline: structural, naming a step, and not nested
 * under another step heading (a "Model" sub-section inside serving is a detail, not a new step).
 */
export function topLevelStepSections(doc: DesignDoc): Section[] {
  return doc.sections.filter((section) => {
    if (!structuralKinds.has(section.kind) || section.headingSteps.length === 0) return false;
    for (let parent = section.parent; parent >= 0; parent = doc.sections[parent].parent) {
      if (doc.sections[parent].headingSteps.length > 0) return false;
    }
    return true;
  });
}
