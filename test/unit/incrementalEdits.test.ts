/**
 * Property: after any sequence of edits to a worked example, each version parsed from the one before (as the
 * language server does while the user types) has the same model and findings as the same text parsed afresh.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { defaultRules, lint, parseDesignDoc, type DesignDoc, type DocFormat } from '../../server/src/engine';

const dir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(dir)
  .filter((name) => /\.mlsd\.(?:md|ya?ml)$/.test(name))
  .sort()
  .map((name): { text: string; format: DocFormat } => ({
    text: readFileSync(join(dir, name), 'utf8'),
    format: name.endsWith('.md') ? 'markdown' : 'yaml',
  }));

/** Text an edit may type: plain words, sentence ends, list and table markup, cues that change what a clause says. */
const typed = fc.constantFrom(
  'x',
  ' ',
  '\n',
  '. ',
  '. Then ',
  '\n\n',
  '- ',
  '| CTR | 2% |\n',
  '## Future work\n',
  '## 6. Serving\n',
  '### References\n',
  'not ',
  'We skip the ',
  'data\n',
  'drift',
  'A/B test on 5% of traffic',
  'latency under 100 ms',
  '<!-- ',
  ' -->',
  '```\n',
);

/** An edit at a position given as a fraction of the text, so it lands inside whatever the text has become. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: typed }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('move line' as const),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, change: Edit): string {
  if (change.kind === 'insert') {
    const at = Math.floor(change.at * text.length);
    return text.slice(0, at) + change.text + text.slice(at);
  }
  if (change.kind === 'delete') {
    const at = Math.floor(change.at * text.length);
    return text.slice(0, at) + text.slice(at + change.length);
  }
  const lines = text.split('\n');
  const [line] = lines.splice(Math.floor(change.from * lines.length), 1);
  lines.splice(Math.floor(change.to * lines.length), 0, line);
  return lines.join('\n');
}

const model = (doc: DesignDoc) => ({
  sections: doc.sections,
  statements: doc.statements,
  evidence: doc.evidence,
  steps: doc.steps,
  findings: lint(doc, { rules: defaultRules }),
});

test('random edits to the examples, each parsed from the version before, give what a fresh parse gives', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: examples.length - 1 }),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      (which, edits) => {
        const { text: original, format } = examples[which];
        let text = original;
        let doc = parseDesignDoc(text, format);
        for (const change of edits) {
          text = applyEdit(text, change);
          doc = parseDesignDoc(text, format, doc);
          assert.deepEqual(model(doc), model(parseDesignDoc(text, format)));
        }
      },
    ),
    { numRuns: 25 },
  );
});
