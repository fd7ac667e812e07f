/** The bench result as the README's performance section: the machine and its load, then each figure and its target. */
import { targetBound, targetMet, targets } from './report';
import type { BenchResult } from './run';

const figure = (value: number, unit: string): string => `${Number(value.toFixed(2))}${unit}`;

export function markdownReport(result: BenchResult): string {
  const { machine } = result;
  const doc = result.lsp_doc;
  const rows = targets(result).map((target) => {
    const met = targetMet(target);
    const value = target.value === null || target.value === undefined ? '—' : figure(target.value, target.unit);
    return `| ${target.label} | ${value} | ${targetBound(target)} | ${met === undefined ? '—' : met ? 'yes' : 'no'} |`;
  });
  return [
    `Measured with \`npm run bench\` on ${machine.cpu} (${machine.cores} cores, ${machine.ram_gb} GB RAM), Node ${machine.node}, ${machine.os}, with a 1-minute load average of ${machine.load.start} at the start and ${machine.load.end} at the end: other work shared the cores, so the ratios (measured side by side in the same run) mean more than the times. Figures of one run, not a promise.`,
    '',
    `mlsd lints ${doc} in ${figure(result.lint_ms[doc], ' ms')}, markdownlint (default rules) in ${figure(result.markdownlint_ms[doc] ?? NaN, ' ms')}, markdown-it parses it in ${figure(result.parse_ms[doc], ' ms')} (medians after warm-up).`,
    '',
    `The language server answers \`initialize\` ${figure(result.startup_ms, ' ms')} after it is spawned (${figure(result.startup_first_ms, ' ms')} the first time, before it has written V8's code cache of its bundles to the folder the editor gives it); Node with a script that only writes a newline takes ${figure(result.startup_node_ms, ' ms')} to that newline in the same runs (${figure(result.startup_ratio_vs_node, '×')}). To answer it the server loads ${figure(result.bundle_kb.server, ' KB')} of code, and its analysis (${figure(result.bundle_kb.server_analysis, ' KB')}) right after.`,
    '',
    '| measure | measured | target | met |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
