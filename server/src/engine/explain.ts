/**
 * Why each step got its state: the evidence found for it, where, and how it counted. Built from what the parse
 * already computed (statements, evidence, each step's basis); it re-derives no verdict, so it can never disagree
 * with the state the rules and the editor show. Read by `mlsd explain` and the hover on a step heading.
 */
import type {
  Coverage,
  DesignDoc,
  Evidence,
  Polarity,
  Range,
  Section,
  Statement,
  StatementLayout,
  StepBasis,
  StepId,
  Strength,
} from './model/designDoc';
import { conceptById } from './evidence/scan';
import { templateGuidance } from './model/templateGuidance';
import { concepts, stepById, stepIds } from '../knowledge';

const conceptOrder = new Map(concepts.map((concept, index) => [concept.id, index]));

export interface SubTopicRef {
  id: string;
  label: string;
}

/**
 * How a stated occurrence counted for its step: in a statement the step's words and sub-topics rest on, in a
 * passing mention inside another step's text, or not at all: in a section title (titles name steps by their
 * wording), as a common word outside its own step ("features" under a serving heading), or in a statement that
 * gave the step nothing (a stub, or text credited to another step).
 */
export type EvidenceUse = 'counted' | 'passing' | 'heading' | 'generic' | 'unused';

export interface EvidenceOccurrence {
  /** The narrower kind named (`cross-entropy` of `loss`), as its label. */
  kind?: string;
  range: Range;
  strength: Strength;
  use: EvidenceUse;
  statement: number;
}

/** The stated occurrences of one concept of the step, in document order. */
export interface ConceptEvidence {
  concept: string;
  label: string;
  subTopic: string;
  occurrences: EvidenceOccurrence[];
}

/** An occurrence that says the design does not have the concept (yet), or only asks for it: it never counts. */
export interface UnstatedEvidence {
  concept: string;
  label: string;
  kind?: string;
  range: Range;
  strength: Strength;
  polarity: Exclude<Polarity, 'stated'>;
  statement: number;
  quote: string;
}

/** A statement the state rests on, as StepBasis says, with the concepts of the step it names. */
export interface CountedStatement {
  statement: number;
  line: number;
  layout: StatementLayout;
  via: StepBasis['via'];
  /** Words it gave the step; 0 for a passing mention, which counts as a mention rather than content. */
  words: number;
  /** Labels of the step's concepts stated in it, in the order found. */
  concepts: string[];
  quote: string;
}

/** Why a statement under the step's own heading gave it nothing. */
export type SkipReason = 'question' | 'placeholder' | 'ruled-out' | 'stub' | 'other-step';

export interface SkippedStatement {
  statement: number;
  line: number;
  reason: SkipReason;
  /** For `other-step`: the step the statement was credited to as content. */
  otherStep?: StepId;
  quote: string;
}

export interface StepExplanation {
  step: StepId;
  number: number;
  title: string;
  state: Coverage;
  words: {
    total: number;
    /** Under headings (or a label such as "Monitoring: ...") that name the step. */
    own: number;
    /** Text elsewhere clearly about the step. */
    elsewhere: number;
  };
  /** Sentences about the step inside other steps' text: a passing treatment, not content. */
  passingMentions: number;
  /** The sections whose heading names the step. */
  headings: { section: number; title: string; range: Range }[];
  subTopics: { covered: SubTopicRef[]; missing: SubTopicRef[] };
  /** What a reviewer needs before calling the step covered and the text lacks: one sub-topic of each group. */
  unmetNeeds: SubTopicRef[][];
  /** Stated occurrences of the step's concepts, grouped by concept in the knowledge base's order. */
  evidence: ConceptEvidence[];
  /** Negated, deferred and asked occurrences of the step's concepts. */
  notCounted: UnstatedEvidence[];
  /** The statements the state rests on, in document order. */
  statements: CountedStatement[];
  /** Statements under the step's own headings that gave it nothing, in document order. */
  skipped: SkippedStatement[];
}

const quoteLength = 72;

/** A statement as a reviewer would quote it: without list, quote or table markup, cut at a word near 72 chars. */
export function quoteOf(statement: Statement): string {
  const bare = statement.text.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*(?:\[[ x]\]\s*)?/i, '');
  // A statement that is only its marker ("1.") is quoted as written.
  const text = (bare.trim() ? bare : statement.text).replace(/\s+/g, ' ').trim();
  if (text.length <= quoteLength) return text;
  const cut = text.lastIndexOf(' ', quoteLength);
  return `${text.slice(0, cut > quoteLength / 2 ? cut : quoteLength).trimEnd()}…`;
}

/** Step ids of each section's own heading, or of the nearest ancestor heading that names any. */
function headingStepsOf(sections: readonly Section[]): StepId[][] {
  const result: StepId[][] = [];
  sections.forEach((section, i) => {
    result[i] = section.headingSteps.length ? section.headingSteps : section.parent >= 0 ? result[section.parent] : [];
  });
  return result;
}

function useOf(
  item: Evidence,
  statement: Statement,
  via: StepBasis['via'] | undefined,
  headed: readonly StepId[],
): EvidenceUse {
  if (via === 'passing') return 'passing';
  if (via) return 'counted';
  if (statement.layout === 'heading') return 'heading';
  if (item.generic && headed.length > 0 && !headed.includes(item.step)) return 'generic';
  return 'unused';
}

function skipReason(statement: Statement, creditedTo: StepId | undefined, guidance: boolean): SkipReason {
  // A template's guidance around its prompts is part of the prompt.
  if (statement.question || guidance) return 'question';
  if (statement.placeholder) return 'placeholder';
  if (statement.ruledOut) return 'ruled-out';
  return creditedTo ? 'other-step' : 'stub';
}

/** What explaining any step needs to know of the whole doc. */
interface ExplainContext {
  /** The steps each section's heading names or inherits. */
  headed: readonly StepId[][];
  /** Statements credited to a step as content elsewhere. */
  creditedTo: ReadonlyMap<number, StepId>;
  /** Statements that are a template's guidance around its prompts. */
  guidance: ReadonlySet<number>;
}

function explainStep(doc: DesignDoc, id: StepId, context: ExplainContext): StepExplanation {
  const { headed, creditedTo } = context;
  const info = doc.steps[id];
  const step = stepById(id);
  const viaOf = new Map<number, StepBasis['via']>(info.basis.map((item) => [item.statement, item.via]));
  const headedAt = (statement: Statement): readonly StepId[] =>
    statement.section >= 0 ? headed[statement.section] : [];

  const groups = new Map<string, ConceptEvidence>();
  const notCounted: UnstatedEvidence[] = [];
  const conceptsIn = new Map<number, string[]>();
  for (const item of doc.evidence) {
    if (item.step !== id) continue;
    const concept = conceptById(item.concept);
    const statement = doc.statements[item.statement];
    // Optional fields are left out rather than set to undefined: the explanation reads the same after a JSON round trip.
    const kind = item.kind
      ? { kind: concept.kinds?.find((candidate) => candidate.id === item.kind)?.label ?? item.kind }
      : {};
    if (item.polarity !== 'stated') {
      notCounted.push({
        concept: item.concept,
        label: concept.label,
        ...kind,
        range: item.range,
        strength: item.strength,
        polarity: item.polarity,
        statement: item.statement,
        quote: quoteOf(statement),
      });
      continue;
    }
    const group = groups.get(item.concept) ?? {
      concept: item.concept,
      label: concept.label,
      subTopic: item.subTopic,
      occurrences: [],
    };
    groups.set(item.concept, group);
    const use = useOf(item, statement, viaOf.get(item.statement), headedAt(statement));
    group.occurrences.push({ ...kind, range: item.range, strength: item.strength, use, statement: item.statement });
    const named = conceptsIn.get(item.statement) ?? [];
    if (!named.includes(concept.label)) conceptsIn.set(item.statement, [...named, concept.label]);
  }
  const evidence = [...groups.values()].sort(
    (a, b) => (conceptOrder.get(a.concept) ?? 0) - (conceptOrder.get(b.concept) ?? 0),
  );

  const statements: CountedStatement[] = info.basis.map((item) => {
    const statement = doc.statements[item.statement];
    return {
      statement: item.statement,
      line: statement.line,
      layout: statement.layout,
      via: item.via,
      words: item.words,
      concepts: conceptsIn.get(item.statement) ?? [],
      quote: quoteOf(statement),
    };
  });

  const skipped: SkippedStatement[] = [];
  doc.statements.forEach((statement, index) => {
    if (statement.layout === 'heading' || viaOf.has(index) || !headedAt(statement).includes(id)) return;
    const reason = skipReason(statement, creditedTo.get(index), context.guidance.has(index));
    skipped.push({
      statement: index,
      line: statement.line,
      reason,
      ...(reason === 'other-step' ? { otherStep: creditedTo.get(index) } : {}),
      quote: quoteOf(statement),
    });
  });

  let own = 0;
  let elsewhere = 0;
  for (const item of info.basis) {
    if (item.via === 'content') elsewhere += item.words;
    else own += item.words;
  }
  const touched = new Set(info.topics);
  const ref = (topic: { id: string; label: string }): SubTopicRef => ({ id: topic.id, label: topic.label });
  const topicRef = (topicId: string): SubTopicRef =>
    ref(step.subTopics.find((topic) => topic.id === topicId) ?? { id: topicId, label: topicId });
  return {
    step: id,
    number: step.number,
    title: step.title,
    state: info.state,
    words: { total: info.words, own, elsewhere },
    passingMentions: info.basis.filter((item) => item.via === 'passing').length,
    headings: info.sections.map((index) => ({
      section: index,
      title: doc.sections[index].title,
      range: doc.sections[index].headingRange,
    })),
    subTopics: {
      covered: step.subTopics.filter((topic) => touched.has(topic.id)).map(ref),
      missing: step.subTopics.filter((topic) => !touched.has(topic.id)).map(ref),
    },
    unmetNeeds: (step.coveredNeeds ?? [])
      .filter((group) => !group.some((topic) => touched.has(topic)))
      .map((group) => group.map(topicRef)),
    evidence,
    notCounted,
    statements,
    skipped,
  };
}

/** Why every step (or the given ones) of the doc got its state, in step order. */
export function explainCoverage(doc: DesignDoc, only?: readonly StepId[]): StepExplanation[] {
  const headed = headingStepsOf(doc.sections);
  // Statements credited to a step as content elsewhere: under another step's heading they are why that step got
  // nothing from them.
  const creditedTo = new Map<number, StepId>();
  for (const id of stepIds) {
    for (const item of doc.steps[id].basis) if (item.via === 'content') creditedTo.set(item.statement, id);
  }
  const context = { headed, creditedTo, guidance: templateGuidance(doc.statements, doc.evidence) };
  return stepIds.filter((id) => !only || only.includes(id)).map((id) => explainStep(doc, id, context));
}
