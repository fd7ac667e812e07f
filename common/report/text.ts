import type { ReadinessReport } from '../types';
import { sessionSummary, shortTime } from './session';

const mark = { covered: '✓', thin: '~', empty: '·', missing: '✗' } as const;

/** The report for a terminal: score, steps with sub-topics and findings, signals, ML Test Score. 1-based lines. */
export function reportText(report: ReadinessReport): string {
  const out = [`${report.title}: readiness ${report.score}/100`, ''];
  if (report.session) {
    out.push(`Practice session: ${sessionSummary(report.session)}`);
    for (const entry of report.session.history)
      out.push(
        `  earlier: ${shortTime(entry.endedAt)} ${entry.preset}, ${entry.lengthMinutes} min: ${entry.score}/100`,
      );
    out.push('');
  }
  for (const step of report.steps) {
    const time = step.minutes ? `, ${step.minutes.spent}/${step.minutes.budget} min` : '';
    out.push(`${mark[step.state]} ${step.number}. ${step.title} (${step.state}${time})`);
    if (step.covered.length) out.push(`    covered: ${step.covered.map((t) => t.label).join(', ')}`);
    if (step.missing.length) out.push(`    missing: ${step.missing.map((t) => t.label).join(', ')}`);
    for (const finding of step.findings)
      out.push(`    ${finding.range.start.line + 1}: ${finding.severity} ${finding.message} [${finding.rule}]`);
  }
  out.push('', 'Rubric signals');
  for (const signal of report.signals) {
    out.push(`  ${signal.met ? '✓' : '✗'} ${signal.label}${signal.met ? '' : `: ${signal.detail}`}`);
    for (const quote of signal.evidence.slice(0, 2)) out.push(`      line ${quote.line + 1}: ${quote.text}`);
  }
  const { readiness } = report;
  out.push(
    '',
    `Production readiness (ML Test Score): ${readiness.sections.map((s) => `${s.title} ${s.score}`).join(', ')}; final ${readiness.final} (${readiness.band.label}: ${readiness.band.meaning})`,
  );
  return out.join('\n');
}
