/**
 * How deep YAML nests, measured on the text before any parser sees it: the `yaml` library parses and composes
 * recursively, so a 2 KB line of `- - - - …` or `[[[[…` exceeds the call stack (and can make V8 abort while it
 * compiles a regex that deep in the stack, which no try/catch survives). One linear pass counts the open block levels
 * (distinct indentation columns, plus each compact `- `, `? ` or `: ` indicator; inside flow brackets too) and the
 * open flow brackets outside quotes and comments. It may overcount (a literal block scalar's own indentation), never
 * undercount.
 */

export interface DeepRegion {
  /** 0-based line where the nesting first passes the limit. */
  firstLine: number;
  /** 0-based line after the region: the next top-level line, or the line count. */
  endLine: number;
  /** The deepest nesting seen in the region, for the message. */
  depth: number;
}

const space = 32;
const isIndicator = (c: string | undefined): boolean => c === '-' || c === '?' || c === ':';
const endsIndicator = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t';

/** Tracks open flow brackets across lines, skipping quoted text and comments. */
class FlowScanner {
  depth = 0;
  /** The most brackets open at once during the last scan. */
  deepest = 0;
  private quote: '"' | "'" | undefined;

  /** Scans line[from..] inside flow context, until the line ends or the outermost bracket closes. */
  scan(line: string, from: number): void {
    this.deepest = this.depth;
    for (let i = from; i < line.length; i++) {
      const c = line[i];
      if (this.quote) {
        if (c === '\\' && this.quote === '"') i++;
        else if (c === "'" && this.quote === "'" && line[i + 1] === "'") i++;
        else if (c === this.quote) this.quote = undefined;
      } else if (c === '"' || c === "'") this.quote = c;
      else if (c === '#' && (i === 0 || line.charCodeAt(i - 1) === space)) return;
      else if (c === '[' || c === '{') this.deepest = Math.max(this.deepest, ++this.depth);
      else if ((c === ']' || c === '}') && --this.depth <= 0) {
        this.depth = 0;
        return;
      }
    }
  }
}

/** Where a block line's value starts flow context: at the node start, or right after the first `key: `. */
function flowStart(line: string, from: number): number | undefined {
  if (line[from] === '[' || line[from] === '{') return from;
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && line.charCodeAt(i - 1) === space) return undefined;
    else if (c === ':' && endsIndicator(line[i + 1])) {
      let j = i + 1;
      while (line[j] === ' ') j++;
      return line[j] === '[' || line[j] === '{' ? j : undefined;
    }
  }
  return undefined;
}

/** The stretches of `lines` that nest deeper than `limit`, in order (none when nothing does). */
export function deepRegions(lines: readonly string[], limit: number): DeepRegion[] {
  const regions: DeepRegion[] = [];
  const levels: number[] = [];
  const flow = new FlowScanner();
  let region: DeepRegion | undefined;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    let i = 0;
    while (line.charCodeAt(i) === space) i++;
    if (i === line.length || (line[i] === '#' && flow.depth === 0)) continue;
    // The region ends at the next top-level line: what follows parses on its own.
    if (region && i === 0 && flow.depth === 0) {
      region.endLine = l;
      regions.push(region);
      region = undefined;
    }
    // Block levels count inside an unclosed flow collection too: the parser reads indented `- ` and `key:` lines
    // there as block nodes, recursively.
    while (levels.length && levels[levels.length - 1] > i) levels.pop();
    if (!levels.length || levels[levels.length - 1] < i) levels.push(i);
    while (isIndicator(line[i]) && endsIndicator(line[i + 1])) {
      i++;
      while (line[i] === ' ' || line[i] === '\t') i++;
      levels.push(i);
    }
    if (flow.depth > 0) {
      flow.scan(line, i);
    } else {
      const start = flowStart(line, i);
      flow.deepest = 0;
      if (start !== undefined) flow.scan(line, start);
    }
    const depth = levels.length + flow.deepest;
    if (depth > limit) {
      region ??= { firstLine: l, endLine: lines.length, depth };
      region.depth = Math.max(region.depth, depth);
    }
  }
  if (region) regions.push(region);
  return regions;
}
