/**
 * "The probability of a click", "the probability that the user books": what a model estimates. The probability of
 * detecting an effect, of rejecting the null or of a type I error is the statistics of an A/B test, not a target.
 */
export const outcomeProbability =
  /\bprobabilit(?:y|ies)\s+(?:of|that)\b(?!\s+(?:(?:an?|the)\s+)?(?:type\s+(?:ii?|[12])\b|detect|reject|observ|see))/i;
