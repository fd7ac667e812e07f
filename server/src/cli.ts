import { parseArgs, UsageError, usage } from './cli/args';
import { collectDesignDocs, InputError } from './cli/files';
import { formatJson, formatText, type FileReport } from './cli/report';
import { coverageSummary, lint, parseDesignDoc } from './engine';

declare const MLSD_VERSION: string | undefined;

/** `mlsd lint`: exit 0 without errors, 1 with errors, 2 on bad usage or unreadable input. */
function main(argv: readonly string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`mlsd: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${typeof MLSD_VERSION === 'string' ? MLSD_VERSION : 'dev'}\n`);
    return 0;
  }
  let files;
  try {
    files = collectDesignDocs(args.paths);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`mlsd: ${error.message}\n`);
    return 2;
  }
  const reports: FileReport[] = files.map((file) => {
    const doc = parseDesignDoc(file.text, file.format);
    return { path: file.path, steps: coverageSummary(doc).steps, findings: lint(doc) };
  });
  const output = args.format === 'json' ? formatJson(reports) : formatText(reports, args.quiet);
  if (output) process.stdout.write(`${output}\n`);
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
