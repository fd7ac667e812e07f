import type { StepId } from '../model';
import { steps } from '../../knowledge/steps';

export interface HeadingMatch {
  steps: StepId[];
  primarySteps: StepId[];
}

/**
 * Lower-cases a heading and strips what carries no meaning for step detection: numbering
 * ("1.", "2.3)", "Step 4:", "IV."), emoji, markup and punctuation.
 */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_`~[\]]/g, ' ')
    .replace(/^\s*(?:step|part|section|stage|phase|§)?\s*(?:\d+(?:\.\d+)*|[ivx]+)\s*[.):\-–—]?\s+/u, ' ')
    .replace(/^\s*(?:step|part|section|stage|phase)\s*(?:\d+|[ivx]+)?\s*[:.\-–—]\s*/u, ' ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/[-–—]/g, ' ')
    .replace(/[^\p{L}\p{N}&/?@\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which steps a heading names. A merged heading ("Model development and offline evaluation") names
 * several; overlapping phrases resolve to the longest, so "model deployment" is serving only.
 */
export function matchHeading(title: string): HeadingMatch {
  const cached = matchCache.get(title);
  if (cached) return cached;
  const match = computeMatch(title);
  // Bounded: the same headings and labels come back on every re-parse while the user types.
  if (matchCache.size >= matchCacheLimit) matchCache.clear();
  matchCache.set(title, match);
  return match;
}

const matchCache = new Map<string, HeadingMatch>();
const matchCacheLimit = 5000;

function computeMatch(title: string): HeadingMatch {
  const text = normalizeHeading(title);
  const candidates: { start: number; end: number; step: StepId; primary: boolean }[] = [];
  for (const step of steps) {
    for (const alias of step.headingAliases) {
      alias.pattern.lastIndex = 0;
      for (const match of text.matchAll(alias.pattern)) {
        if (match[0].length === 0) continue;
        candidates.push({ start: match.index, end: match.index + match[0].length, step: step.id, primary: alias.primary });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: typeof candidates = [];
  for (const candidate of candidates) {
    if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) continue;
    taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  const found: StepId[] = [];
  const primary: StepId[] = [];
  for (const t of taken) {
    if (!found.includes(t.step)) found.push(t.step);
    // A primary phrase only makes the heading primary when the heading is about little else.
    if (t.primary && !primary.includes(t.step) && t.end - t.start >= text.replace(/\b(?:and|&|the|of|an?)\b/g, '').replace(/\s+/g, ' ').trim().length / 2) {
      primary.push(t.step);
    }
  }
  return { steps: found, primarySteps: primary };
}
