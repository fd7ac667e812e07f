/**
 * The diagram rules on Mermaid's own outcomes, from the diagram worker (the built bundle): the documented examples of
 * every diagram rule, and Mermaid's size limit as the worker applies it and as the rule quotes it.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { defaultRules, diagramSources, lint, parseDesignDoc } from '../../server/src/engine';
import { mermaidMaxTextSize } from '../../server/src/knowledge';
import { realChecker } from '../helpers/mermaidWorker';

const checker = realChecker();
after(() => checker.stop());

const diagramRuleIds = [
  'mermaid-syntax',
  'mermaid-unknown-type',
  'mermaid-security-level',
  'mermaid-max-text-size',
  'unexplained-diagram-component',
];

describe('diagram rules on Mermaid outcomes', () => {
  it("the documented examples of every diagram rule: bad triggers it, good does not (with Mermaid's outcomes)", async () => {
    const ruleIds = defaultRules.map((rule) => rule.id);
    for (const id of diagramRuleIds) {
      const rule = defaultRules.find((r) => r.id === id);
      assert.ok(rule, id);
      if (!rule.examples) {
        assert.equal(id, 'mermaid-max-text-size', 'only the size rule has no example (it needs 50,000 characters)');
        continue;
      }
      for (const [kind, text] of [
        ['bad', rule.examples.bad],
        ['good', rule.examples.good],
      ] as const) {
        const doc = parseDesignDoc(text, 'markdown');
        const { outcomes: diagrams } = await checker.check(diagramSources([doc]));
        // The example's doc is short: judge the rule alone, over enough prose not to count as a bare template.
        const own = rule.check(doc, { ruleIds, diagrams });
        if (kind === 'bad') assert.ok(own.length > 0, `${id}: bad example`);
        else assert.deepEqual(own, [], `${id}: good example`);
      }
    }
  });

  it('the worker applies the limit the knowledge base states: Mermaid parses a diagram that long, not one more', async () => {
    const sized = (length: number): string => {
      const head = 'flowchart LR\n  A["';
      return `${head}${'x'.repeat(length - head.length - 2)}"]`;
    };
    const [fits, over] = [sized(mermaidMaxTextSize), sized(mermaidMaxTextSize + 1)];
    assert.deepEqual([fits.length, over.length], [mermaidMaxTextSize, mermaidMaxTextSize + 1]);
    const { outcomes } = await checker.check([fits, over]);
    assert.equal(outcomes.get(fits)?.kind, 'valid');
    assert.deepEqual(outcomes.get(over), { kind: 'too-large', length: mermaidMaxTextSize + 1 });
  });

  it('mermaid-max-text-size flags a diagram whose parsed text is over 50,000 characters (comment lines do not count)', async () => {
    const edges = Array.from({ length: 3000 }, (_, i) => `  node${i}[Stage ${i}] --> node${i + 1}`);
    const big = ['flowchart LR', ...edges].join('\n');
    const commented = ['flowchart LR', ...edges.slice(0, 3).map((edge) => `${edge}\n%% ${'x'.repeat(20_000)}`)].join(
      '\n',
    );
    assert.ok(big.length > 50_000 && commented.length > 50_000);
    const doc = parseDesignDoc(
      ['# Doc', '', '```mermaid', big, '```', '', '```mermaid', commented, '```'].join('\n'),
      'markdown',
    );
    const { outcomes } = await checker.check(diagramSources([doc]));
    assert.deepEqual(outcomes.get(big), { kind: 'too-large', length: big.length });
    assert.equal(outcomes.get(commented)?.kind, 'valid', 'Mermaid renders it: its comments are removed first');
    const found = lint(doc, { rules: defaultRules, diagrams: outcomes }).filter(
      (f) => f.rule === 'mermaid-max-text-size' || f.rule === 'mermaid-syntax',
    );
    assert.deepEqual(
      found.map((f) => [f.rule, f.range.start.line]),
      [['mermaid-max-text-size', 3]],
    );
    assert.match(
      found[0].message,
      /is 1[\d,]+ characters long \(without its front matter, directives and comments\), over Mermaid's limit of 50,000/,
    );
  });
});
