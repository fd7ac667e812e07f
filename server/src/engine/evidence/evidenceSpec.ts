import type { EvidenceSpec } from '../../knowledge';
import { Derived } from '../model/cache';
import type { DesignDoc, Evidence } from '../model/designDoc';
import { evidenceOf } from '../model/evidenceIndex';

/** Sections with something stated in their own text, per doc: a heading counts only over such a body. */
const answeredSections = new Derived(
  (doc) =>
    new Set(
      doc.statements
        .filter((s) => s.layout !== 'heading' && !s.placeholder && !s.question && !s.ruledOut && s.words > 0)
        .map((s) => s.section),
    ),
);

/**
 * Whether a piece of evidence is stated and matches the spec: its concept, kind and the steps of its section. A
 * heading ("### Baseline", a YAML key) counts only when its section states something: a template's empty
 * headings name topics without answering them.
 */
export function fitsSpec(doc: DesignDoc, item: Evidence, wanted: EvidenceSpec): boolean {
  if (item.polarity !== 'stated' || item.concept !== wanted.concept) return false;
  const statement = doc.statements[item.statement];
  if (statement.placeholder) return false;
  if (statement.layout === 'heading' && !answeredSections.get(doc).has(statement.section)) return false;
  if (wanted.kind && item.kind !== wanted.kind) return false;
  if (item.kind && wanted.withoutKinds?.includes(item.kind)) return false;
  if (!wanted.inSteps) return true;
  const steps = doc.sections[item.section]?.steps ?? [];
  return wanted.inSteps.some((step) => steps.includes(step));
}

/** The doc's stated evidence that matches any of the specs, in document order. */
export function evidenceFor(doc: DesignDoc, specs: readonly EvidenceSpec[]): Evidence[] {
  return evidenceOf(
    doc,
    specs.map((spec) => spec.concept),
  ).filter((item) => specs.some((wanted) => fitsSpec(doc, item, wanted)));
}
