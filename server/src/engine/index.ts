/**
 * The engine's one public entry: parse → model → lint, the policy that decides how a file is linted (config files,
 * design-doc globs, ignores), the insert-only fixes, and the text geometry the editor services share. Pure: no VS
 * Code, no LSP connection, no file access of its own (config files are read through an injected ConfigHost).
 * Everything outside the engine imports it from here.
 */
export type * from './model/designDoc';

// Parse and model
export { parseDesignDoc, parseWithoutLine } from './parse';
export { coverageSummary, type CoverageSummary } from './model/coverage';
export { yamlDocumentOf } from './model/yamlDocument';
export { scalarString } from './parse/yamlMap';

// Evidence: what the doc says about each concept, and why each step got its state
export { conceptById } from './evidence/scan';
export { scaleFigures } from './evidence/scaleFigures';
export {
  explainCoverage,
  quoteOf,
  type StepExplanation,
  type ConceptEvidence,
  type EvidenceOccurrence,
  type EvidenceUse,
  type UnstatedEvidence,
  type CountedStatement,
  type SkippedStatement,
  type SkipReason,
  type SubTopicRef,
} from './explain';
export {
  explanationHeadline,
  stateReason,
  wordsBreakdown,
  countedLine,
  notCountedLine,
  skippedLine,
  occurrenceText,
  notCountedLines,
} from './explainText';

// Production readiness: the ML Test Score read from the evidence
export {
  productionReadiness,
  readinessBand,
  type ProductionReadiness,
  type ReadinessPoints,
  type ReadinessSectionResult,
  type ReadinessTestResult,
} from './readiness/productionReadiness';

// The readiness report: per-step state, sub-topics, rubric signals, ML Test Score and a 0-100 score
export { readinessReport, type ReportOptions } from './report/readinessReport';
export { scoreWeights } from './report/scoreFormula';
export { parseSessionFile, sessionProblems, sessionReportOptions } from './report/sessionFile';
export type {
  ReadinessReport,
  ReportFinding,
  ReportQuote,
  ReportReadiness,
  ReportSignal,
  ReportStep,
  ReportSubTopic,
  ScoreParts,
  PracticeSessionFile,
  ReportSession,
  SessionHistoryEntry,
  SessionStepTime,
} from '../../../common/types';

// Lint
export { lint, lintDiagrams, sortFindings, type LintConfig, type LintOptions } from './lint';
export { findingData, lintPassData, type LintPassData } from './findingData';
export { defaultRules, type Rule, type RuleContext, type RuleReport } from './rules';

// Diagrams: Mermaid's outcome per source, and where a diagram's source sits in the doc
export type { DiagramOutcome, DiagramOutcomes } from './diagrams/outcome';
export { diagramSources } from './diagrams/sources';
export { diagramLayout } from './diagrams/position';

// How a file is linted: config files, design-doc globs, ignores
export {
  namedFileFormat,
  planDocument,
  plannedFormat,
  type DocumentPlan,
  type PlanInputs,
} from './config/documentPlan';
export { designDocFormat } from './config/designDocs';
export { parseConfigText, type ConfigFile, type ConfigProblem, type GlobList } from './config/configFile';
export { jsonSyntaxError, type JsonSyntaxError } from './config/jsonSyntax';
export { resolveConfig, type ConfigHost, type ResolvedConfig } from './config/resolve';
export { ConfigLoader, configFileIn } from './config/loader';
export { configKeys, configSchema } from './config/schema';

// Fixes: edits that only insert
export { headingStyle, headingText, promptLines, snakeCase, type HeadingStyle } from './fixes/headings';
export { applyEdits } from './fixes/applyEdits';
export { insertAllMissingSteps, insertMissingStep, insertStepPrompts } from './fixes/steps';
export { suppressionEdit, type SuppressionScope } from './fixes/suppression';
export { insertSubsection, subsectionFix } from './fixes/subsections';

// Text
export { closest } from './text/closest';
export { LineIndex, lineRange, linesRange, splitLines } from './text/positions';
export { replaceHtmlComments } from './text/words';
