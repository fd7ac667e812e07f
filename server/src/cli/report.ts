import type { Coverage, Finding, StepId } from '../engine';

export interface FileReport {
  path: string;
  steps: Record<StepId, Coverage>;
  findings: Finding[];
}

/** The documented JSON shape: version 1, one entry per file, 0-based positions. */
export function formatJson(reports: readonly FileReport[]): string {
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
  });
}

/** `path:line:col severity message [rule]`, 1-based as editors and terminals expect. */
export function formatText(reports: readonly FileReport[], quiet: boolean): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === 'error') errors++;
      if (finding.severity === 'warning') warnings++;
      if (quiet && finding.severity !== 'error') continue;
      const { line, character } = finding.range.start;
      out.push(`${report.path}:${line + 1}:${character + 1} ${finding.severity} ${finding.message} [${finding.rule}]`);
    }
  }
  if (!quiet) {
    const covered = reports.map((r) => Object.values(r.steps).filter((s) => s === 'covered' || s === 'thin').length);
    out.push(
      `${reports.length} design doc${reports.length === 1 ? '' : 's'} checked` +
        (reports.length === 1 ? ` (${covered[0]}/7 steps)` : '') +
        `: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    );
  }
  return out.join('\n');
}
