/**
 * `mlsd report FILE [--format text|json|html] [-o OUT]`: the readiness report of one design doc — per step its
 * state, sub-topics covered and missing and findings, the rubric signals with the lines they rest on, the ML Test
 * Score and a 0–100 score. Linted with the project config, as `mlsd lint` would.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportHtml } from '../../../common/report/html';
import { reportText } from '../../../common/report/text';
import { ConfigLoader, defaultRules, lint, parseDesignDoc, planDocument, readinessReport } from '../engine';
import { nodeConfigHost } from '../workspace';
import { collectDesignDocs, InputError } from './files';
import { formatProblem } from './problems';

export const reportUsage = 'mlsd report FILE [-f, --format text|json|html] [-o, --output OUT] [-c, --config FILE]';

const formats = ['text', 'json', 'html'] as const;
type ReportFormat = (typeof formats)[number];

export interface ReportResult {
  code: number;
  stdout: string;
  errors: string[];
}

interface ReportArgs {
  file: string;
  format: ReportFormat;
  output?: string;
  config?: string;
}

function parseReportArgs(argv: readonly string[]): ReportArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
    },
  });
  if (positionals.length !== 1) throw new TypeError('report needs exactly one design doc');
  const format = values.format as ReportFormat;
  if (!formats.includes(format))
    throw new TypeError(`report --format must be "text", "json" or "html", got "${format}"`);
  return { file: positionals[0], format, output: values.output, config: values.config };
}

export async function runReport(argv: readonly string[]): Promise<ReportResult> {
  let args: ReportArgs;
  try {
    args = parseReportArgs(argv);
  } catch (error) {
    return { code: 2, stdout: '', errors: [`${(error as Error).message}\nusage: ${reportUsage}`] };
  }
  let file;
  try {
    [file] = await collectDesignDocs([args.file], () => undefined);
  } catch (error) {
    if (error instanceof InputError) return { code: 2, stdout: '', errors: [error.message] };
    throw error;
  }
  const config = new ConfigLoader(nodeConfigHost, args.config).forDocument(resolve(file.path));
  if (config?.problems.length) return { code: 2, stdout: '', errors: config.problems.map(formatProblem) };
  const { severities } = planDocument(resolve(file.path), { config });
  const doc = parseDesignDoc(file.text, file.format);
  const report = readinessReport(doc, {
    findings: lint(doc, { rules: defaultRules, severities }),
    fallbackTitle: file.path,
  });
  const rendered =
    args.format === 'json'
      ? JSON.stringify(report, null, 2)
      : args.format === 'html'
        ? reportHtml(report)
        : reportText(report);
  if (!args.output) return { code: 0, stdout: `${rendered}\n`, errors: [] };
  try {
    await writeFile(args.output, args.format === 'html' ? rendered : `${rendered}\n`);
  } catch (error) {
    return { code: 2, stdout: '', errors: [`${args.output}: cannot write (${(error as NodeJS.ErrnoException).code})`] };
  }
  return { code: 0, stdout: `wrote ${args.output} (readiness ${report.score}/100)\n`, errors: [] };
}
