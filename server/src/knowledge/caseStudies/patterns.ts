/**
 * Pattern fragments several case studies share: the same idea, recognised the same way in each. Ideas that are
 * concepts of their own (ANN search, class imbalance, candidate generation, retraining) are referenced by concept id.
 */
export const INDEXING_PIPELINE: RegExp[] = [
  /\bindexing (?:pipeline|service|job)\b/i,
  /\bre-?index(?:es|ed|ing)?\b/i,
  /\b(?:update|refresh|rebuild)(?:s|ing)? (?:the )?(?:ann |vector |embedding )?index\b/i,
  /\b(?:add|insert|push)(?:s|ing)? (?:new )?(?:\w+ )?(?:embeddings|vectors) (?:to|into) (?:the )?index\b/i,
];
export const CONTRASTIVE: RegExp[] = [
  /\bsiamese\b/i,
  /\bSimCLR\b|\bMoCo\b/i,
  /\bpositive (?:and|&|\/) negative (?:pairs|examples|samples|images)\b/i,
];
export const MULTI_TASK_HEADS: RegExp[] = [
  /\bmulti[\s-]?task\b/i,
  /\b(?:one|a|separate) (?:classification |output |prediction )?heads? (?:per|for each)\b/i,
  /\bper[\s-](?:category|class|task|reaction|label) (?:heads?|outputs?)\b/i,
  /\bshared (?:layers|backbone|trunk|encoder|bottom)\b/i,
];
export const RE_RANKING: RegExp[] = [
  /\bre-?rank(?:s|ed|er|ing)?\b/i,
  /\bbusiness rules\b/i,
  /\bpost-?processing (?:filters|rules)\b/i,
];
export const COLD_START: RegExp[] = [/\bcold[\s-]?start(?:s|ed)?\b/i];
