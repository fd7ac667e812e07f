/** One bench run: every measurement on one workload, gathered into the object `--json` prints. */
import { availableParallelism } from 'node:os';
import type { BenchConfig } from './config';
import { buildProduction, bundleSizes, type BundleSizes } from './bundles';
import { measureCli } from './cli';
import { measureEngine } from './engine';
import { measureWorkspace } from './workspace';
import { largeDocs, measureLargeDocs, sectionsDoc } from './largeDocs';
import { measureEditLatency, measureLatencyBesideLargeDoc, measureRss, measureStartup } from './lsp';
import { currentLoad, describeMachine, type Machine } from './machine';
import type { Workload } from './workload';

export interface BenchResult {
  machine: Machine;
  /** Files and lines per entry. */
  docs: Record<string, { files: number; lines: number }>;
  lint_ms: Record<string, number>;
  markdownlint_ms: Record<string, number | null>;
  parse_ms: Record<string, number>;
  ratio_vs_markdownlint: Record<string, number | null>;
  ratio_vs_parse: Record<string, number>;
  /** Lint time of a larger doc over a smaller one, keyed `larger/smaller`. */
  lint_scaling: Record<string, number>;
  lsp_doc: string;
  lsp_edits: number;
  lsp_p50_ms: number;
  lsp_p99_ms: number;
  /** The same edits, each also followed by the code lens, document symbol and folding range requests VS Code sends. */
  lsp_editor_p50_ms: number;
  lsp_editor_p99_ms: number;
  startup_ms: number;
  /** The first of those starts, before the server had written its code cache. */
  startup_first_ms: number;
  /** Node's own start, measured in the same runs: spawning it with an empty script to the first byte on its stdout. */
  startup_node_ms: number;
  /** startup_ms / startup_node_ms. */
  startup_ratio_vs_node: number;
  bundle_kb: BundleSizes;
  rss_docs: number;
  rss_mb: number;
  cli_docs: number;
  cli_ms: Record<string, number>;
  cli_speedup: number;
  /** Design docs on disk, none open, whose workspace diagnostics are measured. */
  workspace_docs: number;
  /** mlsd lint (wall time, the built CLI) on each very large doc, e.g. a table of 50,000 rows. */
  large_docs_cli_ms: Record<string, number>;
  /** The one-character edit of a small doc while the server lints a very large one (`large_lsp_doc_kb`). */
  large_lsp_doc_kb: number;
  lsp_beside_large_p50_ms: number;
  lsp_beside_large_p99_ms: number;
  /** The same while the editor also asks for the large doc's code lenses, symbols and folding after each of its edits. */
  lsp_beside_large_editor_p50_ms: number;
  lsp_beside_large_editor_p99_ms: number;
  /** workspace/diagnostic to its full answer. */
  workspace_full_ms: number;
  /** A client that asks for pushed diagnostics (VS Code): the server's start to the last doc published. */
  workspace_push_ms: number;
  /** A file saved on disk to the answer that reports it. */
  workspace_change_ms: number;
  /** documentSymbol on an open doc, one every 20 ms, while Lint Workspace lints the folder again. */
  workspace_request_p50_ms: number;
  workspace_request_p99_ms: number;
}

/**
 * `--cpu-prof DIR`: the servers typed in (alone, and beside the large doc asked for its outline) write their CPU
 * profiles there.
 */
const profileArgs = (config: BenchConfig): string[] | undefined =>
  config.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', config.cpuProfileDir] : undefined;

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

export async function runBench(
  config: BenchConfig,
  workload: Workload,
  progress: (message: string) => void,
): Promise<BenchResult> {
  const loadAtStart = currentLoad();
  if (config.build) {
    progress('building minified bundles');
    buildProduction();
  }
  const bundle_kb = bundleSizes();

  const result: Pick<
    BenchResult,
    'docs' | 'lint_ms' | 'markdownlint_ms' | 'parse_ms' | 'ratio_vs_markdownlint' | 'ratio_vs_parse'
  > = {
    docs: {},
    lint_ms: {},
    markdownlint_ms: {},
    parse_ms: {},
    ratio_vs_markdownlint: {},
    ratio_vs_parse: {},
  };
  for (const entry of workload.entries) {
    progress(`linting ${entry.name}`);
    const times = measureEngine(entry, config.rounds);
    result.docs[entry.name] = {
      files: entry.files.length,
      lines: entry.files.reduce((sum, file) => sum + lineCount(file.text), 0),
    };
    result.lint_ms[entry.name] = round(times.lintMs, 3);
    result.markdownlint_ms[entry.name] = times.markdownlintMs === null ? null : round(times.markdownlintMs, 3);
    result.parse_ms[entry.name] = round(times.parseMs, 3);
    result.ratio_vs_markdownlint[entry.name] =
      times.markdownlintMs === null ? null : round(times.lintMs / times.markdownlintMs, 3);
    result.ratio_vs_parse[entry.name] = round(times.lintMs / times.parseMs, 3);
  }
  const lint_scaling = Object.fromEntries(
    workload.scaling.map(([larger, smaller]) => [
      `${larger}/${smaller}`,
      round(result.lint_ms[larger] / result.lint_ms[smaller], 3),
    ]),
  );

  progress('starting the language server');
  const startup = await measureStartup(config.startupRuns);
  progress(`typing in ${workload.lspDoc.entry} over LSP`);
  const edits = { edits: config.lspEdits, warmup: config.lspWarmupEdits };
  const latency = await measureEditLatency(workload.lspDoc.file, {
    ...edits,
    withEditorRequests: false,
    nodeArgs: profileArgs(config),
  });
  progress(`typing in ${workload.lspDoc.entry} over LSP, with the requests an editor sends after an edit`);
  const editorLatency = await measureEditLatency(workload.lspDoc.file, { ...edits, withEditorRequests: true });
  const largeLspDoc = { name: 'large.mlsd.md', format: 'markdown' as const, text: sectionsDoc(config.large.lspBytes) };
  progress(
    `typing in ${workload.lspDoc.entry} over LSP while a ${Math.round(config.large.lspBytes / 1024)} KB doc is linted`,
  );
  const besideLarge = await measureLatencyBesideLargeDoc(workload.lspDoc.file, largeLspDoc, {
    edits: config.large.lspEdits,
    warmup: 1,
    withEditorRequests: false,
  });
  progress('the same, with the requests an editor sends for the large doc after each of its edits');
  const besideLargeEditor = await measureLatencyBesideLargeDoc(workload.lspDoc.file, largeLspDoc, {
    edits: config.large.lspEdits,
    warmup: 1,
    withEditorRequests: true,
    nodeArgs: profileArgs(config),
  });
  progress(`opening ${workload.rssFiles.length} docs`);
  const rss_mb = round(await measureRss(workload.rssFiles), 1);
  progress(`linting a workspace of ${workload.workspaceFiles.length} docs over LSP`);
  const workspace = await measureWorkspace(workload.workspaceFiles, workload.lspDoc.file);
  progress(`running the CLI on ${workload.cliFiles.length} docs`);
  const cores = availableParallelism();
  const cli = measureCli(workload.cliFiles, cores, config.cliRounds);
  progress('running the CLI on very large docs');
  const large = measureLargeDocs(largeDocs(config.large.scale));

  return {
    machine: describeMachine(loadAtStart),
    ...result,
    lint_scaling,
    lsp_doc: workload.lspDoc.entry,
    lsp_edits: latency.edits,
    lsp_p50_ms: round(latency.p50),
    lsp_p99_ms: round(latency.p99),
    lsp_editor_p50_ms: round(editorLatency.p50),
    lsp_editor_p99_ms: round(editorLatency.p99),
    startup_ms: round(startup.serverMs, 1),
    startup_first_ms: round(startup.firstServerMs, 1),
    startup_node_ms: round(startup.nodeMs, 1),
    startup_ratio_vs_node: round(startup.serverMs / startup.nodeMs, 3),
    bundle_kb: Object.fromEntries(Object.entries(bundle_kb).map(([name, kb]) => [name, round(kb, 1)])) as BundleSizes,
    rss_docs: workload.rssFiles.length,
    rss_mb,
    cli_docs: workload.cliFiles.length,
    cli_ms: Object.fromEntries(Object.entries(cli.ms).map(([workers, ms]) => [workers, round(ms, 0)])),
    cli_speedup: round(cli.speedup, 3),
    large_docs_cli_ms: Object.fromEntries(Object.entries(large).map(([name, ms]) => [name, round(ms, 0)])),
    large_lsp_doc_kb: Math.round(config.large.lspBytes / 1024),
    lsp_beside_large_p50_ms: round(besideLarge.p50),
    lsp_beside_large_p99_ms: round(besideLarge.p99),
    lsp_beside_large_editor_p50_ms: round(besideLargeEditor.p50),
    lsp_beside_large_editor_p99_ms: round(besideLargeEditor.p99),
    workspace_docs: workspace.docs,
    workspace_full_ms: round(workspace.fullMs, 0),
    workspace_push_ms: round(workspace.pushMs, 0),
    workspace_change_ms: round(workspace.changeMs, 1),
    workspace_request_p50_ms: round(workspace.requestP50Ms),
    workspace_request_p99_ms: round(workspace.requestP99Ms),
  };
}
