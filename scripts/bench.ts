/**
 * `npm run bench [-- --json | --markdown] [-- FILES...]`: mlsd's speed as ratios to peers measured in the same run
 * (markdownlint, the parse floor), plus the language server, bundles and CLI. Not part of `npm test`: the figures
 * depend on the machine, which the output describes. Usage in bench/config.ts.
 */
import { readFileSync } from 'node:fs';
import { parseBenchArgs, smokeConfig, usage } from './bench/config';
import { markdownReport } from './bench/markdown';
import { textReport } from './bench/report';
import { runBench, type BenchResult } from './bench/run';
import { filesWorkload, generatedWorkload } from './bench/workload';
import { benchDiagrams, formatDiagramBench } from './benchDiagrams';

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(usage);
    return 0;
  }
  if ('error' in args) {
    console.error(`bench: ${args.error}\n\n${usage}`);
    return 2;
  }
  if (args.from) {
    const saved = JSON.parse(readFileSync(args.from, 'utf8')) as BenchResult;
    console.log(args.output === 'markdown' ? markdownReport(saved) : textReport(saved));
    return 0;
  }
  const workload = args.files.length ? filesWorkload(args.files) : generatedWorkload(args.config);
  const result = await runBench(args.config, workload, (message) => process.stderr.write(`bench: ${message}…\n`));
  // Diagram checking in the language server (20 diagrams, an edit, the worker's memory); not in a smoke run.
  const diagrams = args.config === smokeConfig ? undefined : await benchDiagrams();
  if (args.output === 'json') console.log(JSON.stringify({ ...result, ...(diagrams ? { diagrams } : {}) }, null, 2));
  else if (args.output === 'markdown') console.log(markdownReport(result));
  else console.log(diagrams ? `${textReport(result)}\n\n${formatDiagramBench(diagrams)}` : textReport(result));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
