/**
 * Which findings the inline suppression comments turn off: the directives parsed into the model
 * (parse/suppressionComments.ts), applied by lint() after every rule ran.
 */
import type { SuppressionComment } from './designDoc';

/** A set of rules: every rule (but the exceptions) or just the ids listed. */
interface RuleSet {
  all: boolean;
  ids: Set<string>;
}

function has(set: RuleSet | undefined, rule: string): boolean {
  return set !== undefined && (set.all ? !set.ids.has(rule) : set.ids.has(rule));
}

/** Adds the comment's rules to a line or file set (no ids: every rule). */
function widen(set: RuleSet | undefined, comment: SuppressionComment): RuleSet {
  const next: RuleSet = set ? { all: set.all, ids: new Set(set.ids) } : { all: false, ids: new Set() };
  if (comment.rules.length === 0) return { all: true, ids: new Set() };
  for (const { id } of comment.rules) {
    if (next.all) next.ids.delete(id);
    else next.ids.add(id);
  }
  return next;
}

/** Removes the comment's rules from a range set (no ids: enables every rule again). */
function narrow(set: RuleSet, comment: SuppressionComment): RuleSet {
  if (comment.rules.length === 0) return { all: false, ids: new Set() };
  const next: RuleSet = { all: set.all, ids: new Set(set.ids) };
  for (const { id } of comment.rules) {
    if (next.all) next.ids.add(id);
    else next.ids.delete(id);
  }
  return next;
}

/** Whether a finding of `rule` starting on `line` (0-based) is suppressed. */
export type SuppressionCheck = (rule: string, line: number) => boolean;

/**
 * Builds the check for a document's comments. A `disable` holds from its own line up to the line of the matching
 * `enable` (exclusive); `disable-line` covers its line, `disable-next-line` the line below, `disable-file` all.
 */
export function suppressionCheck(comments: readonly SuppressionComment[]): SuppressionCheck {
  let file: RuleSet | undefined;
  const lines = new Map<number, RuleSet>();
  const ranges: { line: number; set: RuleSet }[] = [];
  let current: RuleSet = { all: false, ids: new Set() };
  for (const comment of comments) {
    const line = comment.range.start.line;
    switch (comment.kind) {
      case 'disable-file':
        file = widen(file, comment);
        break;
      case 'disable-line':
      case 'disable-next-line': {
        const target = comment.kind === 'disable-line' ? line : line + 1;
        lines.set(target, widen(lines.get(target), comment));
        break;
      }
      case 'disable':
      case 'enable':
        current = comment.kind === 'disable' ? widen(current, comment) : narrow(current, comment);
        ranges.push({ line, set: current });
        break;
      default:
        break;
    }
  }
  if (!file && lines.size === 0 && ranges.length === 0) return () => false;
  return (rule, line) => {
    if (has(file, rule) || has(lines.get(line), rule)) return true;
    let state: RuleSet | undefined;
    for (const range of ranges) {
      if (range.line > line) break;
      state = range.set;
    }
    return has(state, rule);
  };
}
