/**
 * The diagrams mlsd writes or ships parse with the real Mermaid, in the diagram worker the language server and the
 * CLI use (the built bundle): every diagram skeleton of the knowledge base (templates, snippets) and every diagram of
 * the worked examples, so a reader who opens them in the preview sees no error.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseDesignDoc } from '../../server/src/engine';
import { allDiagrams } from '../../server/src/knowledge';
import { realChecker } from '../helpers/mermaidWorker';

const root = join(__dirname, '..', '..');
const checker = realChecker();
after(() => checker.stop());

const outcomeOf = async (source: string) => (await checker.check([source])).outcomes.get(source);

describe('diagrams mlsd writes', () => {
  it('the parser does reject broken input', async () => {
    assert.equal((await outcomeOf('flowchart LR\n  A --> B\n  B -->> \n  C[[['))?.kind, 'invalid');
  });

  it('every diagram skeleton parses', async () => {
    for (const diagram of allDiagrams)
      assert.equal((await outcomeOf(diagram.lines.join('\n')))?.kind, 'valid', diagram.id);
  });

  it("the worked examples' diagrams parse", async () => {
    const examples = join(root, 'examples');
    for (const name of readdirSync(examples).filter((f) => /\.mlsd\.(?:md|ya?ml)$/.test(f))) {
      const doc = parseDesignDoc(
        readFileSync(join(examples, name), 'utf8'),
        name.endsWith('.md') ? 'markdown' : 'yaml',
      );
      assert.ok(doc.mermaid.length > 0, `${name} has a diagram`);
      for (const block of doc.mermaid) {
        assert.equal((await outcomeOf(block.source))?.kind, 'valid', `${name}:${block.firstLine + 1}`);
      }
    }
  });
});
