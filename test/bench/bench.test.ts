/**
 * The bench (`npm run bench`) is not part of the test run, but its corpus generator and its `--json` output are:
 * a smoke run on a tiny corpus keeps it from rotting. The figures of a smoke run mean nothing and are not checked.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocFormat } from '../../common/types';
import { benchCorpus, generateDesignDoc } from '../../scripts/bench/corpus';
import {
  bulletDoc,
  frontMatterDoc,
  largeDocs,
  sectionsDoc,
  tableDoc,
  yamlKeysDoc,
} from '../../scripts/bench/largeDocs';
import { markdownReport } from '../../scripts/bench/markdown';
import { textReport } from '../../scripts/bench/report';
import type { BenchResult } from '../../scripts/bench/run';
import { coverageSummary, defaultRules, lint, parseDesignDoc } from '../../server/src/engine';

const root = join(__dirname, '..', '..');
const formats: DocFormat[] = ['markdown', 'yaml'];

describe('bench corpus', () => {
  for (const format of formats) {
    it(`writes ${format} design docs of exactly the asked length, the same for the same seed`, () => {
      for (const lines of [300, 2000]) {
        const text = generateDesignDoc(lines, lines, format);
        assert.equal(text.split('\n').length - 1, lines);
        assert.ok(text.endsWith('\n'));
        assert.equal(generateDesignDoc(lines, lines, format), text);
      }
      assert.notEqual(generateDesignDoc(1, 300, format), generateDesignDoc(2, 300, format));
    });

    it(`covers all seven steps in ${format} with no syntax error`, () => {
      const doc = parseDesignDoc(generateDesignDoc(7, 400, format), format);
      const coverage = coverageSummary(doc);
      assert.equal(coverage.covered, 7, JSON.stringify(coverage));
      assert.deepEqual(
        lint(doc, { rules: defaultRules }).filter(
          (finding) => finding.rule === 'syntax-error' || finding.rule === 'front-matter-schema',
        ),
        [],
      );
      assert.ok(doc.mermaid.length >= 1, 'a Mermaid diagram');
    });
  }

  it('has tables, lists and code in Markdown', () => {
    const text = generateDesignDoc(3, 600, 'markdown');
    assert.match(text, /^\| --- \|/m);
    assert.match(text, /^- /m);
    assert.match(text, /^```(?:sql|python|yaml)$/m);
    assert.match(text, /^```mermaid$/m);
  });

  it('names every entry by format and size, and keeps the small docs apart', () => {
    const entries = benchCorpus({ docLines: [150, 250], smallDocs: 3, smallDocLines: [130, 140] });
    assert.deepEqual(
      entries.map((entry) => `${entry.name}:${entry.files.length}`),
      ['md-150:1', 'md-250:1', 'md-3docs:3', 'yaml-150:1', 'yaml-250:1', 'yaml-3docs:3'],
    );
    const small = entries[2].files;
    assert.equal(new Set(small.map((file) => file.name)).size, 3);
    for (const file of small) assert.ok(file.name.endsWith('.mlsd.md'));
  });
});

describe('very large bench docs', () => {
  it('are of the asked shape and size, each a design doc with no syntax error', () => {
    assert.equal(tableDoc(40).match(/^\| f\d+ \|/gm)?.length, 40);
    assert.equal(bulletDoc(30).match(/^- Feature \d+ /gm)?.length, 30);
    assert.equal(frontMatterDoc(20).match(/^key_\d+: /gm)?.length, 20);
    assert.ok(sectionsDoc(50_000).length >= 50_000);
    assert.equal(yamlKeysDoc(25).match(/^ {4}feature_\d+: /gm)?.length, 25);
    for (const file of largeDocs(0.002)) {
      const findings = lint(parseDesignDoc(file.text, file.format), { rules: defaultRules });
      assert.deepEqual(
        findings.filter((finding) => finding.rule === 'syntax-error'),
        [],
        file.name,
      );
    }
  });
});

describe('bench --json', () => {
  it('prints one object with every figure, on a smoke run', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'bench.ts'), '--smoke', '--json'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    const perDoc = ['lint_ms', 'markdownlint_ms', 'parse_ms', 'ratio_vs_markdownlint', 'ratio_vs_parse'];
    for (const key of [
      ...perDoc,
      'lsp_p50_ms',
      'lsp_p99_ms',
      'startup_ms',
      'startup_first_ms',
      'startup_node_ms',
      'startup_ratio_vs_node',
      'bundle_kb',
      'rss_mb',
      'cli_speedup',
      'large_docs_cli_ms',
      'lsp_beside_large_p50_ms',
      'lsp_beside_large_p99_ms',
      'lsp_beside_large_editor_p99_ms',
      'workspace_full_ms',
      'workspace_push_ms',
      'workspace_change_ms',
      'workspace_request_p50_ms',
      'workspace_request_p99_ms',
      'machine',
    ]) {
      assert.ok(key in result, `missing ${key}`);
    }
    const names = ['md-150', 'md-250', 'md-3docs', 'yaml-150', 'yaml-250', 'yaml-3docs'];
    for (const key of perDoc) assert.deepEqual(Object.keys(result[key] as object), names, key);
    const positive = (value: unknown): boolean => typeof value === 'number' && value > 0;
    for (const name of names) {
      assert.ok(positive((result.lint_ms as Record<string, unknown>)[name]), `lint_ms ${name}`);
      assert.ok(positive((result.parse_ms as Record<string, unknown>)[name]), `parse_ms ${name}`);
    }
    assert.ok(positive((result.markdownlint_ms as Record<string, unknown>)['md-250']));
    assert.equal((result.markdownlint_ms as Record<string, unknown>)['yaml-250'], null);
    assert.ok((result.lsp_p99_ms as number) >= (result.lsp_p50_ms as number));
    for (const key of [
      'lsp_p50_ms',
      'startup_ms',
      'startup_first_ms',
      'startup_node_ms',
      'startup_ratio_vs_node',
      'rss_mb',
      'workspace_full_ms',
      'workspace_push_ms',
    ])
      assert.ok(positive(result[key]), key);
    assert.equal(result.workspace_docs, 4);
    assert.ok((result.workspace_request_p99_ms as number) >= (result.workspace_request_p50_ms as number));
    assert.deepEqual(Object.keys(result.bundle_kb as object), [
      'client',
      'server',
      'server_analysis',
      'cli',
      'webview',
    ]);
    for (const size of Object.values(result.bundle_kb as object)) assert.ok(positive(size));
    assert.ok(positive(result.cli_speedup), 'the CLI with --jobs 1 and with one worker per core');
    assert.equal(Object.keys(result.large_docs_cli_ms as object).length, 6, 'the CLI on each very large doc');
    assert.ok((result.lsp_beside_large_p99_ms as number) >= (result.lsp_beside_large_p50_ms as number));
    const machine = result.machine as Record<string, unknown>;
    assert.ok(
      typeof machine.cpu === 'string' &&
        positive(machine.cores) &&
        typeof machine.node === 'string' &&
        positive(machine.ram_gb),
    );
    const load = machine.load as Record<string, unknown>;
    assert.ok(typeof load.start === 'number' && typeof load.end === 'number', 'the load average at start and end');

    // The same result as a table: the machine first, a row per entry, then the targets.
    const table = textReport(result as unknown as BenchResult).split('\n');
    assert.match(table[0], new RegExp(`${String(machine.cores)} cores, .* GB RAM, Node ${String(machine.node)}`));
    for (const name of names)
      assert.ok(
        table.some((line) => line.startsWith(`${name} `)),
        name,
      );
    assert.match(table[1], /^load average \(1 min\) [\d.]+ at the start, [\d.]+ at the end/);
    assert.ok(table.includes('targets:'));

    // And as the README's section: the machine and its load, then one row per target.
    const section = markdownReport(result as unknown as BenchResult).split('\n');
    assert.match(section[0], /^Measured with `npm run bench` on .*load average of [\d.]+ at the start/);
    const rows = section.filter((line) => line.startsWith('| '));
    assert.equal(rows[0], '| measure | measured | target | met |');
    assert.ok(rows.some((line) => line.startsWith('| LSP edit p50 | ')));
  });
});
