import { styleText } from 'node:util';
import type { Coverage, Finding, Severity, StepId } from '../engine';
import type { SkippedFile } from './files';

export interface FileReport {
  path: string;
  steps: Record<StepId, Coverage>;
  findings: Finding[];
}

export function severityCounts(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}

/** The reports with errors only, for --quiet. */
export function errorsOnly(reports: readonly FileReport[]): FileReport[] {
  return reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error') }));
}

/** The documented JSON shape: version 1, one entry per file, 0-based positions; skipped files with their reason. */
export function formatJson(reports: readonly FileReport[], skipped: readonly SkippedFile[]): string {
  return JSON.stringify({
    version: 1,
    files: reports.map((report) => ({
      path: report.path,
      steps: report.steps,
      diagnostics: report.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        range: finding.range,
      })),
    })),
    skipped,
  });
}

export interface TextOptions {
  /** No summary line (--quiet). */
  quiet: boolean;
  color: boolean;
  /** How many files were skipped, for the summary. */
  skipped: number;
}

const severityStyle: Record<Severity, Parameters<typeof styleText>[0]> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
  hint: 'dim',
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * `path:line:col severity message [rule]`, 1-based as editors and terminals expect, then a summary counting info and
 * hint findings together as hints, as the preview does.
 */
export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string): string =>
    options.color ? styleText(style, text) : text;
  const out: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      out.push(
        `${paint('bold', `${report.path}:${line + 1}:${character + 1}`)} ${paint(severityStyle[finding.severity], finding.severity)} ${finding.message} ${paint('dim', `[${finding.rule}]`)}`,
      );
    }
  }
  if (!options.quiet) {
    const counts = severityCounts(reports);
    const covered = reports.map((r) => Object.values(r.steps).filter((s) => s === 'covered' || s === 'thin').length);
    out.push(
      `${plural(reports.length, 'design doc')} checked` +
        (reports.length === 1 ? ` (${covered[0]}/7 steps)` : '') +
        `: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info + counts.hint, 'hint')}` +
        (options.skipped ? `; ${plural(options.skipped, 'file')} skipped` : ''),
    );
  }
  return out.join('\n');
}
