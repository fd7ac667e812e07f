import { findMetricMentions, measureName, stepById, stepIds } from '../../knowledge';
import { matchHeading, type HeadingMatch } from '../parse/headingMatch';
import { TextMemo, type TextMemos } from './cache';
import { templateGuidance } from './templateGuidance';
import type { Coverage, Evidence, Section, Statement, StepBasis, StepId, StepInfo } from './designDoc';

/**
 * Thresholds of the coverage model, in substantive words (statements that state something: not questions,
 * prompts, placeholders or lines that only rule things out) and distinct sub-topics of the step that the text
 * touches (see the README's "How mlsd reads a design doc").
 */
const coveredWords = 25;
const coveredTopics = 2;
const coveredWordsAlone = 100;
const coveredWordsElsewhere = 75;
const coveredTopicsElsewhere = 3;
/** A terse answer still covers a step when it touches most of its checklist. */
const briefWords = 12;
const briefTopicShare = 2 / 3;
const thinWords = 10;
/** One real sentence on one of the step's sub-topics is thin coverage, not an empty heading. */
const thinWordsOnTopic = 3;
/** Without a heading of its own, a step needs a few sentences clearly about it to be there at all. */
const thinWordsElsewhere = 12;
const thinSentencesElsewhere = 2;
/** Text under another step's heading counts for this step only when it is clearly about it. */
const crossEvidenceTopics = 2;
/** A step treated in passing elsewhere (sentences about it under other headings) is thin, not missing. */
const passingMentions = 2;
const passingMentionTopics = 2;
/** Sentences outside any step's section that make a passing treatment in a doc not laid out by steps. */
const unheadedMentions = 2;
/** A doc with headings for this many steps is laid out by steps. */
const structuredSteps = 4;
/** Code lines are real content but terser than prose. */
const codeWordWeight = 0.5;
/** A statement shorter than this is a stub ("* Scaling") unless it names one of the step's concepts. */
const substantiveWords = 3;
/** A short bullet whose words name a step is that step's stub heading, not content. */
const stubWords = 6;
/** A passing mention is a real sentence, not a term in a list. */
const mentionWords = 5;

/** A list entry that opens with a bold label and a colon: "- **Storage usage**: disk space for content". */
const labelledEntry =
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)(?<label>[^*_:\n]{1,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)/;

const entryLabel = (text: string): string => labelledEntry.exec(text)?.groups?.label ?? '';
/** The entry's label names a metric ("mAP (mean Average Precision)"): whatever its definition says, it is a metric. */
const definesMetric = (text: string): boolean => findMetricMentions(entryLabel(text))[0]?.index === 0;
/** The entry's label names a measure: "GPU utilization", or a metric. */
const definesMeasure = (text: string): boolean => measureName.test(entryLabel(text)) || definesMetric(text);

/** Sentences about a step inside other steps' text (or under headings that name no step), and their sub-topics. */
interface Mentions {
  sentences: number;
  unheaded: number;
  topics: Set<string>;
}

/** The sub-topics a statement's stated evidence touches, per step, with a count of hits. */
interface Cues {
  topics: Map<StepId, Set<string>>;
  hits: Map<StepId, number>;
}

function cuesOf(statement: Statement, evidence: readonly Evidence[], headed: readonly StepId[]): Cues {
  const topics = new Map<StepId, Set<string>>();
  const hits = new Map<StepId, number>();
  for (const index of statement.evidence) {
    const item = evidence[index];
    if (item.polarity !== 'stated') continue;
    // A common word ("features", "training") names the concept only in its own step or under no step at all.
    if (item.generic && headed.length > 0 && !headed.includes(item.step)) continue;
    // A heading of its own ("### Latency requirements") makes its section a treatment of the sub-topic.
    if (
      statement.layout !== 'heading' &&
      item.kind !== 'figure' &&
      stepById(item.step).sharedSubTopics?.includes(item.subTopic)
    ) {
      hits.set(item.step, (hits.get(item.step) ?? 0) + 1);
      continue;
    }
    if (!topics.has(item.step)) topics.set(item.step, new Set());
    topics.get(item.step)?.add(item.subTopic);
    hits.set(item.step, (hits.get(item.step) ?? 0) + 1);
  }
  return { topics, hits };
}

function cueStrength(cues: Cues, step: StepId): number {
  return (cues.topics.get(step)?.size ?? 0) * 100 + (cues.hits.get(step) ?? 0);
}

/** The step a statement's cues favour, when one clearly leads. */
function leadingStep(cues: Cues, among: readonly StepId[]): StepId | undefined {
  let best: StepId | undefined;
  let bestStrength = 0;
  let tie = false;
  for (const step of among) {
    const strength = cueStrength(cues, step);
    if (strength > bestStrength) {
      best = step;
      bestStrength = strength;
      tie = false;
    } else if (strength > 0 && strength === bestStrength) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

/** Words a statement contributes as content: nothing for questions, prompts, placeholders and ruled-out lines. */
function contentWords(statement: Statement, cues: Cues): number {
  if (statement.question || statement.placeholder || statement.ruledOut) return 0;
  const weight = statement.layout === 'code' ? codeWordWeight : 1;
  // A short line is a stub ("* Monitoring") unless it names a domain term ("* NCE", "* Example: ViT"): metric and
  // model lists are terse by nature.
  if (statement.words < substantiveWords && cues.topics.size === 0) return 0;
  // A bullet that only names a step ("* Scaling (SW and ML systems)", "* Monitoring") is a stub, not an answer.
  if (
    statement.layout === 'list' &&
    statement.words < stubWords &&
    !/[.;!?]\s*$/.test(statement.text) &&
    matchHeading(statement.text).steps.length > 0
  ) {
    return 0;
  }
  return Math.round(statement.words * weight);
}

/**
 * Whether a sentence elsewhere treats a step in passing: only through the step's own terms (a common word such as
 * "top-k" or "input" names it only in its own step), and not through vocabulary every later step shares unless a
 * figure comes with it.
 */
function mentionsInPassing(statement: Statement, evidence: readonly Evidence[], step: StepId): boolean {
  const shared = stepById(step).sharedSubTopics ?? [];
  return statement.evidence.some((index) => {
    const item = evidence[index];
    return (
      item.step === step &&
      item.polarity === 'stated' &&
      !item.generic &&
      (!shared.includes(item.subTopic) || item.kind === 'figure')
    );
  });
}

/** Words a statement counts for a step (as its own text, a label or text found elsewhere), and their sub-topics. */
interface Credit {
  kind: 'credit';
  step: StepId;
  basis: StepBasis;
  topics?: ReadonlySet<string>;
}

/** A step a statement treats in passing, inside another step's text. */
interface Mention {
  kind: 'mention';
  step: StepId;
  basis: StepBasis;
  /** The statement sits under no step's heading. */
  unheaded: boolean;
  topics?: ReadonlySet<string>;
}

/** What one statement adds to the steps, in order, and what it was worked out from besides the statement itself. */
export interface StatementContributions {
  statement: Statement;
  /** The steps the statement's section inherits. */
  inherited: readonly StepId[];
  /** The statement is a template's guidance around its prompts (see templateGuidance). */
  guidance: boolean;
  contributions: (Credit | Mention)[];
}

const sameSteps = (a: readonly StepId[], b: readonly StepId[]): boolean =>
  a.length === b.length && a.every((step, i) => step === b[i]);

/** What a statement (not a heading) adds to the steps, given the steps its section inherits. */
function contributionsOf(
  statement: Statement,
  index: number,
  scan: { statements: readonly Statement[]; evidence: readonly Evidence[] },
  inheritedSteps: readonly StepId[],
  memos: TextMemos,
): (Credit | Mention)[] {
  const contributions: (Credit | Mention)[] = [];
  const credit = (step: StepId, amount: number, cues: Cues, via: StepBasis['via']): void => {
    if (amount > 0)
      contributions.push({
        kind: 'credit',
        step,
        basis: { statement: index, words: amount, via },
        topics: cues.topics.get(step),
      });
  };
  const mention = (step: StepId, cues: Cues, unheaded: boolean): void => {
    if (!mentionsInPassing(statement, scan.evidence, step)) return;
    contributions.push({
      kind: 'mention',
      step,
      basis: { statement: index, words: 0, via: 'passing' },
      unheaded,
      topics: cues.topics.get(step),
    });
  };
  // A label ("Monitoring: alert on ...") speaks for the step it names outright; under another step's heading a
  // label that only shares a word with a step ("Architecture:", "GNN model:") does not.
  const label =
    statement.layout === 'code' || statement.layout === 'diagram'
      ? []
      : labelSteps(memos, statement.text, inheritedSteps.length > 0);
  const headed = label.length ? label : inheritedSteps;
  const cues = cuesOf(statement, scan.evidence, headed);
  const amount = contentWords(statement, cues);
  // "**mAP**: the quality of object detection" defines a metric, not the task it measures.
  const elsewhere =
    statement.layout === 'list' && definesMetric(statement.text) ? 'evaluation' : leadingStep(cues, stepIds);
  const aboutElsewhere = elsewhere !== undefined && !headed.includes(elsewhere);
  // Code names things in passing (`redis_client.get`): it is content of the section it sits in, never evidence
  // that the text is about some other step.
  // A component's name in a table or a list ("Drift Monitor", "Feature Store") is not text about its step.
  if (
    statement.layout !== 'code' &&
    statement.words >= mentionWords &&
    aboutElsewhere &&
    (headed.length === 0 || (cues.topics.get(elsewhere)?.size ?? 0) >= crossEvidenceTopics) &&
    headed.every((step) => cueStrength(cues, step) === 0) &&
    (!stepById(elsewhere).sharedVocabulary || cues.topics.size === 1)
  ) {
    credit(elsewhere, amount, cues, 'content');
    if (statement.words >= mentionWords) {
      for (const step of cues.topics.keys())
        if (step !== elsewhere && !headed.includes(step)) mention(step, cues, headed.length === 0);
    }
    return contributions;
  }
  // Every other step the sentence clearly speaks of is treated there in passing; an entry of a list of measures
  // ("**Data quality score**: completeness of the input", "**mAP**: ...") defines one measure, whatever it measures.
  if (
    amount > 0 &&
    statement.layout !== 'code' &&
    statement.words >= mentionWords &&
    !(statement.layout === 'list' && definesMeasure(statement.text))
  ) {
    for (const step of cues.topics.keys()) if (!headed.includes(step)) mention(step, cues, headed.length === 0);
  }
  // The requirements ask about every later step ("Data: 500M posts a day, 10K annotated"), so a label there is a
  // note of the requirements and counts for the step it names only as text found elsewhere.
  const via = label.length
    ? inheritedSteps.includes('requirements') && !label.includes('requirements')
      ? 'content'
      : 'label'
    : 'heading';
  // Such a note's figures ("Data: 500M posts a day") still size the requirements: their own sub-topics, not a
  // passing mention.
  if (via === 'content' && amount > 0 && cues.topics.has('requirements')) {
    const mentioned = contributions.findIndex((made) => made.kind === 'mention' && made.step === 'requirements');
    if (mentioned >= 0) contributions.splice(mentioned, 1);
    contributions.push({
      kind: 'credit',
      step: 'requirements',
      basis: { statement: index, words: 0, via: 'heading' },
      topics: cues.topics.get('requirements'),
    });
  }
  if (headed.length === 1) {
    credit(headed[0], amount, cues, via);
  } else if (headed.length > 1) {
    // Under a merged heading ("Model development and offline evaluation") a statement goes to the step it is
    // about, and one that shows no step goes to the heading's first; the later steps of such a heading are side
    // topics, so their share weighs as text found elsewhere.
    const step = leadingStep(cues, headed) ?? headed[0];
    credit(step, amount, cues, step === headed[0] ? via : 'content');
  }
  return contributions;
}

/** The steps each section is under: those its heading names, else its parent's. */
export function inheritedSteps(sections: readonly Section[]): StepId[][] {
  const inherited = sections.map(() => [] as StepId[]);
  sections.forEach((section, i) => {
    inherited[i] = section.headingSteps.length
      ? section.headingSteps
      : section.parent >= 0
        ? inherited[section.parent]
        : [];
  });
  return inherited;
}

/**
 * Decides which steps each section's text belongs to and how well each step is covered, from the headings and the
 * evidence. Headings decide first (a sub-heading with no step of its own inherits its parent's); text under a
 * heading that names no step, or text clearly about another step, counts by its evidence.
 */
export function computeStepCoverage(
  sections: Section[],
  scan: { statements: readonly Statement[]; evidence: readonly Evidence[] },
  memos: TextMemos,
  previous?: readonly StatementContributions[],
): { steps: Record<StepId, StepInfo>; contributions: StatementContributions[] } {
  const inherited = inheritedSteps(sections);

  const words = new Map<StepId, number>(stepIds.map((id) => [id, 0]));
  const topics = new Map<StepId, Set<string>>(stepIds.map((id) => [id, new Set<string>()]));
  const attributed = sections.map(() => new Set<StepId>());

  const basis = new Map<StepId, StepBasis[]>(stepIds.map((id) => [id, []]));
  // A sub-heading names its sub-topic ("### Baseline", "#### Loss function"): once its section says something,
  // that sub-topic is covered even if the text never repeats the word.
  const headingTopics = sections.map(() => new Map<StepId, Set<string>>());
  for (const statement of scan.statements) {
    if (statement.layout !== 'heading' || statement.section < 0) continue;
    // Common words ("Evaluation", "Features") name the step, not one of its sub-topics; but a heading of its own
    // on a sub-topic every step shares ("### Latency requirements") treats it.
    const specific = {
      ...statement,
      evidence: statement.evidence.filter((index) => {
        const item = scan.evidence[index];
        return !item.generic || stepById(item.step).sharedSubTopics?.includes(item.subTopic);
      }),
    };
    for (const [step, named] of cuesOf(specific, scan.evidence, []).topics)
      headingTopics[statement.section].set(step, named);
  }
  const credit = (contribution: Credit, section: number): void => {
    const { step, basis: counted, topics: named } = contribution;
    basis.get(step)?.push(counted);
    words.set(step, (words.get(step) ?? 0) + counted.words);
    for (const topic of named ?? []) topics.get(step)?.add(topic);
    if (section >= 0) {
      // "## Alert prioritization" names its sub-topic for the "### Critical" and "### High" parts under it too.
      for (let at = section; at >= 0; at = sections[at].parent)
        for (const topic of headingTopics[at].get(step) ?? []) topics.get(step)?.add(topic);
      attributed[section].add(step);
    }
  };

  // Sentences about a step that sit in another step's section: not its content, but a passing treatment of it.
  const mentions = new Map<StepId, Mentions>();
  const mention = (contribution: Mention): void => {
    const { step } = contribution;
    basis.get(step)?.push(contribution.basis);
    const entry = mentions.get(step) ?? { sentences: 0, unheaded: 0, topics: new Set<string>() };
    entry.sentences++;
    if (contribution.unheaded) entry.unheaded++;
    for (const topic of contribution.topics ?? []) entry.topics.add(topic);
    mentions.set(step, entry);
  };

  const contributions: StatementContributions[] = [];
  const guidance = templateGuidance(scan.statements, scan.evidence);
  scan.statements.forEach((statement, index) => {
    if (statement.layout === 'heading') return;
    const inheritedSteps = statement.section >= 0 ? inherited[statement.section] : [];
    const isGuidance = guidance.has(index);
    // A statement the edit left as it was, at the same index and under the same steps, adds what it added before.
    const kept = previous?.[index];
    const made =
      kept?.statement === statement && sameSteps(kept.inherited, inheritedSteps) && kept.guidance === isGuidance
        ? kept
        : {
            statement,
            inherited: inheritedSteps,
            guidance: isGuidance,
            contributions: isGuidance ? [] : contributionsOf(statement, index, scan, inheritedSteps, memos),
          };
    contributions[index] = made;
    for (const contribution of made.contributions)
      if (contribution.kind === 'credit') credit(contribution, statement.section);
      else mention(contribution);
  });

  sections.forEach((section, i) => {
    section.steps = [...new Set([...inherited[i], ...attributed[i]])];
  });

  // In a doc laid out by steps, a step with no section of its own was left out unless text elsewhere is clearly
  // about it; in a doc that is not, every step has to be read out of the text.
  const structured =
    stepIds.filter((id) => sections.some((section) => section.headingSteps.includes(id))).length >= structuredSteps;
  const result = {} as Record<StepId, StepInfo>;
  for (const id of stepIds) {
    const named = sections.filter((section) => section.headingSteps.includes(id));
    const total = words.get(id) ?? 0;
    const topicList = [...(topics.get(id) ?? [])];
    const first = named[0];
    result[id] = {
      id,
      state: coverageState(
        id,
        basis.get(id) ?? [],
        scan.statements,
        new Set(sections.filter((_, i) => inherited[i].includes(id)).map((section) => section.index)),
        topicList,
        named.length > 0,
        structured,
        mentions.get(id),
      ),
      sections: named.map((section) => section.index),
      headingRange: first?.headingRange,
      bodyRange: first?.bodyRange,
      words: total,
      topics: topicList,
      basis: basis.get(id) ?? [],
    };
  }
  return { steps: result, contributions };
}

/** The steps named by the label a line starts with ("Monitoring: alert when ..."), if it starts with one. */
const lineLabelSteps = TextMemo.each((text): HeadingMatch | undefined => {
  // The label ends in a letter or symbol, so the blanks before the colon are read once, not once per label length.
  const label = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(\p{L}(?:[\p{L} &/-]{0,39}[\p{L}&/-])?)(?:\s?(?:\*\*|__))?\s*:/u.exec(
    text,
  );
  return label ? matchHeading(label[1]) : undefined;
});

/**
 * A line that starts with a label naming a step ("Monitoring: alert when ...") is about that step; a label that
 * only qualifies a step's word ("Narrow scope: ...") names none.
 */
function labelSteps(memos: TextMemos, text: string, outright: boolean): StepId[] {
  const match = memos.answer(lineLabelSteps, text);
  if (!match) return [];
  return outright ? match.openingSteps : match.mainSteps;
}

function coverageState(
  id: StepId,
  basis: readonly StepBasis[],
  statements: readonly Statement[],
  ownSections: ReadonlySet<number>,
  topics: readonly string[],
  hasHeading: boolean,
  structured: boolean,
  mentioned?: Mentions,
): Coverage {
  let own = 0;
  let elsewhere = 0;
  // The step's share of a merged heading that names it ("Problem definition": requirements, then framing).
  let sideTopic = 0;
  // Sentences about the step found together in one section, not one here and one there.
  const elsewhereBySection = new Map<number, number>();
  for (const item of basis) {
    if (item.via === 'content') {
      elsewhere += item.words;
      const section = statements[item.statement].section;
      elsewhereBySection.set(section, (elsewhereBySection.get(section) ?? 0) + 1);
      if (ownSections.has(section)) sideTopic += item.words;
    } else own += item.words;
  }
  // Named only as a side topic of a merged heading, the step's share there is its own text, however short.
  const elsewhereSentences = [...elsewhereBySection.keys()].some((section) => ownSections.has(section))
    ? Infinity
    : Math.max(0, ...elsewhereBySection.values());
  const words = own + elsewhere;
  const topicCount = topics.length;
  const step = stepById(id);
  const brief = words >= briefWords && topicCount >= Math.ceil(step.subTopics.length * briefTopicShare);
  const needsMet = (step.coveredNeeds ?? []).every((group) => group.some((topic) => topics.includes(topic)));
  // A step no heading or label names is covered only by a real stretch of text about it elsewhere.
  const ownText = own > 0 || (elsewhere >= coveredWordsElsewhere && topicCount >= coveredTopicsElsewhere);
  if (
    ownText &&
    needsMet &&
    (brief || (words >= coveredWords && topicCount >= coveredTopics) || words >= coveredWordsAlone)
  )
    return 'covered';
  const elsewhereNeeded = structured ? thinWordsElsewhere : thinWordsOnTopic;
  const elsewhereSentencesNeeded = structured && !step.settledInPassing ? thinSentencesElsewhere : 1;
  if (
    own >= thinWords ||
    (own + sideTopic >= thinWordsOnTopic && topicCount >= 1) ||
    (elsewhere >= elsewhereNeeded &&
      (elsewhereSentences >= elsewhereSentencesNeeded ||
        (elsewhere >= coveredWords && !(structured && step.sharedVocabulary))) &&
      topicCount >= 1)
  )
    return 'thin';
  // A passing treatment: sentences on a few of the step's sub-topics inside other steps' text. In a doc laid out by
  // steps only the framing and the monitoring are settled that way; any other step's words there belong to the
  // sentences' own steps ("embedding layers" in the model's text is not feature engineering).
  if (
    (!structured || step.settledInPassing) &&
    (mentioned?.sentences ?? 0) >= passingMentions &&
    (mentioned?.topics.size ?? 0) >= passingMentionTopics
  )
    return 'thin';
  // Without step headings every step has to be read out of the text: sentences about it outside any step's
  // section are a passing treatment; a single one is a stray word (what is left of a step cut out of the doc).
  if (mentioned && !structured && mentioned.unheaded >= unheadedMentions) return 'thin';
  return hasHeading ? 'empty' : 'missing';
}
