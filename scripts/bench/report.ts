/** The bench result as a table for people, with the machine it ran on and each target met or missed. */
import type { BenchResult } from './run';

export interface Target {
  label: string;
  value: number | null | undefined;
  limit: number;
  /** 'max': the value must not exceed the limit; 'min': it must reach it. */
  kind: 'max' | 'min';
  unit: string;
}

const ms = (value: number | null): string =>
  value === null ? '—' : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const ratio = (value: number | null): string => (value === null ? '—' : `${value.toFixed(2)}×`);

export function targets(result: BenchResult): Target[] {
  const doc = result.lsp_doc;
  const yamlDoc = doc.replace(/^md-/, 'yaml-');
  const list: Target[] = [
    {
      label: `lint / markdownlint on ${doc}`,
      value: result.ratio_vs_markdownlint[doc],
      limit: 0.15,
      kind: 'max',
      unit: '×',
    },
    { label: `lint / parse on ${doc}`, value: result.ratio_vs_parse[doc], limit: 2, kind: 'max', unit: '×' },
  ];
  if (yamlDoc !== doc)
    list.push({
      label: `lint / parse on ${yamlDoc}`,
      value: result.ratio_vs_parse[yamlDoc],
      limit: 2,
      kind: 'max',
      unit: '×',
    });
  for (const [pair, value] of Object.entries(result.lint_scaling))
    list.push({ label: `lint time ${pair}`, value, limit: 6, kind: 'max', unit: '×' });
  list.push(
    { label: 'LSP edit p50', value: result.lsp_p50_ms, limit: 15, kind: 'max', unit: ' ms' },
    { label: 'LSP edit p99', value: result.lsp_p99_ms, limit: 50, kind: 'max', unit: ' ms' },
    { label: 'start to initialize result', value: result.startup_ms, limit: 100, kind: 'max', unit: ' ms' },
    { label: 'client bundle', value: result.bundle_kb.client, limit: 300, kind: 'max', unit: ' KB' },
    {
      label: 'server bundle loaded to answer initialize',
      value: result.bundle_kb.server,
      limit: 800,
      kind: 'max',
      unit: ' KB',
    },
    { label: `server RSS after ${result.rss_docs} docs`, value: result.rss_mb, limit: 80, kind: 'max', unit: ' MB' },
    { label: `CLI speed-up on ${result.cli_docs} docs`, value: result.cli_speedup, limit: 1.7, kind: 'min', unit: '×' },
    {
      label: `LSP edit p99 while a ${result.large_lsp_doc_kb} KB doc is linted`,
      value: result.lsp_beside_large_p99_ms,
      limit: 200,
      kind: 'max',
      unit: ' ms',
    },
    {
      label: `LSP edit p99 while a ${result.large_lsp_doc_kb} KB doc is linted and its lenses, symbols and folding asked`,
      value: result.lsp_beside_large_editor_p99_ms,
      limit: 200,
      kind: 'max',
      unit: ' ms',
    },
    ...Object.entries(result.large_docs_cli_ms).map(([name, value]): Target => ({
      label: `CLI on ${name}`,
      value,
      limit: 2000,
      kind: 'max',
      unit: ' ms',
    })),
    {
      label: `open-doc request p99 while ${result.workspace_docs} docs are linted`,
      value: result.workspace_request_p99_ms,
      limit: 100,
      kind: 'max',
      unit: ' ms',
    },
  );
  return list;
}

/** Whether the measured value meets its target; undefined when it was not measured. */
export function targetMet(target: Target): boolean | undefined {
  if (target.value === null || target.value === undefined) return undefined;
  return target.kind === 'max' ? target.value <= target.limit : target.value >= target.limit;
}

export const targetBound = (target: Target): string =>
  `${target.kind === 'max' ? '≤' : '≥'} ${target.limit}${target.unit}`;

function targetLine(target: Target): string {
  const bound = targetBound(target);
  const met = targetMet(target);
  if (met === undefined || target.value === null || target.value === undefined)
    return `  -  ${target.label}: not measured (target ${bound})`;
  return `  ${met ? '✓' : '✗'}  ${target.label}: ${Number(target.value.toFixed(2))}${target.unit} (target ${bound})`;
}

export function textReport(result: BenchResult): string {
  const { machine } = result;
  const header = [
    'doc',
    'files',
    'lines',
    'mlsd lint',
    'markdownlint',
    'parse floor',
    'lint/markdownlint',
    'lint/parse',
  ];
  const rows = Object.keys(result.lint_ms).map((name) => [
    name,
    String(result.docs[name].files),
    String(result.docs[name].lines),
    ms(result.lint_ms[name]),
    ms(result.markdownlint_ms[name]),
    ms(result.parse_ms[name]),
    ratio(result.ratio_vs_markdownlint[name]),
    ratio(result.ratio_vs_parse[name]),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  const cli = Object.entries(result.cli_ms)
    .map(([workers, time]) => `--jobs ${workers} ${(time / 1000).toFixed(2)} s`)
    .join(', ');
  const { bundle_kb: kb } = result;
  return [
    `mlsd bench on ${machine.cpu}, ${machine.cores} cores, ${machine.ram_gb} GB RAM, Node ${machine.node}, ${machine.os}`,
    `load average (1 min) ${machine.load.start} at the start, ${machine.load.end} at the end: other work shares the cores, so compare the ratios, measured side by side`,
    '',
    format(header),
    ...rows.map(format),
    '',
    'parse floor: markdown-it for Markdown, the yaml parser for YAML; medians after warm-up',
    ...Object.entries(result.lint_scaling).map(([pair, value]) => `lint time ${pair}: ${value.toFixed(2)}×`),
    `LSP one-character edit on ${result.lsp_doc}, didChange to publishDiagnostics, debounce 0: p50 ${ms(result.lsp_p50_ms)}, p99 ${ms(result.lsp_p99_ms)} (${result.lsp_edits} edits)`,
    `  with the code lens, symbol and folding requests an editor sends after each edit: p50 ${ms(result.lsp_editor_p50_ms)}, p99 ${ms(result.lsp_editor_p99_ms)}`,
    `server start to initialize result: ${ms(result.startup_ms)} (median; the first, before its code cache was written: ${ms(result.startup_first_ms)}); Node with a script that only writes a newline, to that newline: ${ms(result.startup_node_ms)}; ratio ${ratio(result.startup_ratio_vs_node)}`,
    `server RSS after opening ${result.rss_docs} docs: ${result.rss_mb.toFixed(1)} MB`,
    `bundles: client ${kb.client.toFixed(0)} KB, server ${kb.server.toFixed(0)} KB (+ ${kb.server_analysis.toFixed(0)} KB of analysis loaded after initialize), cli ${kb.cli.toFixed(0)} KB, webview ${kb.webview.toFixed(0)} KB`,
    `CLI on ${result.cli_docs} docs: ${cli}, speed-up ${result.cli_speedup.toFixed(2)}×`,
    `CLI on very large docs: ${Object.entries(result.large_docs_cli_ms)
      .map(([name, time]) => `${name} ${(time / 1000).toFixed(2)} s`)
      .join(', ')}`,
    `LSP one-character edit on ${result.lsp_doc} while a ${result.large_lsp_doc_kb} KB doc is edited and linted: p50 ${ms(result.lsp_beside_large_p50_ms)}, p99 ${ms(result.lsp_beside_large_p99_ms)}`,
    `  with the code lens, symbol and folding requests an editor sends for the large doc: p50 ${ms(result.lsp_beside_large_editor_p50_ms)}, p99 ${ms(result.lsp_beside_large_editor_p99_ms)}`,
    `workspace diagnostics of ${result.workspace_docs} docs on disk, none open: ${(result.workspace_full_ms / 1000).toFixed(2)} s to the full answer (${(result.workspace_push_ms / 1000).toFixed(2)} s to the last one pushed), ${ms(result.workspace_change_ms)} from a saved file to the answer reporting it; an open doc's requests meanwhile: p50 ${ms(result.workspace_request_p50_ms)}, p99 ${ms(result.workspace_request_p99_ms)}`,
    '',
    'targets:',
    ...targets(result).map(targetLine),
  ].join('\n');
}
