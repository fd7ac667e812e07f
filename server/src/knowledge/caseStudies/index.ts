/**
 * The ten classic case studies, one file each: what category they are, which metrics suit them, which design elements
 * a reviewer looks for, and what their template prompts the writer with.
 */
import { visualSearch } from './visual-search';
import { streetViewBlurring } from './street-view-blurring';
import { videoSearch } from './video-search';
import { harmfulContentDetection } from './harmful-content-detection';
import { videoRecommendation } from './video-recommendation';
import { eventRecommendation } from './event-recommendation';
import { adClickPrediction } from './ad-click-prediction';
import { similarListings } from './similar-listings';
import { personalizedNewsFeed } from './personalized-news-feed';
import { peopleYouMayKnow } from './people-you-may-know';
import { diagrams, type DiagramSkeleton } from '../diagrams';
import type { CaseStudy, CaseStudyId } from './types';

export type { CasePrompts, CaseStudy, CaseStudyId, ExpectedElement } from './types';

/** In the order templates and completion list them. */
export const caseStudies: readonly CaseStudy[] = [
  visualSearch,
  streetViewBlurring,
  videoSearch,
  harmfulContentDetection,
  videoRecommendation,
  eventRecommendation,
  adClickPrediction,
  similarListings,
  personalizedNewsFeed,
  peopleYouMayKnow,
];

export function caseStudyById(id: CaseStudyId): CaseStudy | undefined {
  return caseStudies.find((c) => c.id === id);
}

/** Every diagram skeleton: the shared ones (knowledge/diagrams.ts), then each case study's own. */
export const allDiagrams: readonly DiagramSkeleton[] = [
  ...diagrams,
  ...caseStudies.map((study) => study.prompts.diagram).filter((diagram) => !diagrams.includes(diagram)),
];
