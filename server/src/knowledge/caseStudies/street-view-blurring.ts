/** Street View blurring system: find faces and licence plates in street imagery and blur them to protect privacy. */
import type { DiagramSkeleton } from '../diagrams';
import type { CaseStudy } from './types';

const diagram: DiagramSkeleton = {
  id: 'batch-detection',
  title: 'Batch detection pipeline',
  description:
    'An offline job detects objects in new imagery, merges overlapping boxes and writes processed images; reports feed retraining.',
  lines: [
    'flowchart LR',
    '    raw[(Raw images)] --> preprocess[Preprocessing]',
    '    preprocess --> detector[Object detector]',
    '    detector --> nms[Non-maximum suppression]',
    '    nms --> blur[Blurring service]',
    '    blur --> published[(Published images)]',
    '    published -.-> reports[User reports of misses]',
    '    reports -.-> hard[Hard examples for retraining]',
    '    hard -.-> detector',
  ],
};

export const streetViewBlurring: CaseStudy = {
  id: 'street-view-blurring',
  title: 'Street View blurring system',
  summary: 'Find faces and licence plates in street imagery and blur them to protect privacy.',
  category: 'object-detection',
  offlineMetrics: ['map', 'ap', 'iou', 'map-50', 'map-50-95', 'recall', 'precision'],
  onlineMetrics: ['user-reports'],
  expectedElements: [
    {
      id: 'detector-architecture',
      label: 'Detector architecture (one- vs two-stage)',
      step: 'model',
      patterns: [
        /\b(?:one|two|single|1|2)[\s-]stage (?:detectors?|models?|networks?|architectures?)\b/i,
        /\b(?:Faster|Mask)[\s-]R[\s-]?CNN\b/i,
        /\bYOLO\w*\b/i,
        /\bRetinaNet\b|\bDETR\b|\bSSD\b/i,
        /\bregion proposals?(?: network)?\b|\bRPN\b/i,
      ],
      why: 'The choice trades accuracy against speed, and offline processing makes the slower option affordable.',
    },
    {
      id: 'nms',
      label: 'Non-maximum suppression',
      step: 'serving',
      patterns: [
        /\bNMS\b/i,
        /\bnon[\s-]?max(?:imum|ima)?[\s-]suppression\b/i,
        /\b(?:merge|remove|drop)s? overlapping (?:boxes|detections)\b/i,
      ],
      why: 'A detector proposes many overlapping boxes per object; without suppression the output is unusable.',
    },
    {
      id: 'iou',
      label: 'IoU to decide correct detections',
      step: 'evaluation',
      patterns: [/\bIoU\b/i, /\bintersection[\s-]over[\s-]union\b/i, /\bJaccard\b/i],
      why: 'Precision, recall and mAP for boxes are undefined until a match threshold on overlap is fixed.',
    },
    {
      id: 'batch-pipeline',
      label: 'Offline batch prediction pipeline',
      step: 'serving',
      patterns: [
        /\bbatch (?:prediction|processing|pipeline|inference|jobs?|mode)\b/i,
        /\boffline (?:processing|pipeline|inference|jobs?|batch)\b/i,
        /\blatency (?:is )?(?:not|isn['’]t|less) (?:critical|important|a concern|an issue)\b/i,
      ],
      why: 'Imagery is processed before publication, so a throughput-oriented batch job fits better than a real-time service.',
    },
    {
      id: 'user-report-loop',
      label: 'User reports fed back as training data',
      step: 'monitoring',
      patterns: [
        /\buser[\s-]reports?\b/i,
        /\b(?:users?|people) (?:can )?(?:report|flag)s?\b/i,
        /\breport(?:ed|s)? (?:missed|unblurred|wrong)\b/i,
        /\bhard (?:negative|positive|example)s? mining\b|\bhard[\s-]example mining\b/i,
        /\bfeedback loop\b/i,
      ],
      why: 'Missed blurs reported by users are the most valuable hard examples for the next training round.',
    },
    {
      id: 'augmentation',
      label: 'Data augmentation',
      step: 'data',
      patterns: [/\baugment(?:ation|ations|ed|ing)?\b/i, /\brandom (?:flips?|crops?|rotations?)\b/i],
      why: 'About a million labelled images is modest for detection; augmentation stretches it.',
    },
    {
      id: 'fairness',
      label: 'Fairness across demographics and plate styles',
      step: 'evaluation',
      patterns: [/\bfairness\b/i, /\bbias(?:es|ed)?\b/i, /\bskin (?:tones?|colou?rs?)\b/i, /\bdemographic\w*\b/i],
      why: 'Missing faces more often for some groups is both a privacy and a reputational failure.',
    },
  ],
  pitfalls: [
    'Optimising precision or accuracy when an unblurred face is the costly error; recall should lead.',
    'No IoU threshold defined.',
    'No non-maximum suppression step.',
    'Framing it as whole-image classification.',
    'A real-time serving design for an offline job.',
    'No check of detection quality across demographic groups.',
    'Small and distant faces and plates ignored.',
  ],
  typicalScale: 'Billions of street images; about 1 M annotated images for training.',
  latencyBudget: 'Not latency-critical: offline batch processing before images are published.',
  clarifyingQuestions: [
    'Which objects must be blurred: faces, plates, anything else?',
    'How much annotated data exists?',
    'Is processing offline before publication, or must it be real time?',
    'Can users report missed blurs?',
    'Which matters more: a missed face or a wrongly blurred region?',
  ],
  prompts: {
    io: 'A street-level image in; bounding boxes of faces and licence plates with class and confidence out, then a blurred image.',
    framings: [
      'Object detection: regress box coordinates and classify each box as face or plate; the standard fit.',
      'Semantic segmentation: pixel masks blur more tightly, but labels cost far more and boxes are enough to blur.',
      'Whole-image classification: says an image contains a face but not where, so it cannot drive blurring.',
    ],
    dataSources: [
      'About a million annotated images with boxes for faces and plates.',
      'Raw street imagery waiting to be published, with capture location and time.',
      'User reports of missed or wrong blurs, tied to an image and a region.',
    ],
    labels:
      'Human-drawn boxes for training and evaluation; user reports become hard examples once a reviewer confirms them.',
    features: [
      'Resize and normalise; keep high resolution where faces are small and distant.',
      'Augmentation: flips, crops, rotations, brightness and contrast changes, done online or offline (training time versus storage).',
      'Coverage of night, rain, glare and unusual plate formats from many countries.',
    ],
    models: [
      'Baseline: a pre-trained off-the-shelf detector fine-tuned on the annotated set.',
      'Two-stage detector (region proposals, then classification and box refinement): slower, more accurate.',
      'One-stage detector (single pass): faster, usually weaker on small objects; latency is not the constraint here.',
    ],
    loss: 'Classification cross-entropy plus a weighted box regression loss (smooth L1 or MSE).',
    metricNotes:
      'A box counts as found only above an IoU threshold; AP per class and mAP across classes, with recall weighted heavily because a missed face is the costly error.',
    servingMode: 'Batch: imagery is processed before it is published, so throughput matters and latency does not.',
    pipeline: [
      'Preprocess each new image (resize, normalise, tile large panoramas).',
      'Run the detector to propose boxes with confidences.',
      'Non-maximum suppression merges overlapping boxes.',
      'Blurring service blurs the kept boxes and stores the published image.',
      'User reports flow back as hard examples for the next training round.',
    ],
    diagram,
    monitoring: [
      'User reports per million published images.',
      'Recall on a fresh human-audited sample, sliced by region, lighting and skin tone.',
      'Batch job throughput and backlog of unprocessed imagery.',
    ],
  },
};
