import { placeholderMarkers } from '../../knowledge/placeholders';

/** Text measures shared by both parsers and the coverage model. */

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’_@.\-/]*/gu;
const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words in a line; CJK text has no spaces, so two CJK characters count as one word. */
export function countWords(text: string): number {
  const cjk = text.match(cjkPattern)?.length ?? 0;
  const latin = text.replace(cjkPattern, ' ').match(wordPattern)?.length ?? 0;
  return latin + Math.floor(cjk / 2);
}

/** A line that is only an ellipsis, dashes or question marks holds no answer yet. */
const emptyValuePattern = /^\s*(?:\.{3,}|…|-+|\?+)\s*$/;

/** The markers without the global flag, so `test` keeps no state between lines. */
const placeholderTests = placeholderMarkers.map((marker) => new RegExp(marker.source, marker.flags.replace('g', '')));

/** A template placeholder or to-do marker that is not content yet. */
export function isPlaceholder(text: string): boolean {
  return emptyValuePattern.test(text) || placeholderTests.some((test) => test.test(text));
}

/** Strips list markers, quote markers, table pipes, emphasis, links and image embeds from a line. */
export function plainLine(line: string): string {
  return line
    .replace(/!\[\[[^\]]*\]\]/g, ' ') // Obsidian embeds
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/<!--.*?-->/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/[|*_`~#]/g, ' ')
    .trim();
}

/**
 * Words of a line that count as substance: a line of fewer than three words ("* Scaling") is a
 * stub, and placeholders are not content.
 */
export function substantiveWords(line: string): number {
  const plain = plainLine(line);
  if (!plain || isPlaceholder(plain)) return 0;
  const words = countWords(plain);
  return words >= 3 ? words : 0;
}

const mermaidLabelPattern = /\[\[?([^\]]+)\]|\(\(?([^)]+)\)|\{\{?([^}]+)\}|\|([^|]+)\||"([^"]+)"|^\s*(?:subgraph|title|section)\s+(.+)$/g;

/** The human text of a Mermaid line: node, edge and subgraph labels, without ids and arrows. */
export function mermaidLabels(line: string): string {
  const labels: string[] = [];
  for (const match of line.matchAll(mermaidLabelPattern)) {
    const label = match.slice(1).find((group) => group !== undefined);
    if (label) labels.push(label.replace(/<br\s*\/?>/gi, ' ').replace(/["`]/g, '').trim());
  }
  return labels.join('. ');
}
