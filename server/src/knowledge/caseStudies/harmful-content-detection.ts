/** Harmful content detection: classify multimodal posts into harm categories so violations can be removed, demoted or reviewed. */
import type { DiagramSkeleton } from '../diagrams';
import { MULTI_TASK_HEADS } from './patterns';
import type { CaseStudy } from './types';

const diagram: DiagramSkeleton = {
  id: 'content-moderation',
  title: 'Content moderation pipeline',
  description:
    'New posts are scored per harm category; confident violations are removed, uncertain ones demoted and reviewed.',
  lines: [
    'flowchart LR',
    '    post([New post]) --> encoders[Text, image and video encoders]',
    '    encoders --> classifier[Multi-task harm classifier]',
    '    classifier --> decision{Score per category}',
    '    decision -->|high| remove[Remove and notify author]',
    '    decision -->|uncertain| demote[Demote and queue for human review]',
    '    decision -->|low| allow([Allow])',
    '    demote --> review[Human review]',
    '    remove --> appeals[Appeals]',
    '    review -.->|labels| training[(Training data)]',
    '    appeals -.->|labels| training',
  ],
};

export const harmfulContentDetection: CaseStudy = {
  id: 'harmful-content-detection',
  title: 'Harmful content detection',
  summary: 'Classify multimodal posts into harm categories so violations can be removed, demoted or reviewed.',
  category: 'binary-imbalanced',
  offlineMetrics: ['pr-auc', 'precision', 'recall', 'f1', 'roc-auc'],
  onlineMetrics: ['prevalence', 'harmful-impressions', 'valid-appeals', 'proactive-rate', 'user-reports'],
  expectedElements: [
    {
      id: 'multimodal-fusion',
      label: 'Multimodal fusion (early vs late)',
      step: 'model',
      patterns: [
        /\b(?:early|late|intermediate)[\s-]fusion\b/i,
        /\bmulti[\s-]?modal\b/i,
        /\bfus(?:e|es|ed|ion|ing)\b/i,
        /\bconcatenat\w* (?:the )?(?:modality |text and image )?(?:features|embeddings)\b/i,
      ],
      why: 'Some harm only appears when text and image are read together, which late fusion misses.',
    },
    {
      id: 'multi-task-heads',
      label: 'Multi-task model with a head per harm category',
      step: 'model',
      patterns: MULTI_TASK_HEADS,
      why: 'Authors must be told which rule they broke, and shared layers let rare categories borrow signal.',
    },
    {
      id: 'human-review',
      label: 'Human review of uncertain posts',
      step: 'serving',
      patterns: [
        /\bhuman[\s-](?:review\w*|moderat\w*|labell?ers?|raters?|in[\s-]the[\s-]loop)\b/i,
        /\bmanual (?:review|moderation)\b/i,
        /\b(?:content )?moderators?\b/i,
        /\breview queues?\b/i,
      ],
      why: 'Borderline scores need people, and their decisions become clean labels.',
    },
    {
      id: 'appeals',
      label: 'Appeals process',
      step: 'serving',
      patterns: [/\bappeal(?:s|ed|ing)?\b/i],
      why: 'Appeals catch wrongful takedowns and provide a precision signal.',
    },
    {
      id: 'labels',
      label: 'Label sources: hand labels vs user reports',
      step: 'data',
      patterns: [
        /\b(?:hand|human|manual)[\s-]?(?:label\w*|annotat\w*)\b/i,
        /\bnatural (?:labels?|labell?ing)\b/i,
        /\buser[\s-]reports?\b|\breported posts\b/i,
      ],
      why: 'Reports are plentiful but noisy; hand labels are scarce but trustworthy, so each has its use.',
    },
    {
      id: 'class-imbalance',
      label: 'Class imbalance handling',
      step: 'data',
      concepts: ['class-imbalance'],
      patterns: [],
      why: 'Violations are a tiny share of posts; unhandled, the model learns to predict "fine".',
    },
    {
      id: 'enforcement',
      label: 'Enforcement: removal and demotion',
      step: 'serving',
      patterns: [
        /\b(?:take[\s-]?downs?|remov(?:e|es|ed|al|ing))\b/i,
        /\bdemot(?:e|es|ed|ion|ing)\b/i,
        /\bdown[\s-]?rank\w*\b/i,
        /\benforcement\b/i,
      ],
      why: 'Scores only matter once they drive an action proportionate to the confidence.',
    },
    {
      id: 'adversarial-retraining',
      label: 'Adversarial drift and frequent retraining',
      step: 'monitoring',
      concepts: ['retraining'],
      patterns: [/\badversar\w*\b/i, /\bbad actors?\b/i],
      why: "Abusers adapt to the classifier, so yesterday's model decays quickly.",
    },
  ],
  pitfalls: [
    'Accuracy as the metric on extremely rare positives.',
    'A single binary classifier although authors must be told the violated category.',
    'Late fusion with no discussion of harm that only appears across modalities.',
    'User reports treated as clean labels.',
    'No appeals process or precision guard against over-removal.',
    'Only one language supported.',
    'No human review for borderline posts.',
  ],
  typicalScale: 'Hundreds of millions of new posts per day, in many languages and media types.',
  latencyBudget: 'Varies by harm type: near real time for the worst categories, batch for others.',
  clarifyingQuestions: [
    'Which harm categories are in scope?',
    'Which modalities and languages do posts contain?',
    'Should violating posts be removed or demoted, and must authors be told why?',
    'Can users report posts, and how many human labellers are available?',
    'Must detection happen before a post is visible?',
  ],
  prompts: {
    io: 'A post (text, images, video, author and context) in; a probability per harm category out, turned into remove, demote or allow.',
    framings: [
      'Multi-task classifier with shared layers and one head per harm category: explains the violated rule, shares signal across categories.',
      'One binary classifier for "harmful": simplest, but cannot tell the author which rule was broken.',
      'One model per category: independent, but many pipelines to maintain and little data for rare categories.',
      'Early versus late fusion of modalities: late fusion misses harm that appears only in the combination (memes).',
    ],
    dataSources: [
      'Posts: author, text, media, links, language, timestamp.',
      'Author history: account age, past violations, reports received.',
      'Interactions: views, shares, comments and user reports.',
      'Reviewer decisions and appeal outcomes.',
    ],
    labels:
      'Hand labels from trained reviewers (accurate, scarce: evaluation) and user reports (plentiful, noisy: training).',
    features: [
      'Text: multilingual transformer embeddings.',
      'Images and video: pre-trained image and video encoders.',
      'Engagement: reaction and report counts, scaled; embeddings of comments.',
      'Author: violation history, account age, follower counts.',
    ],
    models: [
      'Baseline: keyword lists and hash matching of known violating media.',
      'Early-fusion multi-task network over text, image and video embeddings.',
      'Handle one modality dominating training (gradient blending, focal loss).',
    ],
    loss: 'Sum of per-category binary cross-entropies, with class weights or focal loss for the rare categories.',
    metricNotes:
      'Violations are rare, so PR-AUC and precision and recall per category at the operating threshold; ROC-AUC flatters under heavy imbalance.',
    servingMode: 'Online scoring at upload for the worst categories; batch re-scoring is acceptable for milder ones.',
    pipeline: [
      'Detection service scores each new post per category.',
      'Enforcement removes confident violations and tells the author which rule.',
      'Demotion down-ranks uncertain posts and queues them for human review.',
      'Appeals and review decisions flow back as labels.',
    ],
    diagram,
    monitoring: [
      'Prevalence and harmful impressions per category, from audited samples.',
      'Valid appeal rate as a precision guard.',
      'Adversarial drift: new evasion patterns, spikes in user reports.',
    ],
  },
};
