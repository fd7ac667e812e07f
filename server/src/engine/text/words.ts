/** Text measures shared by both parsers and the coverage model. */
import { placeholderHint, placeholderMarkers } from '../../knowledge';

const cjkPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A cheap first look for CJK (kana, CJK ideographs, Hangul) before the exact script test. */
const anyCjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** Words in a line; CJK text has no spaces, so two CJK characters count as one word. */
export function countWords(text: string): number {
  if (!anyCjk.test(text)) return countRuns(text);
  const cjk = text.match(cjkPattern)?.length ?? 0;
  return countRuns(text.replace(cjkPattern, ' ')) + Math.floor(cjk / 2);
}

const nonAsciiLetterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Runs that start with a letter or digit and go on through letters, digits and joiners (' ’ _ @ . - /); a hand
 * loop rather than a Unicode regex because this runs on every line of every parse.
 */
function countRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    const alnum =
      (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || (c > 127 && nonAsciiLetterOrDigit.test(text[i]));
    if (alnum) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 95 || c === 64 || c === 46 || c === 45 || c === 47))) {
      inWord = false;
    }
  }
  return count;
}

/** A line that is only an ellipsis, dashes or question marks holds no answer yet. */
const emptyValuePattern = /^\s*(?:\.{3,}|…|-+|\?+)\s*$/;

/** The markers without the global flag, so `test` keeps no state between lines. */
const placeholderTests = placeholderMarkers.map((marker) => new RegExp(marker.source, marker.flags.replace('g', '')));

/** A template placeholder or to-do marker that is not content yet. */
export function isPlaceholder(text: string): boolean {
  if (emptyValuePattern.test(text)) return true;
  // Most lines hold none of the characters or words a marker needs; skip the costlier markers for them.
  return placeholderHint.test(text) && placeholderTests.some((test) => test.test(text));
}

/** Strips list markers, quote markers, table pipes, emphasis, links and image embeds from a line. */
export function plainLine(line: string): string {
  return replaceHtmlComments(line, () => ' ')
    .replace(/!\[\[[^\][]*\]\]/g, ' ') // Obsidian embeds
    .replace(/!\[[^\][]*\]\((?:[^()]|\([^()]*\))*\)/g, ' ') // images
    .replace(/\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1') // links keep their text; a target may hold (parentheses)
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ x]\]\s+)?/i, '')
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

const mermaidLabelPattern = new RegExp(
  [
    String.raw`\[\[?([^\][]+)\]`,
    String.raw`\(\(?([^()]+)\)`,
    String.raw`\{\{?([^{}]+)\}`,
    String.raw`\|([^|]+)\|`,
    String.raw`"([^"]+)"`,
    String.raw`^\s*(?:subgraph|title|section)\s+(\S.*)$`,
  ].join('|'),
  'g',
);

/** The human text of a Mermaid line: node, edge and subgraph labels, without ids and arrows. */
export function mermaidLabels(line: string): string {
  const labels: string[] = [];
  for (const match of line.matchAll(mermaidLabelPattern)) {
    const label = match.slice(1).find((group) => group !== undefined);
    if (label)
      labels.push(
        label
          .replace(/<br\s*\/?>/gi, ' ')
          .replace(/["`]/g, '')
          .trim(),
      );
  }
  return labels.join('. ');
}

/**
 * `text` with each complete HTML comment (`<!--` to the first `-->`) replaced. Found with indexOf rather than a lazy
 * regex, which rescans to the end of the text from every unclosed `<!--`: quadratic on a run of them.
 */
export function replaceHtmlComments(text: string, replace: (comment: string) => string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    // No closer after this opener means none after any later one either.
    if (close < 0) break;
    out += text.slice(from, open) + replace(text.slice(open, close + 3));
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}
