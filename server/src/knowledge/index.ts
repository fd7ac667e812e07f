/**
 * The knowledge base's public entry: the domain as data (steps, concepts, metrics, ML categories, case studies,
 * glossary, diagrams, what mlsd knows of Mermaid, placeholders, statement cues) and the ids that name its parts. It
 * depends on nothing: the engine, the editor services, the templates and the shared protocol types import it, never
 * the reverse.
 */
export * from './caseStudies';
export * from './categories';
export * from './componentWords';
export * from './concepts';
export { scaleMultipliers, scaleRate, scaleUnits } from './concepts/scale-numbers';
export * from './diagrams';
export * from './evidenceSpec';
export * from './frontMatter';
export * from './glossary';
export * from './longestMatch';
export * from './matching';
export * from './patternFilters';
export * from './mermaid';
export * from './metricFit';
export * from './measureNames';
export * from './metrics';
export * from './mlTestScore';
export * from './placeholders';
export * from './practicePresets';
export * from './rubricSignals';
export * from './statementCues';
export * from './steps';
export * from './subsections';
