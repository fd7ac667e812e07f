/**
 * `npm run bench [-- --json] [-- FILES...]`: mlsd's speed as ratios to peers measured in the same run
 * (markdownlint, the parse floor), plus the language server, bundles and CLI. Not part of `npm test`: the figures
 * depend on the machine, which the output describes. Usage in bench/config.ts.
 */
import { parseBenchArgs, usage } from './bench/config';
import { textReport } from './bench/report';
import { runBench } from './bench/run';
import { filesWorkload, generatedWorkload } from './bench/workload';

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
  const workload = args.files.length ? filesWorkload(args.files) : generatedWorkload(args.config);
  const result = await runBench(args.config, workload, (message) => process.stderr.write(`bench: ${message}…\n`));
  console.log(args.json ? JSON.stringify(result, null, 2) : textReport(result));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
