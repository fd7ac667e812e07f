import type { Rule } from './rule';
import { duplicateStep } from './duplicateStep';
import { emptyStep } from './emptyStep';
import { missingStep } from './missingStep';
import { stepOrder } from './stepOrder';
import { syntaxError } from './syntaxError';

/** Every rule, in the order of the docs and the README table. */
export const allRules: readonly Rule[] = [syntaxError, missingStep, emptyStep, duplicateStep, stepOrder];

export type { Rule, RuleReport } from './rule';
