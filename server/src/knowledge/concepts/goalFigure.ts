/**
 * "Target" names the label ("Target: a click", "the target is whether the user books") or a goal figure ("Target:
 * <1 hour", "the target is 99.9 %"). A lookahead that refuses the goal figure: a comparison, an amount or a bound.
 */
export const notAGoalFigure = String.raw`(?!\s*(?:[<>≤≥~≈$]|\d|(?:under|below|above|at (?:least|most)|less|more|fewer|up to)\b))`;
