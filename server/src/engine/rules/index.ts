import type { Rule } from './rule';
import { duplicateStep } from './duplicateStep';
import { emptyStep } from './emptyStep';
import { missingStep } from './missingStep';
import { stepOrder } from './stepOrder';
import { syntaxError } from './syntaxError';
import { suppressionComment } from './suppressionComment';
import { missingOfflineMetrics } from './missingOfflineMetrics';
import { missingOnlineMetrics } from './missingOnlineMetrics';
import { missingServingMode } from './missingServingMode';
import { missingProductionTesting } from './missingProductionTesting';
import { missingDriftMonitoring } from './missingDriftMonitoring';
import { missingBaseline } from './missingBaseline';
import { missingLoss } from './missingLoss';
import { missingLabelSource } from './missingLabelSource';
import { placeholderText } from './placeholderText';
import { metricTaskMismatch } from './metricTaskMismatch';
import { offlineOnlineConfusion } from './offlineOnlineConfusion';
import { missingMlCategory } from './missingMlCategory';
import { missingMlObjective } from './missingMlObjective';
import { missingIo } from './missingIo';
import { missingScaleNumbers } from './missingScaleNumbers';
import { missingLatencyBudget } from './missingLatencyBudget';
import { classImbalance } from './classImbalance';
import { caseStudyExpectation } from './caseStudyExpectation';
import { frontMatterSchemaRule } from './frontMatterSchema';
import { mermaidSyntax } from './mermaidSyntax';
import { mermaidUnknownType } from './mermaidUnknownType';
import { mermaidSecurityLevel } from './mermaidSecurityLevel';
import { mermaidMaxTextSize } from './mermaidMaxTextSize';
import { unexplainedDiagramComponent } from './unexplainedDiagramComponent';
import { productionReadinessRule } from './productionReadiness';
import { inputLimit } from './inputLimit';

/** The rules mlsd ships, in the order of the docs and the README table: what lint() runs unless told otherwise. */
export const defaultRules: readonly Rule[] = [
  syntaxError,
  inputLimit,
  missingStep,
  emptyStep,
  duplicateStep,
  stepOrder,
  suppressionComment,
  mermaidSyntax,
  mermaidUnknownType,
  mermaidSecurityLevel,
  mermaidMaxTextSize,
  unexplainedDiagramComponent,
  missingOfflineMetrics,
  missingOnlineMetrics,
  missingServingMode,
  missingProductionTesting,
  missingDriftMonitoring,
  missingBaseline,
  missingLoss,
  missingLabelSource,
  placeholderText,
  metricTaskMismatch,
  offlineOnlineConfusion,
  missingMlCategory,
  missingMlObjective,
  missingIo,
  missingScaleNumbers,
  missingLatencyBudget,
  classImbalance,
  caseStudyExpectation,
  frontMatterSchemaRule,
  productionReadinessRule,
];

export type { Rule, RuleContext, RuleReport } from './rule';
