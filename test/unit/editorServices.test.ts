/** The pure services behind the editor features, on models parsed in memory (the LSP tests cover the wiring). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { parseDesignDoc } from '../../server/src/engine';
import { maxFullLintBytes } from '../../server/src/engine/parse/limits';
import { foldingRanges } from '../../server/src/services/folding';
import {
  headingAsWritten,
  maxStructureOnlyEntries,
  stepSectionBefore,
  stepSections,
} from '../../server/src/services/outline';
import { documentSymbols, flattenSymbols } from '../../server/src/services/symbols';
import { WorkspaceIndex } from '../../server/src/services/workspaceIndex';
import { fileUri, nodeFileSystem } from '../../server/src/workspace/node';
import { matchesQuery } from '../../server/src/services/workspaceSymbols';

const doc = parseDesignDoc(
  [
    '# Title', // 0
    '## Solution', // 1
    '### Model', // 2
    'A two-tower model trained with softmax loss.',
    '### Serving', // 4
    'Online prediction behind an ANN index.',
    '## Appendix', // 6
    'More.',
    '',
    '**Evaluation:** NDCG@10 offline, CTR online.', // 9
  ].join('\n'),
  'markdown',
);

describe('outline service', () => {
  it('finds steps under a container heading and in bold labels', () => {
    assert.deepEqual(
      stepSections(doc).map((s) => headingAsWritten(doc, s)),
      ['Model', 'Serving', 'Evaluation'],
    );
  });

  it('knows which step a line is in, and that a same-level heading closes it', () => {
    assert.equal(stepSectionBefore(doc, 5)?.title, 'Serving');
    assert.equal(stepSectionBefore(doc, 7), undefined);
  });

  it('lifts steps out of a container heading and keeps its preamble', () => {
    const symbols = documentSymbols(doc);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.range.start.line, s.range.end.line, (s.children ?? []).map((c) => c.name)]),
      [
        ['Title', 0, 0, []],
        ['Solution', 1, 1, []],
        ['Model', 2, 3, []],
        ['Serving', 4, 5, []],
        ['Appendix', 6, 7, []],
        ['Evaluation', 9, 9, []],
      ],
    );
  });

  it('bounds the outline and folding of a document checked for its structure only, keeping every step', () => {
    const notes = '\n## Notes\nA generated section.\n';
    const sections = Math.ceil(maxFullLintBytes / notes.length) + 1;
    const huge = parseDesignDoc(
      `# Title\n${notes.repeat(sections)}\n## 7. Monitoring\nDrift alerts daily.\n`,
      'markdown',
    );
    assert.equal(huge.structureOnly, true);
    const symbols = documentSymbols(huge);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.children?.length]),
      [
        ['Title', SymbolKind.String, maxStructureOnlyEntries - 1],
        ['7. Monitoring', SymbolKind.Module, 0],
      ],
    );
    const folding = foldingRanges(huge);
    const monitoringLine = huge.lines.indexOf('## 7. Monitoring');
    assert.equal(folding.length, maxStructureOnlyEntries + 1);
    assert.deepEqual(folding.at(-1), { startLine: monitoringLine, endLine: monitoringLine + 1 });
  });

  it('flattens symbols for clients without hierarchy, naming each parent', () => {
    const yaml = parseDesignDoc(['mlsd: 1', 'evaluation:', '  offline: NDCG@10 on a held-out day.'].join('\n'), 'yaml');
    assert.deepEqual(
      flattenSymbols(documentSymbols(yaml), 'file:///a.mlsd.yaml').map((s) => [s.name, s.kind, s.containerName]),
      [
        ['mlsd', SymbolKind.Property, undefined],
        ['evaluation', SymbolKind.Module, undefined],
        ['offline', SymbolKind.Key, 'evaluation'],
      ],
    );
  });
});

describe('workspace symbol query', () => {
  it('matches characters in order, ignoring case and spaces', () => {
    assert.equal(matchesQuery('', ['anything']), true);
    assert.equal(matchesQuery('ad click', ['Ad click prediction']), true);
    assert.equal(matchesQuery('evl', ['5. Evaluation']), true);
    assert.equal(matchesQuery('serving', ['5. Evaluation', 'evaluation']), false);
  });
});

describe('workspace index', () => {
  it('stops when cancelled, and re-reads a file only when it changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlsd-index-'));
    try {
      const file = join(root, 'a.mlsd.md');
      writeFileSync(file, '# A\n\n## Evaluation\nNDCG@10.\n');
      const index = new WorkspaceIndex(nodeFileSystem);
      index.setFolders([fileUri(root)]);
      assert.equal(await index.symbols(['**/*.mlsd.md'], () => true), undefined);
      const names = async () =>
        [...((await index.symbols(['**/*.mlsd.md'], () => false))?.values() ?? [])].flat().map((s) => s.symbol.name);
      assert.deepEqual(await names(), ['A', 'Evaluation']);
      writeFileSync(file, '# A\n\n## 5. Evaluation\nNDCG@10.\n');
      assert.deepEqual(await names(), ['A', '5. Evaluation']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
