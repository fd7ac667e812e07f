import type { Concept } from './concept';
import { businessObjective } from './business-objective';
import { scaleNumbers } from './scale-numbers';
import { latencyBudget } from './latency-budget';
import { constraints } from './constraints';
import { clarifyingQuestions } from './clarifying-questions';
import { scope } from './scope';
import { mlObjective } from './ml-objective';
import { io } from './io';
import { mlCategory } from './ml-category';
import { mlNeeded } from './ml-needed';
import { dataSources } from './data-sources';
import { features } from './features';
import { labelSource } from './label-source';
import { dataStorage } from './data-storage';
import { dataSplits } from './data-splits';
import { classImbalance } from './class-imbalance';
import { dataQuality } from './data-quality';
import { featureCost } from './feature-cost';
import { featurePolicy } from './feature-policy';
import { featureOnboarding } from './feature-onboarding';
import { privacyControls } from './privacy-controls';
import { baseline } from './baseline';
import { modelChoice } from './model-choice';
import { loss } from './loss';
import { training } from './training';
import { reproducibility } from './reproducibility';
import { calibration } from './calibration';
import { offlineMetric } from './offline-metric';
import { onlineMetric } from './online-metric';
import { abTest } from './ab-test';
import { metricChoice } from './metric-choice';
import { dataSlices } from './data-slices';
import { metricCorrelation } from './metric-correlation';
import { servingMode } from './serving-mode';
import { servingPipeline } from './serving-pipeline';
import { annIndex } from './ann-index';
import { candidateGeneration } from './candidate-generation';
import { productionTesting } from './production-testing';
import { servingScaling } from './serving-scaling';
import { deployment } from './deployment';
import { releaseValidation } from './release-validation';
import { driftMonitoring } from './drift-monitoring';
import { monitoringAlerts } from './monitoring-alerts';
import { retraining } from './retraining';
import { mlInfrastructure } from './ml-infrastructure';
import { modelStaleness } from './model-staleness';
import { numericalStability } from './numerical-stability';
import { upstreamDependencies } from './upstream-dependencies';
import { unitTests } from './unit-tests';
import { integrationTests } from './integration-tests';
import { codeReview } from './code-review';
import { debuggability } from './debuggability';

/** Every concept, grouped by step in the order of the seven steps. */
export const concepts: readonly Concept[] = [
  businessObjective,
  scaleNumbers,
  latencyBudget,
  constraints,
  clarifyingQuestions,
  scope,
  mlObjective,
  io,
  mlCategory,
  mlNeeded,
  dataSources,
  features,
  labelSource,
  dataStorage,
  dataSplits,
  classImbalance,
  dataQuality,
  featureCost,
  featurePolicy,
  featureOnboarding,
  privacyControls,
  baseline,
  modelChoice,
  loss,
  training,
  reproducibility,
  calibration,
  offlineMetric,
  onlineMetric,
  abTest,
  metricChoice,
  dataSlices,
  metricCorrelation,
  servingMode,
  servingPipeline,
  candidateGeneration,
  annIndex,
  productionTesting,
  servingScaling,
  deployment,
  releaseValidation,
  driftMonitoring,
  monitoringAlerts,
  numericalStability,
  upstreamDependencies,
  retraining,
  modelStaleness,
  mlInfrastructure,
  unitTests,
  integrationTests,
  codeReview,
  debuggability,
];

export type { Concept, ConceptKind, Language, TermSource, Terms } from './concept';
