/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): each finding shows as an annotation on the
 * pull request's changed lines and in the run's summary, without uploading anything. info and hint are notices.
 */
import type { Severity } from '../engine';
import type { FileReport } from './report';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** The runner reads a command up to the end of the line: message data escapes %, CR and LF. */
const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values also escape the separators of the property list. */
const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: readonly FileReport[]): string {
  return reports
    .flatMap((report) =>
      report.findings.map((finding) => {
        const { start, end } = finding.range;
        const properties = [
          `file=${property(report.path)}`,
          `line=${start.line + 1}`,
          `col=${start.character + 1}`,
          `endLine=${end.line + 1}`,
          ...(end.line === start.line ? [`endColumn=${end.character + 1}`] : []),
          `title=${property(`mlsd ${finding.rule}`)}`,
        ];
        return `::${command[finding.severity]} ${properties.join(',')}::${data(finding.message)}`;
      }),
    )
    .join('\n');
}
