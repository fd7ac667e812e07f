/**
 * The readiness report as one self-contained HTML page (`mlsd report --format html`, the editor's report page):
 * no script, no remote asset; the chart is inline SVG. Colours follow the VS Code theme inside the editor and fall
 * back to a light page elsewhere.
 */
import { page } from '../preview/html';
import { barChartSvg, chartBars } from './chart';
import { escapeHtml } from './escape';
import { sessionSummary, shortTime, trendPoints } from './session';
import { scoreTrendSvg } from './trend';
import type { ReadinessReport, ReportSession, ReportStep } from '../types';

const styles = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--vscode-foreground, #1f2328);
  background: var(--vscode-editor-background, #fff); margin: 0 auto; max-width: 880px; padding: 16px 24px; line-height: 1.45; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.score { font-size: 2.6em; font-weight: 600; } .parts { opacity: 0.8; }
.step { border-left: 4px solid var(--vscode-panel-border, #d0d7de); padding: 2px 12px; margin: 10px 0; }
.step.covered { border-color: var(--vscode-testing-iconPassed, #1a7f37); }
.step.thin { border-color: var(--vscode-editorWarning-foreground, #9a6700); }
.step.empty, .step.missing { border-color: var(--vscode-editorError-foreground, #cf222e); }
.state { font-size: 0.85em; opacity: 0.8; } .missing-topics { color: var(--vscode-editorError-foreground, #cf222e); }
.finding { font-size: 0.92em; } .sev { font-weight: 600; text-transform: uppercase; font-size: 0.75em; }
.signal.met::before { content: '✓ '; color: var(--vscode-testing-iconPassed, #1a7f37); }
.signal.unmet::before { content: '✗ '; color: var(--vscode-editorError-foreground, #cf222e); }
blockquote { margin: 2px 0 2px 18px; font-size: 0.9em; opacity: 0.85; }
table { border-collapse: collapse; } td, th { padding: 3px 10px; border-bottom: 1px solid var(--vscode-panel-border, #d0d7de); text-align: left; }
.chart-label { font-size: 12px; fill: currentColor; }
.chart-target { fill: none; stroke: var(--vscode-panel-border, #8c959f); }
.chart-value { fill: var(--vscode-charts-blue, #0969da); } .chart-over { fill: var(--vscode-charts-red, #cf222e); }
.chart-grid { stroke: var(--vscode-panel-border, #d0d7de); } .chart-point { fill: var(--vscode-charts-blue, #0969da); }
.chart-line { fill: none; stroke: var(--vscode-charts-blue, #0969da); stroke-width: 2; }
`;

function stepHtml(step: ReportStep): string {
  const time = step.minutes ? ` · ${step.minutes.spent} of ${step.minutes.budget} min` : '';
  const parts = [
    `<section class="step ${step.state}" id="step-${step.id}">`,
    `<h3>${step.number}. ${escapeHtml(step.title)} <span class="state">${step.state}${time}</span></h3>`,
  ];
  if (step.covered.length) parts.push(`<div>Covered: ${step.covered.map((t) => escapeHtml(t.label)).join(', ')}</div>`);
  if (step.missing.length)
    parts.push(`<div class="missing-topics">Missing: ${step.missing.map((t) => escapeHtml(t.label)).join(', ')}</div>`);
  if (step.findings.length)
    parts.push(
      `<ul>${step.findings
        .map(
          (f) =>
            `<li class="finding"><span class="sev">${f.severity}</span> line ${f.range.start.line + 1}: ${escapeHtml(f.message)} <code>${escapeHtml(f.rule)}</code></li>`,
        )
        .join('')}</ul>`,
    );
  parts.push('</section>');
  return parts.join('\n');
}

/** When the case study was practised before: its past sessions and the score trend, this session last. */
function historyHtml(report: ReadinessReport & { session: ReportSession }): string[] {
  const { history } = report.session;
  if (history.length === 0) return [];
  return [
    '<h2>Past sessions on this case study</h2>',
    scoreTrendSvg(trendPoints(report)),
    '<table class="history"><tr><th>Ended</th><th>Budgets</th><th>Length</th><th>Score</th></tr>',
    ...history.map(
      (entry) =>
        `<tr><td>${escapeHtml(shortTime(entry.endedAt))}</td><td>${escapeHtml(entry.preset)}</td><td>${entry.lengthMinutes} min</td><td>${entry.score}</td></tr>`,
    ),
    '</table>',
  ];
}

/** The report page; `cspSource` lets the editor's webview load nothing but its own origin. */
export function reportHtml(report: ReadinessReport, cspSource?: string): string {
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource ? `${cspSource} ` : ''}'unsafe-inline'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const { parts, readiness } = report;
  const session = report.session ? { ...report, session: report.session } : undefined;
  const chart = chartBars(report.steps);
  const round = (n: number): string => n.toFixed(1);
  const body = [
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<div class="score" data-score="${report.score}">${report.score}<small>/100</small></div>`,
    `<div class="parts">coverage ${round(parts.coverage)} · sub-topics ${round(parts.subTopics)} · rubric signals ${round(parts.signals)} · findings ${round(parts.findings)}</div>`,
    ...(session
      ? ['<h2>Practice session</h2>', `<p class="session">${escapeHtml(sessionSummary(session.session))}</p>`]
      : []),
    `<h2>${escapeHtml(chart.title)}</h2>`,
    barChartSvg(chart.title, chart.unit, chart.bars),
    ...(session ? historyHtml(session) : []),
    '<h2>Steps</h2>',
    ...report.steps.map(stepHtml),
    '<h2>Rubric signals</h2>',
    '<ul>',
    ...report.signals.map(
      (s) =>
        `<li class="signal ${s.met ? 'met' : 'unmet'}">${escapeHtml(s.label)}${s.met ? '' : ` — ${escapeHtml(s.detail)}`}${s.evidence
          .slice(0, 3)
          .map((q) => `<blockquote>line ${q.line + 1}: ${escapeHtml(q.text)}</blockquote>`)
          .join('')}</li>`,
    ),
    '</ul>',
    '<h2>Production readiness (ML Test Score)</h2>',
    `<table><tr>${readiness.sections.map((s) => `<th>${escapeHtml(s.title)}</th>`).join('')}<th>Final</th></tr>`,
    `<tr>${readiness.sections.map((s) => `<td>${s.score}</td>`).join('')}<td><strong>${readiness.final}</strong></td></tr></table>`,
    `<p>${escapeHtml(readiness.band.label)}: ${escapeHtml(readiness.band.meaning)}</p>`,
    `<p><small>${escapeHtml(readiness.citation)}</small></p>`,
  ].join('\n');
  return page(
    csp,
    `<meta name="generator" content="mlsd">\n<title>${escapeHtml(report.title)} — readiness</title>\n<style>${styles}</style>`,
    body,
  );
}
