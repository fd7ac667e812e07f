/**
 * Cuts whole sections out of a Markdown document, the way an author deletes a step: each listed heading line goes,
 * with everything under it up to the next heading of the same or a higher level (fenced code is never read as a
 * heading). Used to check that a step cut out of a real write-up is then reported missing.
 */
export interface StepCut {
  /** The document, relative to the corpus folder. */
  file: string;
  step: 'requirements' | 'framing' | 'data' | 'model' | 'evaluation' | 'serving' | 'monitoring';
  /** The heading lines to cut, as written (trimmed), e.g. `## 7. Monitoring`. */
  headings: string[];
}

const atxHeading = /^ {0,3}(#{1,6})(?:\s|$)/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

export function cutSections(text: string, headings: readonly string[]): string {
  const lines = text.split(/\r?\n/);
  const wanted = new Set(headings.map((heading) => heading.trim()));
  const found = new Set<string>();
  const kept: string[] = [];
  let cutLevel = 0;
  let inFence: string | undefined;
  for (const line of lines) {
    const fenceMatch = fence.exec(line);
    if (fenceMatch && (!inFence || fenceMatch[1].startsWith(inFence)))
      inFence = inFence ? undefined : fenceMatch[1][0].repeat(3);
    const heading = inFence || fenceMatch ? undefined : atxHeading.exec(line);
    if (heading) {
      const level = heading[1].length;
      if (cutLevel && level <= cutLevel) cutLevel = 0;
      if (!cutLevel && wanted.has(line.trim())) {
        cutLevel = level;
        found.add(line.trim());
      }
    }
    if (!cutLevel) kept.push(line);
  }
  const absent = [...wanted].filter((heading) => !found.has(heading));
  if (absent.length) throw new Error(`cutSections: heading not found: ${absent.join(' | ')}`);
  return kept.join('\n');
}
