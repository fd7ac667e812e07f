/**
 * JUnit XML for test dashboards (Jenkins, GitLab, Azure): one test suite per design doc, one failing test case per
 * finding (its severity as the failure type), and one passing case for a doc without findings, so every doc shows.
 */
import { ruleDocUrl } from '../../../common/rules';
import type { FileReport } from './report';

/** XML 1.0 has no way to write most control characters, even escaped: they are dropped. */
// eslint-disable-next-line no-control-regex -- the characters XML forbids are control characters
const forbidden = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(text: string): string {
  return text.replace(forbidden, '').replace(/[&<>"']/g, (c) => escapes[c]);
}

export function formatJunit(reports: readonly FileReport[]): string {
  const cases = reports.map((report) => Math.max(report.findings.length, 1));
  const failures = reports.map((report) => report.findings.length);
  const total = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mlsd" tests="${total(cases)}" failures="${total(failures)}" errors="0">`,
  ];
  reports.forEach((report, i) => {
    const path = xmlText(report.path);
    lines.push(`  <testsuite name="${path}" tests="${cases[i]}" failures="${failures[i]}" errors="0" skipped="0">`);
    if (report.findings.length === 0) lines.push(`    <testcase classname="${path}" name="design doc"/>`);
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      const where = `${report.path}:${line + 1}:${character + 1}`;
      lines.push(
        `    <testcase classname="${path}" name="${xmlText(`${finding.rule} at ${line + 1}:${character + 1}`)}">`,
        `      <failure type="${finding.severity}" message="${xmlText(finding.message)}">${xmlText(`${where} ${finding.severity} ${finding.message} [${finding.rule}] ${ruleDocUrl(finding.rule)}`)}</failure>`,
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  });
  lines.push('</testsuites>');
  return lines.join('\n');
}
