/** Pattern fragments several case studies share: the same idea, recognised the same way in each. */
export const ANN: RegExp[] = [
  /\bANN\b/i,
  /\bapproximate[\s-]+nearest[\s-]+neighbou?rs?\b/i,
  /\bnearest[\s-]+neighbou?r (?:search|service|index|lookup)\b/i,
  /\b(?:FAISS|ScaNN|Annoy|HNSW|Milvus|Pinecone)\b/i,
  /\b(?:LSH|locality[\s-]sensitive hashing)\b/i,
  /\bvector (?:database|db|index|store|search)\b/i,
  /\bproduct quanti[sz]ation\b/i,
];
export const INDEXING_PIPELINE: RegExp[] = [
  /\bindexing (?:pipeline|service|job)\b/i,
  /\bre-?index(?:es|ed|ing)?\b/i,
  /\b(?:update|refresh|rebuild)(?:s|ing)? (?:the )?(?:ann |vector |embedding )?index\b/i,
  /\b(?:add|insert|push)(?:s|ing)? (?:new )?(?:\w+ )?(?:embeddings|vectors) (?:to|into) (?:the )?index\b/i,
];
export const CONTRASTIVE: RegExp[] = [
  /\bcontrastive\b/i,
  /\b(?:Info)?NCE\b/i,
  /\btriplet (?:loss|network)\b/i,
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
export const CANDIDATE_GENERATION: RegExp[] = [
  /\bcandidate (?:generation|generators?|retrieval|sourcing|selection)\b/i,
  /\bretrieval (?:stage|layer|step|phase|model)\b/i,
  /\b(?:first|initial)[\s-]stage\b/i,
  /\bmulti[\s-]stage (?:funnel|pipeline|architecture|system)\b/i,
];
export const COLD_START: RegExp[] = [/\bcold[\s-]?start(?:s|ed)?\b/i];
export const CLASS_IMBALANCE: RegExp[] = [
  /\b(?:class|label|data)[\s-]+imbalance[ds]?\b/i,
  /\bimbalanced\b/i,
  /\bfocal loss\b/i,
  /\bclass[\s-]weight(?:s|ed|ing)?\b/i,
  /\b(?:down|under|up|over)[\s-]?sampl(?:e|es|ed|ing)\b/i,
];
export const CONTINUAL_LEARNING: RegExp[] = [
  /\bcontinu(?:al|ous|ously) (?:learning|training|fine[\s-]?tun\w*|retrain\w*|updates?)\b/i,
  /\bonline (?:learning|training)\b/i,
  /\bincremental (?:training|learning|updates?)\b/i,
  /\bretrain(?:s|ed|ing)? (?:every|hourly|daily|frequently|often|continuously|each)\b/i,
  /\bfine[\s-]?tun\w* (?:on )?(?:fresh|new|recent) data\b/i,
];
