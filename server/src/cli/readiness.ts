/**
 * `mlsd report FILE [--format text|json|html] [-o OUT [--force]] [--session SESSION.json]`: the readiness report of one design
 * doc — per step its state, sub-topics covered and missing and findings, the rubric signals with the lines they rest
 * on, the ML Test Score and a 0–100 score; with a practice session file, the time per step against its budget and the
 * session history. Linted with the project config, as `mlsd lint` would.
 */
import { resolve } from 'node:path';
import { reportHtml } from '../../../common/report/html';
import { reportText } from '../../../common/report/text';
import {
  defaultRules,
  lint,
  parseDesignDoc,
  parseSessionFile,
  planDocument,
  readinessReport,
  sessionReportOptions,
  type ReportOptions,
} from '../engine';
import { fileUri } from '../workspace/node';
import { cliConfigs, configFilePaths } from './configHost';
import type { ReportArgs } from './args';
import { InputError, readOneDesignDoc, readText } from './files';
import { OutputError, writeOutputFile } from './outputFile';
import { formatProblem } from './problems';

export interface ReportResult {
  code: number;
  stdout: string;
  errors: string[];
}

/** The report options a session file gives, or the lines saying what is wrong with it (`file:line:col: ...`). */
function readSession(path: string): Pick<ReportOptions, 'minutes' | 'session'> | string[] {
  let decoded;
  try {
    decoded = readText(path);
  } catch (error) {
    if (error instanceof InputError) return [error.message];
    throw error;
  }
  if ('skipped' in decoded) return [`${path}: cannot read the session: ${decoded.skipped}`];
  const parsed = parseSessionFile(decoded.text);
  if ('session' in parsed) return sessionReportOptions(parsed.session);
  return parsed.problems.map((problem) => formatProblem({ file: fileUri(resolve(path)), ...problem }));
}

export async function runReport(args: ReportArgs): Promise<ReportResult> {
  const file = await readOneDesignDoc(args.file, 'report on');
  if (typeof file === 'string') return { code: 2, stdout: '', errors: [file] };
  const session = args.session ? readSession(args.session) : {};
  if (Array.isArray(session)) return { code: 2, stdout: '', errors: session };
  const config = await cliConfigs([args.file], args.config)(file.path);
  if (config?.problems.length) return { code: 2, stdout: '', errors: config.problems.map(formatProblem) };
  const plan = planDocument(fileUri(resolve(file.path)), { config });
  const doc = parseDesignDoc(file.text, file.format);
  const report = readinessReport(doc, {
    findings: lint(doc, { rules: defaultRules, config: plan.config }),
    fallbackTitle: file.path,
    ...session,
  });
  const rendered =
    args.format === 'json'
      ? JSON.stringify(report, null, 2)
      : args.format === 'html'
        ? reportHtml(report)
        : reportText(report);
  if (!args.output) return { code: 0, stdout: `${rendered}\n`, errors: [] };
  try {
    writeOutputFile(args.output, args.format === 'html' ? rendered : `${rendered}\n`, {
      force: args.force,
      inputs: [file.path, ...configFilePaths(config), ...(args.session ? [args.session] : [])],
    });
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    return { code: 2, stdout: '', errors: [`${args.output}: ${error.message}`] };
  }
  return { code: 0, stdout: `wrote ${args.output} (readiness ${report.score}/100)\n`, errors: [] };
}
