import type { DesignDoc, MermaidBlock, StepId } from '../model/designDoc';

/**
 * The step a diagram is about: the one of the section it is filed under (a YAML `diagrams: { serving: … }`), else the
 * one the innermost section holding it is attributed to (a flowchart under "Serving" is about serving). Spread into a
 * report: a diagram outside every step's sections names none.
 */
export function diagramStep(doc: DesignDoc, block: MermaidBlock): { step?: StepId } {
  const filedUnder = block.section === undefined ? undefined : doc.sections[block.section]?.steps[0];
  if (filedUnder) return { step: filedUnder };
  const line = block.range.start.line;
  let innermost: StepId | undefined;
  for (const section of doc.sections) {
    if (section.headingRange.start.line > line) break;
    const holds = section.bodyRange.start.line <= line && line <= section.bodyRange.end.line;
    if (holds && section.steps.length > 0) innermost = section.steps[0];
  }
  return innermost ? { step: innermost } : {};
}
