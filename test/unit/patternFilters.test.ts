/**
 * The filters that spare `longestMatches` the search of patterns that cannot match: with or without them, the same
 * matches on every alias (in other cases and spellings) and on every line and heading of the example docs.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  aliasMatcher,
  EXACT_CASE_ALIASES,
  glossary,
  LiteralFilter,
  longestMatches,
  metrics,
  PatternGroups,
  steps,
  type MatchPattern,
  type PatternFilter,
} from '../../server/src/knowledge';
import { normalizeHeading } from '../../server/src/engine/parse/headingMatch';

const examples = join(__dirname, '..', '..', 'examples');
const exampleLines = readdirSync(examples).flatMap((name) => readFileSync(join(examples, name), 'utf8').split('\n'));

/** Each alias alone, in a sentence, in upper and lower case, with its separators changed, and glued to a word. */
function spellings(aliases: readonly string[]): string[] {
  return aliases.flatMap((alias) => [
    alias,
    `We track ${alias} daily.`,
    alias.toUpperCase(),
    alias.toLowerCase(),
    alias.replace(/[-\s]+/g, ''),
    alias.replace(/\s+/g, '-'),
    `x${alias}y`,
    `${alias} / ${alias}`,
  ]);
}

function assertSameMatches<T>(patterns: readonly MatchPattern<T>[], filter: PatternFilter, texts: string[]): void {
  for (const text of texts)
    assert.deepEqual(longestMatches(text, patterns, undefined, filter), longestMatches(text, patterns), text);
}

describe('pattern filters', () => {
  it('hide no metric or glossary match: the literal filter', () => {
    const metricPatterns = metrics.flatMap((metric) =>
      metric.aliases.map((alias) => aliasMatcher(metric, alias, EXACT_CASE_ALIASES.has(alias))),
    );
    const texts = [...spellings(metrics.flatMap((metric) => metric.aliases)), ...exampleLines];
    assertSameMatches(metricPatterns, new LiteralFilter(metricPatterns), texts);
    const glossaryPatterns = glossary.flatMap((entry) => entry.aliases.map((alias) => aliasMatcher(entry, alias)));
    const glossaryTexts = [...spellings(glossary.flatMap((entry) => entry.aliases)), ...exampleLines];
    assertSameMatches(glossaryPatterns, new LiteralFilter(glossaryPatterns), glossaryTexts);
  });

  it('hide no step name of a heading: the groups of heading aliases', () => {
    const patterns = steps.flatMap((step) =>
      step.headingAliases.map((alias) => ({ item: step.id, pattern: alias.pattern })),
    );
    const headings = [
      ...exampleLines.filter((line) => /^#|^\w[\w ]*:/.test(line)),
      ...steps.map((step) => step.title),
      'Model development and offline evaluation',
      'Questions',
      'Feature 123',
    ].map(normalizeHeading);
    assertSameMatches(patterns, new PatternGroups(patterns.map((p) => p.pattern)), headings);
  });

  it('skip what cannot match', () => {
    const patterns = [aliasMatcher('auc', 'ROC AUC'), aliasMatcher('r2', 'R²')];
    assert.deepEqual(new LiteralFilter(patterns).mayMatch('the roc-auc of the ranker'), [true, true]);
    assert.deepEqual(new LiteralFilter(patterns).mayMatch('a latency of 50 ms'), [false, true]);
    assert.deepEqual(new PatternGroups([/auc/g, /ndcg/gi], 1).mayMatch('NDCG@10'), [false, true]);
  });
});
