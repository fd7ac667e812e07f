import { isMainThread } from 'node:worker_threads';
import { commandSpecs, parseArgs, UsageError } from './cli/args';
import { serveLintLane } from './cli/lintLanes';
import { runExplain } from './cli/explain';
import { runReport } from './cli/readiness';
import { runExport } from './cli/export';
import { commandHelp, overviewHelp } from './cli/help';
import { runLint } from './cli/lintCommand';
import { casesText, runNew } from './cli/new';

declare const MLSD_VERSION: string | undefined;
const version = typeof MLSD_VERSION === 'string' ? MLSD_VERSION : 'dev';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Colours only on a terminal that has them; NO_COLOR and FORCE_COLOR are honoured by Node's own check. */
function colorTerminal(): boolean {
  if (process.stdout.isTTY) return process.stdout.hasColors();
  return process.env.FORCE_COLOR !== undefined && !['0', 'false'].includes(process.env.FORCE_COLOR);
}

/** Exit 0 without errors, 1 with errors, 2 on bad usage, unreadable input or a broken config file. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0) {
    process.stderr.write(
      `Usage: mlsd <command> [options]   (commands: ${commandSpecs.map((spec) => spec.name).join(', ')})\nSee "mlsd --help".\n`,
    );
    return 2;
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`mlsd: ${error.message}\nSee "mlsd ${error.command ? `${error.command} ` : ''}--help".\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(`${args.topic ? commandHelp(args.topic) : overviewHelp(commandSpecs)}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (args.command === 'cases') {
    process.stdout.write(`${casesText()}\n`);
    return 0;
  }
  const { code, stdout, errors } =
    args.command === 'export'
      ? await runExport(args)
      : args.command === 'new'
        ? runNew(args)
        : args.command === 'explain'
          ? await runExplain(args)
          : args.command === 'report'
            ? await runReport(args)
            : await runLint(args, { version, readStdin, colorTerminal: colorTerminal() });
  process.stdout.write(stdout);
  for (const error of errors) process.stderr.write(`mlsd: ${error}\n`);
  return code;
}

// The same bundle lints files in the worker threads of `mlsd lint --jobs` (cli/lintLanes.ts).
if (isMainThread) runMain();
else serveLintLane();

function runMain(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Not a user error but a bug in mlsd: its trace is worth reporting. Exit 2, never 1 ("errors found").
      process.stderr.write(
        `mlsd: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
