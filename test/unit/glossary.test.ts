import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findGlossaryMentions, glossary, findMetricMentions, metrics, stepIds } from '../../server/src/knowledge';

describe('glossary', () => {
  it('has unique ids and terms, and known steps', () => {
    assert.equal(new Set(glossary.map((e) => e.id)).size, glossary.length);
    assert.equal(new Set(glossary.map((e) => e.term.toLowerCase())).size, glossary.length);
    for (const entry of glossary) {
      assert.ok(entry.steps.length > 0, entry.id);
      for (const step of entry.steps) assert.ok(stepIds.includes(step), `${entry.id}: ${step}`);
    }
  });

  it('finds every entry by its term and by each alias', () => {
    for (const entry of glossary) {
      for (const alias of [entry.term, ...entry.aliases]) {
        const found = findGlossaryMentions(`We use ${alias} here.`);
        assert.deepEqual(
          found.map((m) => m.item.id),
          [entry.id],
          `${entry.id}: "${alias}"`,
        );
      }
    }
  });

  it('does not repeat a metric: no alias of a term is also a metric alias', () => {
    const metricAliases = new Set(metrics.flatMap((m) => m.aliases.map((a) => a.toLowerCase())));
    for (const entry of glossary) {
      for (const alias of entry.aliases)
        assert.ok(!metricAliases.has(alias.toLowerCase()), `${entry.id}: "${alias}" is a metric alias`);
    }
  });

  it('reads abbreviations only in capitals and prefers the longest term', () => {
    assert.deepEqual(
      findGlossaryMentions('Ann checks the ANN index.').map((m) => [m.item.id, m.index, m.length]),
      [['ann', 15, 9]],
    );
    assert.deepEqual(
      findGlossaryMentions('Concept drift, then data drift.').map((m) => m.item.id),
      ['concept-drift', 'data-drift'],
    );
    // The metric matcher is unchanged by the shared helper.
    assert.deepEqual(
      findMetricMentions('log loss and normalized cross-entropy').map((m) => m.metric.id),
      ['log-loss', 'normalized-cross-entropy'],
    );
  });
});
